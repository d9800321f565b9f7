/**
 * `$expand`: the optional parts of a resource a list or get should include.
 * @module
 */
import { ODataSyntaxError } from "./errors.js";

/**
 * Parses a comma-separated `$expand` clause against the names an operation supports (e.g. `stats`,
 * `metadata`), matching case-insensitively and returning the canonical names without duplicates.
 * @throws {@link ODataSyntaxError} for an empty entry or a name not in `allowed`.
 */
export function parseExpand(clause: string, allowed: readonly string[]): string[] {
  const result: string[] = [];
  let offset = 0;
  for (const raw of clause.split(",")) {
    const entry = raw.trim();
    const pos = offset + raw.length - raw.trimStart().length;
    offset += raw.length + 1;
    const name = allowed.find((a) => a.toLowerCase() === entry.toLowerCase());
    if (name === undefined) {
      const reason =
        entry === ""
          ? "empty expand entry"
          : `'${entry}' cannot be expanded here` +
            (allowed.length ? ` (supported: ${allowed.join(", ")})` : " (nothing can be expanded)");
      throw new ODataSyntaxError("expand", pos, reason);
    }
    if (!result.includes(name)) result.push(name);
  }
  return result;
}
