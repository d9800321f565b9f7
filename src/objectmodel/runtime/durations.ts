/**
 * Conversions between the object model's scalar forms and their wire forms: `TimeSpan` values are
 * milliseconds in the object model and ISO-8601 durations on the wire; dates are `Date` objects.
 * @module
 */

import { durationToWire, parseDuration } from "../../protocol/durations.js";

export { durationToWire, MAX_DURATION_MS } from "../../protocol/durations.js";

/**
 * Parses an ISO-8601 duration (`PT1H30M`, `P2DT5.5S`, `P10675199DT2H48M5.4775807S`) into milliseconds.
 * @throws RangeError when the text is not a duration.
 */
export function durationFromWire(text: string): number {
  const ms = parseDuration(text);
  if (ms === undefined) throw new RangeError(`Not an ISO-8601 duration: ${JSON.stringify(text)}`);
  return ms;
}

/**
 * Parses a wire date-time into a `Date`.
 * @throws RangeError when the text is not a date.
 */
export function dateFromWire(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${JSON.stringify(text)}`);
  return date;
}

/**
 * Formats a `Date` for the wire (ISO-8601, UTC).
 * @throws TypeError when the value is not a valid `Date`.
 */
export function dateToWire(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError(`Expected a valid Date, got ${String(date)}`);
  }
  return date.toISOString();
}

/** Milliseconds to an ISO-8601 duration, passing `undefined` through (an option left out). */
export function optionalDuration(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : durationToWire(ms);
}
