/**
 * Cold import time and package size of the package the driver built (see `support/built-package.ts`);
 * both packages are imported by name from its directory in fresh Node processes.
 */
import { execFile } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { packageDir } from "../support/built-package.js";
import { median, type ScenarioResult } from "../support/results.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const RUNS = 11;

/** Bytes under `dir`, recursively. */
function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Milliseconds one fresh process spends in `import(name)`. */
async function importOnce(dir: string, name: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(name)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: dir });
  return Number(stdout.trim());
}

/**
 * {@link RUNS} import times of each package, in rounds that import every package once: a phase in
 * which the shared machine is slow then costs every package alike, and the per-round differences
 * between two packages cancel it.
 */
async function importTimes(dir: string, names: readonly string[]): Promise<Map<string, number[]>> {
  const times = new Map(names.map((name) => [name, [] as number[]]));
  for (let i = 0; i < RUNS; i++) {
    for (const name of names) times.get(name)!.push(await importOnce(dir, name));
  }
  return times;
}

/** Times both imports and measures what each package weighs. */
export async function benchPackage(): Promise<ScenarioResult> {
  const dir = packageDir();
  const times = await importTimes(dir, ["azbatch", "@azure/batch", "axios", "@azure/storage-blob"]);
  const [ours, official, storageBlob] = ["azbatch", "@azure/batch", "@azure/storage-blob"].map((name) =>
    median(times.get(name)!),
  );
  const axiosTimes = times.get("axios")!;
  const overAxios = median(times.get("azbatch")!.map((t, round) => t - axiosTimes[round]));
  const { stdout } = await run("npm", ["pack", "--dry-run", "--json"], { cwd: dir, maxBuffer: 1 << 24 });
  const [packed] = JSON.parse(stdout) as {
    size: number;
    unpackedSize: number;
    entryCount: number;
    files: { path: string; size: number }[];
  }[];
  const withoutMaps = packed.files.filter((f) => !f.path.endsWith(".map")).reduce((n, f) => n + f.size, 0);
  const officialUnpacked = directorySize(join(ROOT, "node_modules/@azure/batch"));
  const scenario = "Package";
  return {
    figures: [
      {
        scenario,
        metric: `cold import (ESM, median of ${RUNS})`,
        unit: "ms",
        azbatch: ours,
        official,
        lowerIsBetter: true,
        chart: true,
      },
      {
        scenario,
        metric: "cold import over axios alone (median of the per-round differences)",
        unit: "ms",
        azbatch: overAxios,
        lowerIsBetter: true,
        goal: "≤ 40 ms",
        limit: "0 ms",
      },
      {
        scenario,
        metric: "unpacked size",
        unit: "KiB",
        azbatch: packed.unpackedSize / 1024,
        official: officialUnpacked / 1024,
        lowerIsBetter: true,
        chart: true,
      },
      {
        scenario,
        metric: "unpacked size without source maps",
        unit: "KiB",
        azbatch: withoutMaps / 1024,
        official: officialUnpacked / 1024,
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "packed size (npm pack)",
        unit: "KiB",
        azbatch: packed.size / 1024,
        lowerIsBetter: true,
      },
    ],
    notes: [
      `Importing \`@azure/storage-blob\` alone takes ${storageBlob.toFixed(0)} ms (median) on this machine; azbatch loads it only when a storage helper or a \`StagingStorageAccount\` is first used, so it is not part of the import time.`,
      `azbatch's tarball holds ${packed.entryCount} files (ESM + CJS builds, declarations, source maps, the emulator entry point). The official figure is the installed \`@azure/batch\` 10.2.0 directory (its own dependencies not counted).`,
    ],
  };
}
