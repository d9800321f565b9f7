/**
 * OData Int64 values on the wire: the service sends every property the contract declares as
 * `integer` / `int64` (file sizes, I/O counts, task counters of statistics) as a JSON string, as
 * recorded answers show (`"contentLength": "12"`). Answers are written in that form here, driven
 * by the contract's schemas, so no resource module has to remember it.
 * @module
 */
import type { SchemaNode } from "../../protocol/route-types.js";
import { definitions } from "../../protocol/schemas.generated.js";

const holdsInt64 = new Map<string, boolean>();

function resolve(node: SchemaNode): Exclude<SchemaNode, { ref: string }> {
  let current = node;
  while ("ref" in current) current = definitions[current.ref];
  return current;
}

function properties(node: SchemaNode): Record<string, SchemaNode> {
  if (!("type" in node) || node.type !== "object") return {};
  const own = { ...(node.properties ?? {}) };
  for (const base of node.allOf ?? []) Object.assign(own, properties(definitions[base]));
  return own;
}

/** True when a value of this schema can contain an Int64 anywhere (memoized per definition). */
function containsInt64(node: SchemaNode): boolean {
  if ("ref" in node) {
    const known = holdsInt64.get(node.ref);
    if (known !== undefined) return known;
    holdsInt64.set(node.ref, false); // recursive definitions: assume none while looking
    const result = containsInt64(definitions[node.ref]);
    holdsInt64.set(node.ref, result);
    return result;
  }
  if (node.type === "integer") return node.format === "int64";
  if (node.type === "array") return containsInt64(node.items);
  if (node.type === "object") return Object.values(properties(node)).some(containsInt64);
  return false;
}

function convert(node: SchemaNode, value: unknown): unknown {
  if (value === null || value === undefined || !containsInt64(node)) return value;
  const schema = resolve(node);
  if (schema.type === "integer") return typeof value === "number" ? String(value) : value;
  if (schema.type === "array")
    return Array.isArray(value) ? value.map((v) => convert(schema.items, v)) : value;
  if (typeof value !== "object" || Array.isArray(value)) return value;
  const declared = properties(schema);
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value as Record<string, unknown>))
    out[name] = declared[name] ? convert(declared[name], item) : item;
  return out;
}

/** `body` (a value of definition `schemaName`) with every Int64 number written as the service writes it. */
export function withInt64Strings<T>(schemaName: string, body: T): T {
  return convert({ ref: schemaName }, body) as T;
}
