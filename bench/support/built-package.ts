/**
 * azbatch as its users get it: the benchmark driver builds the package once (tsup, the repository's
 * config) into a temporary package directory, leaving the working tree's `dist/` alone, together
 * with the measured child scripts (clients and service host), which then run on plain Node and load
 * the SDK and the local Batch service from the built package. Through tsx, every closure would pay
 * for tsx's kept names, and every bundle loaded would be transformed again and held twice in
 * memory: costs no user of the package has, and which the official client would share.
 */
import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "tsup";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
/** Where the driver tells its children the built package is. */
const PACKAGE_DIR_VARIABLE = "AZBATCH_BENCH_PACKAGE";
/** The child scripts (relative to `bench/`) that are measured, and so run built. */
const MEASURED_SCRIPTS = [
  "clients/add-tasks.ts",
  "clients/list-tasks.ts",
  "clients/overhead.ts",
  "clients/spawn-true.ts",
  "support/emulator-host.ts",
];

/**
 * Builds the package into a new temporary directory (with the repository's `node_modules` linked, so
 * that its dependencies resolve by name), points this process's children at it, and returns it.
 */
export async function buildPackage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "azbatch-bench-pkg-"));
  await run("npx", ["tsup", "--out-dir", join(dir, "dist")], { cwd: ROOT, maxBuffer: 1 << 24 });
  for (const file of ["package.json", "README.md", "CHANGELOG.md"])
    if (existsSync(join(ROOT, file))) copyFileSync(join(ROOT, file), join(dir, file));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  await build({
    entry: Object.fromEntries(
      MEASURED_SCRIPTS.map((script) => [script.replace(/\.ts$/, ""), join(ROOT, "bench", script)]),
    ),
    outDir: join(dir, "bench"),
    format: ["esm"],
    platform: "node",
    target: "node20",
    // The official client and the other dependencies load from node_modules, as in a user's app.
    skipNodeModulesBundle: true,
    splitting: false,
    config: false,
    silent: true,
  });
  process.env[PACKAGE_DIR_VARIABLE] = dir;
  return dir;
}

/** Removes a directory made by {@link buildPackage}. */
export function removePackage(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** The directory of the package the driver built. */
export function packageDir(): string {
  const dir = process.env[PACKAGE_DIR_VARIABLE];
  if (!dir) throw new Error(`${PACKAGE_DIR_VARIABLE} is not set: run the benchmarks through bench/run.ts`);
  return dir;
}

/** The built copy of a measured child script (relative to `bench/`), or `undefined` for the others. */
export function builtScript(script: string): string | undefined {
  return MEASURED_SCRIPTS.includes(script)
    ? join(packageDir(), "bench", script.replace(/\.ts$/, ".js"))
    : undefined;
}

/** The SDK's entry point, from the built package. */
export function importSdk(): Promise<typeof import("../../src/index.js")> {
  return import(pathToFileURL(join(packageDir(), "dist/index.js")).href);
}

/** The local Batch service's entry point, from the built package. */
export function importLocalService(): Promise<typeof import("../../src/emulator/index.js")> {
  return import(pathToFileURL(join(packageDir(), "dist/emulator/index.js")).href);
}
