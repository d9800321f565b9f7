import { defineConfig, type Options } from "tsup";

const shared: Options = {
  target: "node20",
  platform: "node",
  sourcemap: true,
  splitting: false,
  // p-retry is ESM-only; bundling it lets require("azbatch") work on Node 20.
  noExternal: ["p-retry", "is-network-error"],
};

export default defineConfig([
  {
    ...shared,
    entry: { index: "src/index.ts", "emulator/index": "src/emulator/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
  },
  {
    ...shared,
    entry: { "emulator/cli": "src/emulator/cli.ts" },
    format: ["esm"],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
