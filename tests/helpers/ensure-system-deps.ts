/**
 * `pretest`: before `npm test`, make sure Chromium, the fonts and Java are on the machine
 * (system-deps.ts). Nothing missing: silent. Missing, and we are root (a fresh container, CI)
 * or in CI with password-less sudo (GitHub's runners): `apt-get install` them. Otherwise stop
 * with the command to run, so the tests do not fail ten minutes later for no code reason.
 */
import { execFileSync } from "node:child_process";
import { aptPackages, missingDeps, systemDeps } from "./system-deps.ts";

function canRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

const missing = await missingDeps();
if (missing.length > 0) {
  const packages = aptPackages(missing);
  const isRoot = process.getuid?.() === 0;
  const canInstall =
    missing.every((dep) => dep.aptProvides) && canRun("apt-get", ["--version"]) && (isRoot || (!!process.env.CI && canRun("sudo", ["-n", "true"])));
  console.log(`The tests need ${missing.map((d) => d.what).join(", ")}: not found (${missing.map((d) => d.path).join(", ")}).`);
  if (canInstall) {
    console.log(`Installing with apt-get: ${packages.join(" ")}`);
    const run = (args: string[]) =>
      execFileSync(isRoot ? "apt-get" : "sudo", isRoot ? args : ["-n", "apt-get", ...args], {
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    run(["update", "-qq"]);
    run(["install", "-y", "-qq", ...packages]);
    const still = await missingDeps(systemDeps());
    if (still.length > 0) {
      console.error(`Still missing after apt-get: ${still.map((d) => `${d.what} (${d.path})`).join(", ")}`);
      process.exit(1);
    }
  } else {
    const viaApt = aptPackages(missing.filter((dep) => dep.aptProvides));
    const own = missing.filter((dep) => !dep.aptProvides);
    console.error(
      [
        ...(viaApt.length ? [`Install them, then run npm test again:`, `  sudo apt-get install -y ${viaApt.join(" ")}`] : []),
        ...own.map((dep) => `${dep.what}: ${dep.path} does not exist (CHROMIUM_PATH names a Chromium binary; unset it to use Debian's /usr/bin/chromium).`),
        `Тесттер үчүн Chromium, шрифттер жана Java керек: жогоруда айтылганды орнотуп, npm test кайра иштетиңиз.`,
        `Для тестов нужны Chromium, шрифты и Java: установите названное выше и снова запустите npm test.`,
      ].join("\n"),
    );
    process.exit(1);
  }
}
