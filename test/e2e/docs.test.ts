/**
 * The API reference builds as `npm run docs` builds it, with zero warnings: every public symbol of both
 * entry points is documented and every link in the guides resolves.
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/shared.js";

const typedoc = join(
  dirname(createRequire(import.meta.url).resolve("typedoc/package.json")),
  "bin",
  "typedoc",
);

describe("typedoc", () => {
  it("builds the API reference and the guides without a warning", async () => {
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      // --emit none: the whole check, without writing docs/api.
      const options = { cwd: repoRoot, timeout: 240_000 };
      execFile(process.execPath, [typedoc, "--emit", "none"], options, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });
    // Without colours, one entry per warning, so that a failure names what to fix.
    const lines = stripVTControlCharacters(output).split("\n");
    const warnings = lines.filter(
      (line) => /\[(warning|error)\]/.test(line) && !/\] Found \d+ errors/.test(line),
    );
    expect(warnings).toEqual([]);
    expect(code, output).toBe(0);
  }, 300_000);
});
