/**
 * Keeps the code samples of `README.md` and `docs/*.md` identical to the compiled files in `examples/snippets/`.
 *
 * In those documents, every ```ts block follows a marker naming its source, `<!-- snippet: examples/snippets/x.ts -->`,
 * and shows that file with its imports of this repository's sources spelled as a user writes them
 * (`azbatch`, `azbatch/emulator`). `x.ts#name` shows only the lines between `// #region name` and
 * `// #endregion`, without their common indentation. `tsc` type-checks the files, so the samples in
 * the guides compile.
 *
 *     npx tsx examples/support/doc-snippets.ts           # check: exits 1 and names each stale block
 *     npx tsx examples/support/doc-snippets.ts --write   # rewrite the blocks from their files
 * @module
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Root of the repository. */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How the snippets' relative imports of the sources read in the guides. */
const PACKAGE_IMPORTS: readonly [RegExp, string][] = [
  [/"(?:\.\.\/)+src\/emulator\/index\.js"/g, '"azbatch/emulator"'],
  [/"(?:\.\.\/)+src\/index\.js"/g, '"azbatch"'],
];

// A marker line, blank lines, then a fenced TypeScript block (possibly empty).
const MARKED_BLOCK = /<!-- snippet: (\S+) -->\n(?:[ \t]*\n)*```(?:ts|typescript)\n([\s\S]*?)```/g;
const ANY_TS_BLOCK = /^```(?:ts|typescript)\s*$/gm;

/** A code block of a guide that does not match its source. */
export interface SnippetProblem {
  /** The guide, relative to the repository root. */
  readonly doc: string;
  /** What is wrong. */
  readonly message: string;
}

/**
 * The text a guide shows for `path` or `path#region`: the file (or region) with package-style imports,
 * ending in a newline.
 * @throws Error when the file or the region does not exist.
 */
export async function renderSnippet(source: string): Promise<string> {
  const [relativePath, region] = source.split("#", 2);
  let text = await readFile(join(ROOT, relativePath), "utf8");
  if (region !== undefined) text = extractRegion(text, region, source);
  for (const [pattern, replacement] of PACKAGE_IMPORTS) text = text.replace(pattern, replacement);
  return text.endsWith("\n") ? text : `${text}\n`;
}

function extractRegion(text: string, region: string, source: string): string {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line.trim() === `// #region ${region}`);
  const end = lines.findIndex((line, index) => index > start && line.trim().startsWith("// #endregion"));
  if (start < 0 || end < 0) throw new Error(`${source}: no region '${region}'`);
  const body = lines.slice(start + 1, end);
  const indent = Math.min(
    ...body.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length),
  );
  return body.map((line) => line.slice(Number.isFinite(indent) ? indent : 0)).join("\n");
}

/** The documents whose code samples are checked: the README and every Markdown file directly in `docs/`. */
export async function listGuides(): Promise<string[]> {
  const names = await readdir(join(ROOT, "docs"));
  return ["README.md", ...names.filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];
}

/** Checks one guide, or (with `write`) rewrites its marked blocks from their files and reports the rest. */
export async function processGuide(doc: string, write: boolean): Promise<SnippetProblem[]> {
  const original = await readFile(join(ROOT, doc), "utf8");
  const problems: SnippetProblem[] = [];
  const marked = [...original.matchAll(MARKED_BLOCK)];
  const unmarked = [...original.matchAll(ANY_TS_BLOCK)].length - marked.length;
  if (unmarked > 0) {
    problems.push({ doc, message: `${unmarked} TypeScript block(s) without a <!-- snippet: … --> marker` });
  }
  let updated = original;
  for (const [block, source, shown] of marked.reverse()) {
    let expected: string;
    try {
      expected = await renderSnippet(source);
    } catch (error) {
      problems.push({ doc, message: (error as Error).message });
      continue;
    }
    if (shown === expected) continue;
    if (!write) {
      problems.push({ doc, message: `the block of ${source} differs from the file` });
      continue;
    }
    const at = updated.lastIndexOf(block);
    updated = `${updated.slice(0, at)}<!-- snippet: ${source} -->\n\`\`\`ts\n${expected}\`\`\`${updated.slice(at + block.length)}`;
  }
  if (updated !== original) await writeFile(join(ROOT, doc), updated);
  return problems;
}

async function main(write: boolean): Promise<void> {
  const problems = (await Promise.all((await listGuides()).map((doc) => processGuide(doc, write)))).flat();
  for (const { doc, message } of problems) console.error(`${doc}: ${message}`);
  if (problems.length > 0) {
    console.error(
      "Run `npx tsx examples/support/doc-snippets.ts --write` to copy the snippet files into the guides.",
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.includes("--write"));
