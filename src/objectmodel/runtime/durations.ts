/**
 * Conversions between the object model's scalar forms and their wire forms: `TimeSpan` values are
 * milliseconds in the object model and ISO-8601 durations on the wire; dates are `Date` objects.
 * @module
 */

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** The largest duration the service reports ("unlimited", .NET `TimeSpan.MaxValue`), in milliseconds (nearest double). */
export const MAX_DURATION_MS = 922_337_203_685_477.6;
const MAX_DURATION_WIRE = "P10675199DT2H48M5.4775807S";

const DURATION_PATTERN =
  /^(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses an ISO-8601 duration (`PT1H30M`, `P2DT5.5S`, `P10675199DT2H48M5.4775807S`) into milliseconds.
 * Years and months count as 365 and 30 days, as .NET's `XmlConvert` does.
 * @throws RangeError when the text is not a duration.
 */
export function durationFromWire(text: string): number {
  const match = DURATION_PATTERN.exec(text);
  if (match === null || text === "P" || text.endsWith("T")) {
    throw new RangeError(`Not an ISO-8601 duration: ${JSON.stringify(text)}`);
  }
  if (text === MAX_DURATION_WIRE) return MAX_DURATION_MS;
  const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;
  const part = (value: string | undefined, unit: number) => (value === undefined ? 0 : Number(value) * unit);
  const total =
    part(years, 365 * MS_PER_DAY) +
    part(months, 30 * MS_PER_DAY) +
    part(weeks, 7 * MS_PER_DAY) +
    part(days, MS_PER_DAY) +
    part(hours, MS_PER_HOUR) +
    part(minutes, MS_PER_MINUTE) +
    part(seconds, MS_PER_SECOND);
  return sign ? -total : total;
}

/**
 * Formats milliseconds as the ISO-8601 duration the service expects (`PT1H30M`, `P1DT2S`, `PT0S`).
 * Values at or above {@link MAX_DURATION_MS} become the service's "unlimited" duration.
 * @throws RangeError for negative or non-finite input.
 */
export function durationToWire(ms: number): string {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`A duration must be a non-negative number of milliseconds, got ${String(ms)}`);
  }
  if (ms >= Math.floor(MAX_DURATION_MS)) return MAX_DURATION_WIRE;
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  const hours = Math.floor(rest / MS_PER_HOUR);
  rest -= hours * MS_PER_HOUR;
  const minutes = Math.floor(rest / MS_PER_MINUTE);
  rest -= minutes * MS_PER_MINUTE;
  // Seconds keep up to 7 decimals (.NET ticks); trailing zeros are dropped.
  const seconds = Number((rest / MS_PER_SECOND).toFixed(7));
  let time = "";
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (seconds) time += `${seconds}S`;
  if (!days && !time) return "PT0S";
  return `P${days ? `${days}D` : ""}${time ? `T${time}` : ""}`;
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
