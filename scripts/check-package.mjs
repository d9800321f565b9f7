// Loads the built package the way users do, through its own name and exports map, with both module systems.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const checks = [
  ["import azbatch", () => import("azbatch")],
  ["require azbatch", async () => require("azbatch")],
  ["import azbatch/emulator", () => import("azbatch/emulator")],
  ["require azbatch/emulator", async () => require("azbatch/emulator")],
];
let failed = 0;
for (const [name, load] of checks) {
  try {
    const exports = await load();
    const names = Object.keys(exports);
    if (names.length === 0) throw new Error("no exports");
    console.log(`ok   ${name} (${names.length} exports)`);
  } catch (error) {
    failed++;
    console.error(`FAIL ${name}: ${error.message}`);
  }
}
const root = await import("azbatch");
for (const symbol of ["BatchClient", "ProtocolClient", "BatchSharedKeyCredentials", "BatchException"]) {
  if (typeof root[symbol] !== "function") {
    failed++;
    console.error(`FAIL azbatch does not export ${symbol}`);
  }
}
process.exit(failed ? 1 : 0);
