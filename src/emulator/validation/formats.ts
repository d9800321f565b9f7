/**
 * Checks for the string and number formats the REST contract declares.
 * @module
 */
import { parseDuration } from "../../protocol/durations.js";

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC1123 =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** True for an ISO 8601 date-time that names a real instant. */
export function isDateTime(text: string): boolean {
  return (
    ISO_DATE_TIME.test(text) &&
    !Number.isNaN(Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(text) ? text : `${text}Z`))
  );
}

/** True for an ISO 8601 duration such as `PT5M`, `P1DT2H`, `PT0.5S`. */
export function isDuration(text: string): boolean {
  return parseDuration(text) !== undefined;
}

/** True for a UUID in its 8-4-4-4-12 hex form. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** True for an RFC 1123 HTTP date (`Fri, 17 Feb 2017 00:00:00 GMT`). */
export function isRfc1123(text: string): boolean {
  return RFC1123.test(text) && !Number.isNaN(Date.parse(text));
}

/** Why a string does not match `format`, or undefined when it does (unknown formats always match). */
export function stringFormatProblem(format: string | undefined, text: string): string | undefined {
  switch (format) {
    case "date-time":
      return isDateTime(text) ? undefined : "not an ISO 8601 date-time";
    case "duration":
      return isDuration(text) ? undefined : "not an ISO 8601 duration";
    case "uuid":
      return isUuid(text) ? undefined : "not a UUID";
    case "date-time-rfc1123":
      return isRfc1123(text) ? undefined : "not an RFC 1123 date";
    default:
      return undefined;
  }
}

/** Why a number does not fit an integer `format`, or undefined when it does. */
export function integerFormatProblem(format: string | undefined, value: number): string | undefined {
  if (!Number.isInteger(value)) return "not an integer";
  if (format === "int32" && (value < INT32_MIN || value > INT32_MAX))
    return "outside the 32-bit integer range";
  return undefined;
}
