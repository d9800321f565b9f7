/**
 * Bundles the task application into one self-contained CommonJS file, `task-application.js`, so that a
 * compute node needs nothing but Node to run it.
 * @module
 */
import { fileURLToPath } from "node:url";
import { bundleForNode } from "../support/bundle.js";

/** The bundled task application's file name, as the task command lines refer to it. */
export const TASK_APPLICATION_FILE = "task-application.js";

const ENTRY = fileURLToPath(new URL("./task-application.ts", import.meta.url));

/** Writes `task-application.js` into `outDir` and returns its path. */
export async function bundleTaskApplication(outDir: string): Promise<string> {
  return bundleForNode(ENTRY, outDir, TASK_APPLICATION_FILE.replace(/\.js$/, ""));
}
