/**
 * Bundles a script into one self-contained CommonJS file, so that a compute node needs nothing but
 * Node to run it: the examples' task programs travel to the nodes this way, as resource files.
 * @module
 */
import { join } from "node:path";
import { build } from "tsup";

/** Bundles `entry` (a `.ts` file) into `outDir/<name>.js` and returns that file's path. */
export async function bundleForNode(entry: string, outDir: string, name: string): Promise<string> {
  await build({
    entry: { [name]: entry },
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
  return join(outDir, `${name}.js`);
}
