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
