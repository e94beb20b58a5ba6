/**
 * Kyrgyz query/target word pairs for measuring search recall and precision.
 *
 * `query` is what a resident types; `target` is a word a page contains. Shared by the
 * unit test (tests/lib/search/kyrgyz-stem.test.ts, which models Pagefind's prefix matching)
 * and, later, a real-browser test against a built Pagefind index.
 */

export interface KyrgyzPair {
  readonly query: string;
  readonly target: string;
  /** Why the pair is here, when it is not obvious. */
  readonly note?: string;
}

/**
 * An inflected (or bare) query and a DIFFERENT form of the same word. Not filtered to
 * what the stemmer handles: the short-root pairs at the end are known misses and are
 * counted in the measured share on purpose.
 */
export const kyrgyzPositivePairs: readonly KyrgyzPair[] = [
  { query: "жыйындын", target: "жыйындар" },
  { query: "жыйынга", target: "жыйындын" },
  { query: "жыйындарда", target: "жыйынга" },
  { query: "көпүрөнүн", target: "көпүрөнү" },
  { query: "көпүрөлөрдү", target: "көпүрөсү" },
  { query: "көпүрөгө", target: "көпүрөдөн" },
  { query: "чогулуштун", target: "чогулушту" },
  { query: "чогулушка", target: "чогулуштар" },
  { query: "айылдын", target: "айылдарыбыздын" },
  { query: "айылыбыздагы", target: "айылдын" },
  { query: "айылына", target: "айылдагы" },
  { query: "кеңештин", target: "кеңешинин" },
  { query: "кеңешке", target: "кеңештер" },
  { query: "депутаттарга", target: "депутаттын" },
  { query: "отчетту", target: "отчету" },
  { query: "отчеттордун", target: "отчетко" },
  { query: "токтомдун", target: "токтому" },
  { query: "токтомдорду", target: "токтомго" },
  { query: "демилгеси", target: "демилгелер" },
  { query: "демилгелерди", target: "демилгеге" },
  { query: "бюджеттин", target: "бюджети" },
  { query: "бюджетке", target: "бюджеттен" },
  { query: "мектептин", target: "мектеби", note: "п -> б before a vowel" },
  { query: "мектебибиздин", target: "мектептерде", note: "б -> п" },
  { query: "мектепке", target: "мектебинде", note: "п -> б" },
  { query: "угуунун", target: "угууга" },
  { query: "сурамжылоонун", target: "сурамжылоого" },
  { query: "сурамжылоого", target: "сурамжылоосу" },
  { query: "арыктын", target: "арыгы", note: "к -> г" },
  { query: "арыгын", target: "арыктар", note: "г -> к" },
  { query: "ооруканада", target: "ооруканасынын" },
  { query: "оорукананын", target: "ооруканага" },
  { query: "бакчасына", target: "бакчалар", note: "бала бакча" },
  { query: "бакчага", target: "бакчасы" },
  { query: "таштандыны", target: "таштандылар" },
  { query: "салыктын", target: "салыгы", note: "к -> г" },
  { query: "салыгын", target: "салыктар", note: "г -> к" },
  { query: "аймагыбыздын", target: "аймактагы", note: "г -> к" },
  { query: "жолдордун", target: "жолдорго" },
  { query: "жарандардын", target: "жарандарга" },
  { query: "тургундарга", target: "тургундун" },
  { query: "келишимдин", target: "келишими" },
  { query: "долбоордун", target: "долбоорлор" },
  { query: "кызматкерлерибиз", target: "кызматкерге" },
  { query: "маалыматты", target: "маалыматка" },
  { query: "тазалыгы", target: "тазалыкты", note: "г -> к" },
  { query: "курулушу", target: "курулуштун" },
  { query: "китепкананын", target: "китепканага" },
  { query: "жетекчисинин", target: "жетекчилери" },
  { query: "тилектерин", target: "тилеги", note: "к -> г" },
  { query: "көчөлөрдү", target: "көчөсүнө" },
  { query: "насостун", target: "насосу" },
  // Bare dictionary forms, as residents often type them.
  { query: "айыл", target: "айылдагы" },
  { query: "китеп", target: "китеби", note: "п -> б; misses without alternation" },
  { query: "демилге", target: "демилгеси" },
  { query: "арык", target: "арыгы", note: "к -> г; misses without alternation" },
  // Short roots (3 letters): below MIN_STEM_LENGTH, left unstemmed. Known misses.
  { query: "суунун", target: "сууга", note: "known miss: root суу is below the minimum" },
  { query: "жолдун", target: "жолго", note: "known miss: root жол is below the minimum" },
  { query: "жылдын", target: "жылы", note: "known miss: root жыл is below the minimum" },
  { query: "ишти", target: "иштер", note: "known miss: root иш is below the minimum" },
];

