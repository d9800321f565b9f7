/**
 * ISO-8601 durations, the wire form of `TimeSpan` values (`PT1H30M`, `P2DT5.5S`): the one parser
 * and formatter of the project, used by the object model's conversions and by the local service's
 * validation, limits and timers. Years and months count as 365 and 30 days, as .NET's `XmlConvert`
 * does; only seconds take a fraction.
 * @module
 */

const MS_PER_SECOND = 1000;
const MS_PER_MINUTE = 60 * MS_PER_SECOND;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;
const MS_PER_DAY = 24 * MS_PER_HOUR;

/** The largest duration the service reports ("unlimited", .NET `TimeSpan.MaxValue`), in milliseconds (nearest double). */
export const MAX_DURATION_MS = 922_337_203_685_477.6;
const MAX_DURATION_WIRE = "P10675199DT2H48M5.4775807S";

// At least one component after `P`, and a digit right after `T` when `T` is present.
const DURATION =
  /^(-)?P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const UNITS = [
  365 * MS_PER_DAY,
  30 * MS_PER_DAY,
  7 * MS_PER_DAY,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  MS_PER_SECOND,
];

/** Milliseconds of an ISO-8601 duration, or `undefined` when `text` is not one. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const match = DURATION.exec(text);
  if (match === null) return undefined;
  if (text === MAX_DURATION_WIRE) return MAX_DURATION_MS;
  let total = 0;
  for (let i = 0; i < UNITS.length; i++)
    if (match[i + 2] !== undefined) total += Number(match[i + 2]) * UNITS[i];
  return match[1] ? -total : total;
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
