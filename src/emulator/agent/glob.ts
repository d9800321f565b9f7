/**
 * The file-pattern language of output files: `*` and `?` within one path segment, `[…]` character
 * classes, and `**` as a whole segment for any number of folders (zero included).
 * @module
 */
import { readdir } from "node:fs/promises";
import path from "node:path";

const WILDCARD = /[*?[]/;

/** Whether a pattern contains a wildcard (and so names a set of files rather than one file). */
export function hasWildcard(pattern: string): boolean {
  return WILDCARD.test(pattern);
}

function segmentRegExp(segment: string): RegExp {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = segment.indexOf("]", i + 2);
      if (end < 0) source += "\\[";
      else {
        const body = segment.slice(i + 1, end).replace(/\\/g, "\\\\");
        source += body.startsWith("!") ? `[^${body.slice(1)}]` : `[${body}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}

/** A compiled pattern that matches `/`-separated relative paths. */
export class GlobPattern {
  private readonly segments: ReadonlyArray<RegExp | "**">;

  /** Compiles `pattern` (segments separated by `/`). */
  constructor(pattern: string) {
    this.segments = pattern
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => (s === "**" ? "**" : segmentRegExp(s)));
  }

  /** Whether the relative path (segments separated by `/`) matches. */
  matches(relativePath: string): boolean {
    return this.matchFrom(0, relativePath.split("/"), 0);
  }

  private matchFrom(p: number, parts: readonly string[], q: number): boolean {
    if (p === this.segments.length) return q === parts.length;
    const seg = this.segments[p];
    if (seg === "**") {
      for (let skip = q; skip <= parts.length; skip++) if (this.matchFrom(p + 1, parts, skip)) return true;
      return false;
    }
    return q < parts.length && seg.test(parts[q]) && this.matchFrom(p + 1, parts, q + 1);
  }
}

/**
 * Splits a pattern into its literal leading folders and the wildcard rest:
 * `out/**\/*.txt` → `{ base: "out", rest: "**\/*.txt" }`.
 */
export function splitPattern(pattern: string): { base: string; rest: string } {
  const parts = pattern.split("/");
  const firstWild = parts.findIndex((p) => hasWildcard(p));
  if (firstWild < 0) return { base: pattern, rest: "" };
  return { base: parts.slice(0, firstWild).join("/"), rest: parts.slice(firstWild).join("/") };
}

/** Every regular file under `dir`, as `/`-separated paths relative to it (symbolic links are not followed). */
export async function listFilesRecursively(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  }
  await walk("");
  return out.sort();
}