/** A query that must NOT reach an unrelated word: mostly short roots that would flood. */
export const kyrgyzNegativePairs: readonly KyrgyzPair[] = [
  { query: "жолдун", target: "жолугушуу", note: "road vs meeting" },
  { query: "жолдун", target: "жолборс", note: "road vs tiger" },
  { query: "айдын", target: "айыл", note: "month vs village" },
  { query: "иштин", target: "ишкер", note: "work vs entrepreneur" },
  { query: "жылдын", target: "жылытуу", note: "year vs heating" },
  { query: "үйдүн", target: "үйрөтүү", note: "house vs teaching" },
  { query: "жердин", target: "жергиликтүү", note: "land vs local" },
  { query: "суунун", target: "суук", note: "water vs cold" },
  { query: "көлдүн", target: "көлөмү", note: "lake vs volume" },
  { query: "баштын", target: "башкаруу", note: "head vs administration" },
  { query: "билимдин", target: "билдирүү", note: "бил-им: education vs announcement" },
  { query: "чечимдин", target: "чечмелөө", note: "чеч-им: decision vs interpretation" },
  { query: "бөлүмдүн", target: "бөлүштүрүү", note: "бөл-үм: department vs distribution" },
  { query: "чыгымдын", target: "чыгаруу", note: "чыг-ым: expense vs production" },
  { query: "ооруканада", target: "оорулуу", note: "must not over-strip оорукана" },
  { query: "арыктын", target: "арыз", note: "ditch vs application" },
  { query: "балдарга", target: "баланс", note: "children vs balance" },
  { query: "кеңештин", target: "кеңейтүү", note: "council vs expansion" },
  { query: "салыктын", target: "салым", note: "tax vs contribution" },
  { query: "таштандыдан", target: "таштоо", note: "garbage vs throwing" },
];

/**
 * Measured false positives we accept for now (documented, asserted so a fix is noticed).
 */
export const kyrgyzKnownFalsePositives: readonly KyrgyzPair[] = [
  { query: "балага", target: "баланс", note: "4-letter stem бала is a prefix of баланс" },
  { query: "жыйындын", target: "жыйынтык", note: "as for the bare word жыйын, out of the box" },
];

/**
 * Kyrgyz typed without its letters: a query with о/у/н for ө/ү/ң and the page written with
 * them, and the other way round (a page typed without them, found by a query with them).
 * Targets of four or more letters; the short ones at the end are known misses on purpose
 * (three-letter words are never folded: see the traps).
 */
export const kyrgyzFoldedPairs: readonly KyrgyzPair[] = [
  { query: "копуро", target: "көпүрө" },
  { query: "копуронун", target: "көпүрөсү" },
  { query: "копурого", target: "көпүрөлөр" },
  { query: "кенеш", target: "кеңеш" },
  { query: "кенештин", target: "кеңешинин" },
  { query: "окмоту", target: "өкмөтү" },
  { query: "окмотунун", target: "өкмөткө" },
  { query: "айыл окмоту", target: "айыл өкмөтү", note: "two words, one folded" },
  { query: "кочо", target: "көчө" },
  { query: "кочолор", target: "көчөлөрү" },
  { query: "отунуч", target: "өтүнүч" },
  { query: "билдируу", target: "билдирүү" },
  { query: "билдируулор", target: "билдирүүлөрү" },
  { query: "ондоо", target: "оңдоо" },
  { query: "ондолду", target: "оңдолду" },
  { query: "тузуу", target: "түзүү" },
  { query: "жонундо", target: "жөнүндө" },
  { query: "куну", target: "күнү" },
  { query: "болум", target: "бөлүм" },
  { query: "болумдун", target: "бөлүмдөрү" },
  { query: "суу тутугу", target: "суу түтүгү" },
  { query: "очуруу", target: "өчүрүү" },
  { query: "онугуу", target: "өнүгүү" },
  { query: "копчулук", target: "көпчүлүк" },
  { query: "бугун", target: "бүгүн" },
  { query: "суйлоо", target: "сүйлөө" },
  { query: "таш-копуро", target: "Таш-Көпүрөдөгү", note: "a hyphenated place name" },
  // The other way round: the page was typed without Kyrgyz letters.
  { query: "көпүрөнүн", target: "копуросу" },
  { query: "кеңештин", target: "кенеши" },
  { query: "өкмөтүнө", target: "окмоту" },
  { query: "көчөлөрдү", target: "кочолор" },
  { query: "оңдоо", target: "ондоого" },
  { query: "билдирүү", target: "билдируулор" },
  { query: "өнүгүү", target: "онугуу" },
  { query: "жөнүндө", target: "жонундо" },
  { query: "бүгүн", target: "бугун" },
  { query: "түтүгү", target: "тутук", note: "folded, and г -> к" },
  // Three-letter words: never folded. Known misses.
  { query: "куз", target: "күз", note: "known miss: three letters are never folded" },
  { query: "кун тартиби", target: "күн тартиби", note: "known miss: күн has three letters" },
];

