/**
 * The OData subset of the Batch REST API (`$filter`, `$select`, `$expand`), as pure functions.
 * @module
 */
export { ODataSyntaxError, type ODataClause } from "./errors.js";
export type {
  ComparisonOperator,
  FilterExpression,
  FilterLiteralValue,
  FilterOperand,
} from "./filter-ast.js";
export { parseFilter } from "./filter-parser.js";
export { evaluateFilter } from "./filter-eval.js";
export { applySelect, parseSelect, type SelectPaths } from "./select.js";
export { parseExpand } from "./expand.js";
