/**
 * The error every OData clause parser of the local Batch service throws.
 * @module
 */

/** Which query option a clause came from. */
export type ODataClause = "filter" | "select" | "expand";

/**
 * A `$filter`, `$select` or `$expand` clause the service cannot parse. The server answers it with
 * HTTP 400 `InvalidQueryParameterValue`, naming the query option and the reason.
 */
export class ODataSyntaxError extends Error {
  override readonly name = "ODataSyntaxError";

  /**
   * @param clause the query option whose value is at fault
   * @param position zero-based character offset of the offending token in the clause
   * @param reason what is wrong, without the position
   */
  constructor(
    readonly clause: ODataClause,
    readonly position: number,
    readonly reason: string,
  ) {
    super(`Invalid $${clause} clause at position ${position + 1}: ${reason}`);
  }
}