/** Kyrgyz typed in Latin letters, as in chats. */
export const kyrgyzLatinPairs: readonly KyrgyzPair[] = [
  { query: "kopuro", target: "көпүрө" },
  { query: "kopurolor", target: "көпүрөлөрү" },
  { query: "jyiyn", target: "жыйын" },
  { query: "jyiyndyn", target: "жыйындар" },
  { query: "ayil okmotu", target: "айыл өкмөтү" },
  { query: "aiyl okmotu", target: "айыл өкмөтүнүн" },
  { query: "kenesh", target: "кеңеш" },
  { query: "kengesh", target: "кеңешинин" },
  { query: "budjet", target: "бюджет" },
  { query: "mektep", target: "мектебинде" },
  { query: "toktom", target: "токтому" },
  { query: "uguu", target: "угуулар" },
  { query: "koomduk uguu", target: "коомдук угуу" },
  { query: "eldik jyiyn", target: "элдик жыйын" },
  { query: "suu tutugu", target: "суу түтүгү" },
  { query: "tazalyk", target: "тазалыгы" },
  { query: "demilge", target: "демилгелер" },
  { query: "chogulush", target: "чогулуштар" },
  { query: "jashtar", target: "жаштардын" },
  { query: "kyzmatkerler", target: "кызматкерлери" },
  { query: "ondoo", target: "оңдоо" },
  { query: "bildiruu", target: "билдирүү" },
  { query: "tashtandy", target: "таштанды" },
  { query: "oorukana", target: "ооруканасы" },
  { query: "kocho", target: "көчө" },
  { query: "jonundo", target: "жөнүндө" },
  { query: "jergiliktuu", target: "жергиликтүү" },
  { query: "onuguu", target: "өнүгүү" },
  { query: "ayil aymagy", target: "айыл аймагы" },
  { query: "Ak-Terek", target: "Ак-Терек" },
];

/**
 * Words that folding could wrongly join: a three-letter root and its twin (кол hand / көл
 * lake, ун flour / үн voice…), as typed and inflected, in both directions and in Latin.
 * None may reach the other.
 */
export const kyrgyzFoldTraps: readonly KyrgyzPair[] = [
  { query: "кол", target: "көл", note: "hand vs lake" },
  { query: "көл", target: "кол", note: "lake vs hand" },
  { query: "ун", target: "үн", note: "flour vs voice" },
  { query: "үн", target: "ун", note: "voice vs flour" },
  { query: "сон", target: "сөн" },
  { query: "сөн", target: "сон" },
  { query: "от", target: "өт", note: "fire vs pass" },
  { query: "өт", target: "от", note: "pass vs fire" },
  { query: "тоо", target: "төө", note: "mountain vs camel" },
  { query: "төө", target: "тоо", note: "camel vs mountain" },
  { query: "тоолор", target: "төөлөр", note: "mountains vs camels" },
  { query: "туз", target: "түз", note: "salt vs straight" },
  { query: "түз", target: "туз", note: "straight vs salt" },
  { query: "бут", target: "бүт", note: "leg vs whole" },
  { query: "бутун", target: "бүтүн", note: "his leg vs whole" },
  { query: "уй", target: "үй", note: "cow vs house" },
  { query: "үй", target: "уй", note: "house vs cow" },
  { query: "уйлар", target: "үйлөр", note: "cows vs houses" },
  { query: "үйдө", target: "уйдо", note: "in the house vs at the cow" },
  { query: "уч", target: "үч", note: "fly vs three" },
  { query: "көлдүн", target: "колдун", note: "of the lake vs of the hand" },
  { query: "колдун", target: "көлдүн", note: "of the hand vs of the lake" },
  { query: "kol", target: "көл", note: "Latin, three letters" },
  { query: "uy", target: "үй", note: "Latin, two letters" },
];

/** Joins that folding makes and we accept (documented; asserted so a change is noticed). */
export const kyrgyzFoldKnownFalsePositives: readonly KyrgyzPair[] = [
  { query: "болуу", target: "бөлүү", note: "to be vs to divide: five letters, folded alike" },
  { query: "кол", target: "көлөмү", note: "a three-letter query is a prefix of folded longer words, as of колдоо" },
];
