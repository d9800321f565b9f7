import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "emulator/index": "src/emulator/index.ts", "emulator/cli": "src/emulator/cli.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  splitting: false,
  // p-retry is ESM-only; bundle it so that require("azbatch") works on Node 20.
  noExternal: ["p-retry", "is-network-error"],
});
