/**
 * The Batch autoscale formula language: parsing, checking and evaluation, and the sample history
 * formulas read; no I/O.
 * @module
 */
export {
  checkAutoScaleFormula,
  evaluateAutoScale,
  NODE_DEALLOCATION_OPTIONS,
  SAMPLED_VARIABLES,
  type AutoScaleContext,
  type AutoScaleEvaluation,
  type AutoScalePoolState,
  type AutoScaleRunError,
  type AutoScaleTargets,
  type AutoScaleVariable,
} from "./evaluator.js";
export type { Sample } from "./functions.js";
export { HISTORY_SPAN_MS, SampleHistory } from "./history.js";
export { AutoScaleFormulaError, type SourcePosition } from "./errors.js";
export { FORMULA_LIMITS, parseFormula } from "./parser.js";
export type { BinaryOperator, Expression, Statement } from "./ast.js";
