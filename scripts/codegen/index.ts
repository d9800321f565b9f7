/**
 * Regenerates every generated file of the repository (see `pipeline.ts`).
 *
 *   npm run codegen            write the files
 *   npm run codegen -- --check exit 1 when a committed file differs from a fresh run
 *
 * Exits 2 when the REST contract (`../shared/spec`) is absent, after handling the files that do not need it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateAll } from "./pipeline.js";

const check = process.argv.includes("--check");
const root = join(import.meta.dirname, "..", "..");
const { files, skipped } = await generateAll();

/** The committed text of a generated file; a missing file reads as empty, so it counts as stale. */
function committed(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

let stale = 0; // files that differ: reported with --check, written without
for (const [path, text] of Object.entries(files)) {
  const file = join(root, path);
  if (committed(file) === text) continue;
  if (check) {
    console.error(`codegen: ${path} is out of date`);
  } else {
    writeFileSync(file, text);
    console.log(`codegen: wrote ${path}`);
  }
  stale++;
}
if (skipped) console.error(`codegen: skipped the files generated from the REST contract: ${skipped}`);
const total = Object.keys(files).length;
console.log(
  `codegen: ${total - stale} of ${total} generated files ${check ? "are fresh" : "were already fresh"}`,
);
process.exit(check && stale ? 1 : skipped ? 2 : 0);
