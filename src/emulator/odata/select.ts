/**
 * `$select`: keeps only the listed (possibly nested) properties of a resource.
 * @module
 */
import { ODataSyntaxError } from "./errors.js";

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

// Names of the object machinery, never resource properties: refused so no path can reach a prototype.
const RESERVED = new Set(["__proto__", "constructor", "prototype"]);

/** A parsed `$select` clause: each entry is a property path (`["executionInfo", "exitCode"]`), or `*`. */
export type SelectPaths = readonly (readonly string[])[] | "*";

/**
 * Parses a comma-separated `$select` list of property paths (`id,state,executionInfo/exitCode`).
 * @throws {@link ODataSyntaxError} for empty entries or malformed names.
 */
export function parseSelect(clause: string): SelectPaths {
  const paths: string[][] = [];
  let offset = 0;
  for (const raw of clause.split(",")) {
    const entry = raw.trim();
    const pos = offset + raw.length - raw.trimStart().length;
    offset += raw.length + 1;
    if (entry === "") throw new ODataSyntaxError("select", pos, "empty property name");
    if (entry === "*") return "*";
    const segments = entry.split("/");
    if (!segments.every((s) => SEGMENT.test(s))) {
      throw new ODataSyntaxError("select", pos, `'${entry}' is not a property path`);
    }
    if (segments.some((s) => RESERVED.has(s.toLowerCase()))) {
      throw new ODataSyntaxError("select", pos, `'${entry}' names no property`);
    }
    paths.push(segments);
  }
  return paths;
}

/** A tree of selected keys: `true` keeps the whole value, a nested tree keeps part of it. */
type SelectTree = Map<string, SelectTree | true>;

function buildTree(paths: readonly (readonly string[])[]): SelectTree {
  const root: SelectTree = new Map();
  for (const path of paths) {
    let node = root;
    for (const [i, segment] of path.entries()) {
      const key = segment.toLowerCase();
      const existing = node.get(key);
      if (existing === true) break;
      if (i === path.length - 1) {
        node.set(key, true);
        break;
      }
      const child: SelectTree = existing ?? new Map();
      node.set(key, child);
      node = child;
    }
  }
  return root;
}

function project(value: unknown, tree: SelectTree): unknown {
  if (Array.isArray(value)) return value.map((v) => project(v, tree));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    // OData annotations are not properties and stay.
    if (key.startsWith("odata.")) {
      out[key] = child;
      continue;
    }
    const rule = tree.get(key.toLowerCase());
    if (rule === true) out[key] = child;
    else if (rule !== undefined && child !== null && typeof child === "object")
      out[key] = project(child, rule);
  }
  return out;
}

/**
 * Returns a copy of `item` with only the selected properties (names matched case-insensitively). Nested
 * paths keep their parent objects (`executionInfo/exitCode` → `{ executionInfo: { exitCode } }`) and apply
 * to every element of an array on the way. `odata.*` annotations are kept.
 * @throws {@link ODataSyntaxError} when given a clause string that does not parse.
 */
export function applySelect<T extends object>(item: T, select: string | SelectPaths): Partial<T> {
  const paths = typeof select === "string" ? parseSelect(select) : select;
  if (paths === "*") return { ...item };
  return project(item, buildTree(paths)) as Partial<T>;
}
