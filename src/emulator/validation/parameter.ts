/**
 * Validates path, query and header parameter values against their declared kind and range.
 * @module
 */
import type { RouteParameter } from "../../protocol/route-types.js";
import { isRfc1123, isUuid } from "./formats.js";
import { invalidParameter, missingParameter, type ValidationIssue } from "./issues.js";

/** The service names a parameter in range messages by its capitalised name (`MaxResults`). */
function displayName(param: RouteParameter): string {
  return param.key.charAt(0).toUpperCase() + param.key.slice(1);
}

function problemOf(param: RouteParameter, raw: string): string | undefined {
  switch (param.kind) {
    case "integer": {
      if (!/^[+-]?\d+$/.test(raw.trim())) return `${displayName(param)} must be an integer`;
      const n = Number(raw);
      if (param.minimum !== undefined && n < param.minimum) {
        return `${displayName(param)} cannot be less than ${param.minimum}`;
      }
      if (param.maximum !== undefined && n > param.maximum) {
        return `${displayName(param)} cannot be greater than ${param.maximum}`;
      }
      return undefined;
    }
    case "boolean":
      return /^(?:true|false)$/i.test(raw.trim()) ? undefined : `${displayName(param)} must be true or false`;
    case "uuid":
      return isUuid(raw.trim()) ? undefined : `${displayName(param)} must be a UUID`;
    case "date-time-rfc1123":
      return isRfc1123(raw.trim()) ? undefined : `${displayName(param)} must be an RFC 1123 date`;
    default:
      return undefined;
  }
}

/**
 * Checks one received query or header value (`undefined` when absent). Path parameters are plain strings
 * the router already matched, and body parameters are checked by `validateBody`; both pass here.
 * Returns the issue the service reports (`MissingRequiredQueryParameter`, `InvalidQueryParameterValue`,
 * `MissingRequiredHeader`, `InvalidHeaderValue`), or undefined when the value is acceptable.
 */
export function validateParameter(
  param: RouteParameter,
  raw: string | undefined,
): ValidationIssue | undefined {
  if (param.in !== "query" && param.in !== "header") return undefined;
  if (raw === undefined) return param.required ? missingParameter(param.in, param.wireName) : undefined;
  const problem = problemOf(param, raw);
  return problem === undefined ? undefined : invalidParameter(param.in, param.wireName, raw, problem);
}
