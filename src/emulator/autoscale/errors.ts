/**
 * Errors of the autoscale formula language, positioned as the service reports them (`Line 1, Col 1: …`).
 * @module
 */

/** A source position, one-based like the service's messages. */
export interface SourcePosition {
  readonly line: number;
  readonly col: number;
}

/** A formula that does not parse (`syntax`) or fails while evaluating (`evaluation`). */
export class AutoScaleFormulaError extends Error {
  override readonly name = "AutoScaleFormulaError";

  /**
   * @param kind whether parsing or evaluating failed
   * @param at where in the formula
   * @param detail what went wrong, without the position
   */
  constructor(
    readonly kind: "syntax" | "evaluation",
    readonly at: SourcePosition,
    readonly detail: string,
  ) {
    super(`Line ${at.line}, Col ${at.col}: ${detail}`);
  }
}
