/**
 * Bundles the task application into one self-contained CommonJS file, `task-application.js`, so that a
 * compute node needs nothing but Node to run it.
 * @module
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";

/** The bundled task application's file name, as the task command lines refer to it. */
export const TASK_APPLICATION_FILE = "task-application.js";

const ENTRY = fileURLToPath(new URL("./task-application.ts", import.meta.url));

/** Writes `task-application.js` into `outDir` and returns its path. */
export async function bundleTaskApplication(outDir: string): Promise<string> {
  await build({
    entry: { "task-application": ENTRY },
    outDir,
    // CommonJS runs as a plain `.js` file under any Node version, with no package.json beside it.
    format: ["cjs"],
    outExtension: () => ({ js: ".js" }),
    platform: "node",
    target: "node18",
    bundle: true,
    noExternal: [/.*/],
    minify: false,
    sourcemap: false,
    dts: false,
    clean: false,
    splitting: false,
    config: false,
    silent: true,
  });
  return join(outDir, TASK_APPLICATION_FILE);
}
