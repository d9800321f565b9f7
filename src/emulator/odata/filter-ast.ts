/**
 * Syntax tree of a parsed `$filter` clause.
 * @module
 */

/** The comparison operators of the Batch filter subset. */
export type ComparisonOperator = "eq" | "ne" | "gt" | "ge" | "lt" | "le";

/** A constant in a filter: strings, numbers, booleans, null and date-times (as `Date`). */
export type FilterLiteralValue = string | number | boolean | null | Date;

/** One side of a comparison: a (possibly nested) property of the item, or a constant. */
export type FilterOperand =
  | { readonly kind: "property"; readonly path: readonly string[] }
  | { readonly kind: "literal"; readonly value: FilterLiteralValue };

/** A parsed `$filter` clause, ready for {@link evaluateFilter}. */
export type FilterExpression =
  | { readonly kind: "and" | "or"; readonly left: FilterExpression; readonly right: FilterExpression }
  | { readonly kind: "not"; readonly operand: FilterExpression }
  | {
      readonly kind: "compare";
      readonly operator: ComparisonOperator;
      readonly left: FilterOperand;
      readonly right: FilterOperand;
    }
  | { readonly kind: "startswith"; readonly subject: FilterOperand; readonly prefix: FilterOperand }
  /** A bare boolean operand, e.g. `isDedicated` or `true`. */
  | { readonly kind: "value"; readonly operand: FilterOperand };
