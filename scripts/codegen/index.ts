/**
 * Generates `src/protocol/*.generated.ts` from the Batch REST contract in `../shared/spec`.
 *
 *   npm run codegen            write the files
 *   npm run codegen -- --check exit 1 when the committed files differ from a fresh run
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "./generate.js";
import { findSwagger } from "./swagger.js";

const swagger = findSwagger();
if (!swagger) {
  console.error("codegen: ../shared/spec is not beside the repository; nothing to generate from.");
  process.exit(2);
}
const check = process.argv.includes("--check");
const outputs = generate(swagger);
const outDir = join(import.meta.dirname, "..", "..", "src", "protocol");
let stale = 0;
for (const [name, text] of Object.entries(outputs)) {
  const file = join(outDir, name);
  if (check) {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {
      // a missing file counts as stale
    }
    if (current !== text) {
      console.error(`codegen: ${name} is out of date`);
      stale++;
    }
  } else {
    writeFileSync(file, text);
    console.log(`codegen: wrote src/protocol/${name}`);
  }
}
process.exit(stale ? 1 : 0);
