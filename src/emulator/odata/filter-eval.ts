/**
 * Evaluates a parsed `$filter` against one resource, the way the Batch service matches list items.
 *
 * Semantics (chosen to match the service):
 * - Strings compare case-insensitively (ordinal, ignoring case): Batch ids are case-insensitive and the
 *   service accepts enum values in any casing, so `state eq 'Active'` matches `"active"`.
 * - A date-time literal (or a quoted ISO 8601 timestamp) compares as a date against a property holding an
 *   ISO 8601 timestamp string.
 * - A missing property is null: `x eq null` matches it, every ordering comparison with null is false.
 * - Values of different kinds never compare equal (`eq` false, `ne` true, orderings false).
 * @module
 */
import type { ComparisonOperator, FilterExpression, FilterOperand } from "./filter-ast.js";
import { parseIsoDateTime } from "./filter-lexer.js";

/** Stands for an object or array value: comparable with nothing, not even null. */
const OPAQUE = Symbol("opaque");

type Scalar = string | number | boolean | null | Date | typeof OPAQUE;

function lookup(node: unknown, key: string): unknown {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
  const record = node as Record<string, unknown>;
  if (Object.hasOwn(record, key)) return record[key];
  // Property names are matched case-insensitively as a fallback; the service's names are all distinct that way.
  const lower = key.toLowerCase();
  const found = Object.keys(record).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : record[found];
}

function resolve(operand: FilterOperand, item: object): Scalar {
  if (operand.kind === "literal") return operand.value;
  let node: unknown = item;
  for (const key of operand.path) node = lookup(node, key);
  if (node === undefined || node === null) return null;
  if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") return node;
  return OPAQUE;
}

function asTime(value: Scalar): number | undefined {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "string") return parseIsoDateTime(value)?.getTime();
  return undefined;
}

/** Orders two non-null values: negative, zero, positive, or undefined when they are of different kinds. */
function order(a: Scalar, b: Scalar): number | undefined {
  if (a instanceof Date || b instanceof Date) {
    const ta = asTime(a);
    const tb = asTime(b);
    return ta === undefined || tb === undefined ? undefined : ta - tb;
  }
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "string" && typeof b === "string") {
    // A quoted timestamp against a timestamp property compares as a date, whatever the precision.
    const ta = a.includes("T") ? asTime(a) : undefined;
    const tb = ta !== undefined && b.includes("T") ? asTime(b) : undefined;
    if (ta !== undefined && tb !== undefined) return ta - tb;
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return undefined;
}

function compare(operator: ComparisonOperator, a: Scalar, b: Scalar): boolean {
  if (a === null || b === null) {
    if (operator === "eq") return a === b;
    if (operator === "ne") return a !== b;
    return false;
  }
  const diff = order(a, b);
  if (diff === undefined) return operator === "ne";
  switch (operator) {
    case "eq":
      return diff === 0;
    case "ne":
      return diff !== 0;
    case "gt":
      return diff > 0;
    case "ge":
      return diff >= 0;
    case "lt":
      return diff < 0;
    case "le":
      return diff <= 0;
  }
}

/** True when `item` satisfies the filter. Never throws for well-formed expressions from {@link parseFilter}. */
export function evaluateFilter(expr: FilterExpression, item: object): boolean {
  switch (expr.kind) {
    case "and":
      return evaluateFilter(expr.left, item) && evaluateFilter(expr.right, item);
    case "or":
      return evaluateFilter(expr.left, item) || evaluateFilter(expr.right, item);
    case "not":
      return !evaluateFilter(expr.operand, item);
    case "compare":
      return compare(expr.operator, resolve(expr.left, item), resolve(expr.right, item));
    case "startswith": {
      const subject = resolve(expr.subject, item);
      const prefix = resolve(expr.prefix, item);
      return (
        typeof subject === "string" &&
        typeof prefix === "string" &&
        subject.toLowerCase().startsWith(prefix.toLowerCase())
      );
    }
    case "value":
      return resolve(expr.operand, item) === true;
  }
}
