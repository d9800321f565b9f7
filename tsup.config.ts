import { defineConfig, type Options } from "tsup";

const shared: Options = {
  target: "node20",
  platform: "node",
  sourcemap: true,
  splitting: false,
  // p-retry is ESM-only; bundling it lets require("azbatch") work on Node 20.
  noExternal: ["p-retry", "is-network-error"],
};

/**
 * The web view's browser bundle (preact included): static assets the emulator serves, never reachable
 * from the SDK's entry points. Exported so that the browser tests build it from source the same way.
 */
export const webViewBuild: Options = {
  entry: { "emulator/ui/app": "src/emulator/ui/client/app.tsx" },
  format: ["esm"],
  platform: "browser",
  target: "es2020",
  tsconfig: "src/emulator/ui/client/tsconfig.json",
  minify: true,
  splitting: false,
  outExtension: () => ({ js: ".js" }),
};

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts", "emulator/index": "src/emulator/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    // The web view finds its assets next to the module, through import.meta.url in the CJS build too.
    shims: true,
  },
  {
    ...shared,
    entry: { "emulator/cli": "src/emulator/cli.ts" },
    format: ["esm"],
    banner: { js: "#!/usr/bin/env node" },
  },
  {
    // The process launcher the emulator forks; it must sit beside the emulator bundles (see process-launcher.ts).
    ...shared,
    entry: { "emulator/launcher-helper": "src/emulator/agent/launcher-helper.mjs" },
    format: ["esm"],
    sourcemap: false,
    outExtension: () => ({ js: ".mjs" }),
  },
  webViewBuild,
]);
