/**
 * The Markdown documents point at things that exist: every relative link names a file of the repository
 * (and, with `#anchor`, a heading of that document), every repository path written in code spans exists,
 * and every `npm run <script>` is a script of package.json.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../../support/shared.js";

const DOCUMENTS = [
  "README.md",
  "examples/README.md",
  ...readdirSync(join(repoRoot, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

// Inline links and images, `[text](target)`, outside code blocks; the target up to a space or `)`.
const LINK = /!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g;
// A path below one of the repository's source folders, in prose, code spans or commands; a pattern
// (`storage-*.ts`, `examples/<name>.ts`) is not a path.
const REPOSITORY_PATH = /(?<![\w./-])((?:src|scripts|examples|test|bench)\/[\w./-]*)(?![\w./*<{…-])/g;
const NPM_RUN = /\bnpm run ([\w:-]+)/g;

/** The document without its fenced code blocks (links there are code, not links). */
function prose(text: string): string {
  return text.replace(/^(```|~~~)[\s\S]*?^\1/gm, "");
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(text).matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

function brokenLinks(doc: string): string[] {
  const text = readFileSync(join(repoRoot, doc), "utf8");
  const broken: string[] = [];
  for (const [, target] of prose(text).matchAll(LINK)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: … are not checked here
    const [path, anchor] = target.split("#", 2);
    const file = path === "" ? doc : normalize(join(dirname(doc), decodeURIComponent(path)));
    if (!existsSync(join(repoRoot, file))) {
      broken.push(`${target}: no file ${file}`);
    } else if (anchor !== undefined && file.endsWith(".md")) {
      if (!anchors(readFileSync(join(repoRoot, file), "utf8")).has(anchor)) {
        broken.push(`${target}: no heading #${anchor} in ${file}`);
      }
    }
  }
  return broken;
}

// Paths a run creates (the tutorial's output folder…): the plain entries of .gitignore.
const PRODUCED = readFileSync(join(repoRoot, ".gitignore"), "utf8")
  .split("\n")
  .filter((line) => /^[\w./-]+$/.test(line));

function missingPaths(doc: string): string[] {
  const text = readFileSync(join(repoRoot, doc), "utf8");
  return [...text.matchAll(REPOSITORY_PATH)]
    .map(([, path]) => path.replace(/[.]+$/, ""))
    .filter((path) => !PRODUCED.some((produced) => path.startsWith(produced)))
    .filter((path) => !existsSync(join(repoRoot, path)));
}

function unknownScripts(doc: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const text = readFileSync(join(repoRoot, doc), "utf8");
  return [...text.matchAll(NPM_RUN)].map(([, name]) => name).filter((name) => !(name in scripts));
}

describe("links and references in the Markdown documents", () => {
  it.each(DOCUMENTS)("%s links only to files and headings that exist", (doc) => {
    expect(brokenLinks(doc)).toEqual([]);
  });

  it.each(DOCUMENTS)("%s names only repository paths that exist", (doc) => {
    expect(missingPaths(doc)).toEqual([]);
  });

  it.each(DOCUMENTS)("%s runs only npm scripts that package.json has", (doc) => {
    expect(unknownScripts(doc)).toEqual([]);
  });

  it("computes anchors as GitHub does", () => {
    expect([...anchors("# The object model\n## Errors and retries\n## Errors and retries\n")]).toEqual([
      "the-object-model",
      "errors-and-retries",
      "errors-and-retries-1",
    ]);
    expect(slug("`azbatch/emulator` — options")).toBe("azbatchemulator--options");
  });
});
