/**
 * What the tests need from the machine, beyond npm: Debian's Chromium and the three font
 * families the 320 px test draws with (tests/e2e/fonts.ts), and Java for the W3C HTML validator
 * (vnu-jar, tests/build/national.test.ts). The one list: `npm test` checks them first
 * (tests/helpers/ensure-system-deps.ts, the `pretest` script) and installs what is missing
 * where it can, so the README's two commands pass on a fresh machine.
 */
import { access } from "node:fs/promises";
import { FONT_SETS } from "../e2e/fonts.ts";

export interface SystemDep {
  /** What it is, for messages. */
  what: string;
  /** The Debian (and Ubuntu) package that installs it. */
  apt: string;
  /** A path that exists once it is installed. */
  path: string;
  /** Whether installing `apt` creates `path` (not so for a CHROMIUM_PATH of one's own). */
  aptProvides: boolean;
}

const DEBIAN_CHROMIUM = "/usr/bin/chromium";
/** Debian's default Java runtime links itself here (update-alternatives). */
const DEBIAN_JAVA = "/usr/bin/java";

/**
 * Chromium (CHROMIUM_PATH, default /usr/bin/chromium), each font set's folder and Java.
 * @example systemDeps({ CHROMIUM_PATH: "/opt/chrome" })[0] // { what: "Chromium", apt: "chromium", path: "/opt/chrome", aptProvides: false }
 */
export function systemDeps(env: NodeJS.ProcessEnv = process.env): SystemDep[] {
  const chromium = env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  return [
    { what: "Chromium", apt: "chromium", path: chromium, aptProvides: chromium === DEBIAN_CHROMIUM },
    ...FONT_SETS.map((set) => ({ what: `${set.family} (${set.name})`, apt: set.apt, path: set.dir, aptProvides: true })),
    { what: "Java (the W3C HTML validator)", apt: "default-jre-headless", path: DEBIAN_JAVA, aptProvides: true },
  ];
}

/**
 * The dependencies whose path does not exist.
 * @example await missingDeps([{ what: "x", apt: "x", path: "/nowhere" }]) // [{ what: "x", … }]
 */
export async function missingDeps(deps: readonly SystemDep[] = systemDeps()): Promise<SystemDep[]> {
  const present = await Promise.all(deps.map((dep) => access(dep.path).then(() => true, () => false)));
  return deps.filter((_, i) => !present[i]);
}

/**
 * The apt packages that install them, each once, in order.
 * @example aptPackages([{ apt: "chromium" }, { apt: "fonts-noto-core" }, { apt: "chromium" }]) // ["chromium", "fonts-noto-core"]
 */
export function aptPackages(deps: readonly Pick<SystemDep, "apt">[]): string[] {
  return [...new Set(deps.map((dep) => dep.apt))];
}
