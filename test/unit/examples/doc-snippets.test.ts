import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { listGuides, processGuide, renderSnippet } from "../../../examples/support/doc-snippets.js";
import { repoRoot } from "../../support/shared.js";

const guides = await listGuides();

describe("code samples in README.md and docs/", () => {
  it.each(guides)("%s shows its snippet files exactly", async (doc) => {
    expect(await processGuide(doc, false)).toEqual([]);
  });
});

describe("renderSnippet", () => {
  it("spells imports of the sources as the package names", async () => {
    const text = await renderSnippet("examples/snippets/quick-start.ts");
    expect(text).toContain('from "azbatch";');
    expect(text).toContain('from "azbatch/emulator";');
    expect(text).not.toContain("src/");
  });

  it("cuts out a region without its indentation, and names a missing one", async () => {
    const dir = await mkdtemp(join(repoRoot, "examples", ".snippet-test-"));
    try {
      const file = join(dir, "sample.ts");
      await writeFile(
        file,
        'import { A } from "../../src/index.js";\n{\n  // #region body\n  a();\n    b();\n  // #endregion\n}\n',
      );
      const source = relative(repoRoot, file);
      expect(await renderSnippet(`${source}#body`)).toBe("a();\n  b();\n");
      await expect(renderSnippet(`${source}#nope`)).rejects.toThrow("no region 'nope'");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
