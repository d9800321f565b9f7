/**
 * The bound-writable table of `docs/object-model.md` is what `scripts/docs/object-model-table.ts` renders
 * from the entities' property tables now.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GUIDE, renderGuide, TABLES, withTable } from "../../scripts/docs/object-model-table.js";
import { repoRoot } from "../support/shared.js";

describe(`the bound-writable table of ${GUIDE}`, () => {
  it("matches a fresh run of scripts/docs/object-model-table.ts", () => {
    const committed = readFileSync(join(repoRoot, GUIDE), "utf8");
    const fresh = renderGuide(committed, readFileSync(join(repoRoot, TABLES), "utf8"));
    expect(committed === fresh, `${GUIDE} is stale: run npx tsx scripts/docs/object-model-table.ts`).toBe(
      true,
    );
  });

  it("lists the PATCH-only properties of a pool apart from those commit() replaces", () => {
    const row = readFileSync(join(repoRoot, GUIDE), "utf8")
      .split("\n")
      .find((line) => line.startsWith("| `CloudPool` |"));
    const [, replaced, changes] = row!.split(" | ");
    expect(replaced).toContain("`startTask`");
    expect(replaced).not.toContain("`upgradePolicy`");
    expect(changes).toContain("`upgradePolicy`");
  });

  it("refuses a guide without the generated-section markers", () => {
    expect(() => withTable("# no markers\n", "| a |")).toThrow("markers are missing");
  });

  it("fails loudly when the generated module no longer holds the property tables", () => {
    const guide = readFileSync(join(repoRoot, GUIDE), "utf8");
    expect(() => renderGuide(guide, "export const nothing = 1;\n")).toThrow(
      "no property table for CloudPool",
    );
  });
});
