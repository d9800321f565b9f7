import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, sharedMissingReason, specDir } from "../../support/shared.js";

const FILES = ["enums.generated.ts", "values.generated.ts", "entity-properties.generated.ts"];
const out = mkdtempSync(join(tmpdir(), "azbatch-om-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!specDir)("generated object-model files", () => {
  if (!specDir) it.skip(sharedMissingReason, () => undefined);

  it("match what scripts/objectmodel/generate.ts produces now", () => {
    execFileSync(
      process.execPath,
      ["--import", "tsx", join(repoRoot, "scripts/objectmodel/generate.ts"), out],
      {
        cwd: repoRoot,
        stdio: "pipe",
      },
    );
    for (const file of FILES) {
      const committed = readFileSync(join(repoRoot, "src/objectmodel/generated", file), "utf8");
      expect(committed.startsWith("// generated — do not edit.")).toBe(true);
      expect(
        readFileSync(join(out, file), "utf8"),
        `${file} is stale: run npx tsx scripts/objectmodel/generate.ts`,
      ).toBe(committed);
    }
  }, 60_000);
});
