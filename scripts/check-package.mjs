// Loads the built package the way users do, through its own name and exports map, with both module systems.
import { existsSync, readFileSync } from "node:fs";
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

// The web view ships as static assets beside the emulator; the SDK's entry never contains it.
for (const asset of ["dist/emulator/ui/app.js", "dist/emulator/ui/app.css"]) {
  if (!existsSync(asset)) {
    failed++;
    console.error(`FAIL ${asset} is missing`);
  }
}
for (const entry of ["dist/index.js", "dist/index.cjs"]) {
  const code = readFileSync(entry, "utf8");
  if (/\/_ui\/|EventSource|createWebView/.test(code)) {
    failed++;
    console.error(`FAIL ${entry} contains web view code`);
  }
}
// Both module systems find the assets from inside the package.
for (const [name, load] of [
  ["import", () => import("azbatch/emulator")],
  ["require", async () => require("azbatch/emulator")],
]) {
  const { startLocalBatchService } = await load();
  const service = await startLocalBatchService({ ui: true, runTasks: false });
  try {
    const login = await fetch(service.ui.loginUrl(), { redirect: "manual" });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
    const shell = await fetch(`${service.url}/_ui/`, { headers: { cookie } });
    const script = await fetch(`${service.url}/_ui/assets/app.js`);
    if (shell.status !== 200 || script.status !== 200)
      throw new Error(`page ${shell.status}, script ${script.status}`);
    console.log(`ok   web view from ${name} azbatch/emulator`);
  } catch (error) {
    failed++;
    console.error(`FAIL web view from ${name} azbatch/emulator: ${error.message}`);
  } finally {
    await service.close();
  }
}
process.exit(failed ? 1 : 0);
