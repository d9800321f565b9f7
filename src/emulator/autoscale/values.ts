/**
 * Runtime values of the autoscale language and how the service prints them in `autoScaleRun.results`.
 * @module
 */

/** A value during evaluation. Times are milliseconds: `timestamp` since the epoch, `timeinterval` a span. */
export type Value =
  | { readonly type: "double"; readonly value: number }
  | { readonly type: "doubleVec"; readonly value: readonly number[] }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "timestamp"; readonly value: number }
  | { readonly type: "timeinterval"; readonly value: number }
  /** A service-sampled system variable such as `$PendingTasks`: read through its methods. */
  | { readonly type: "sampled"; readonly name: string };

/** Builds a double. */
export const double = (value: number): Value => ({ type: "double", value });
/** Builds a double from a condition: 1 for true, 0 for false. */
export const truth = (condition: boolean): Value => double(condition ? 1 : 0);

const MINUTE = 60_000;
/** The named time-interval constants, in milliseconds. */
export const TIME_INTERVALS: Readonly<Record<string, number>> = {
  timeinterval_zero: 0,
  timeinterval_100ns: 1e-4,
  timeinterval_microsecond: 1e-3,
  timeinterval_millisecond: 1,
  timeinterval_second: 1000,
  timeinterval_minute: MINUTE,
  timeinterval_hour: 60 * MINUTE,
  timeinterval_day: 24 * 60 * MINUTE,
  timeinterval_week: 7 * 24 * 60 * MINUTE,
  timeinterval_year: 365 * 24 * 60 * MINUTE,
};

function pad(n: number, width = 2): string {
  return String(Math.floor(n)).padStart(width, "0");
}

/** A span as .NET prints a TimeSpan: `[-][d.]hh:mm:ss[.fffffff]`. */
export function formatInterval(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const ticks = Math.round(Math.abs(ms) * 10_000);
  const totalSeconds = Math.floor(ticks / 10_000_000);
  const fraction = ticks % 10_000_000;
  const days = Math.floor(totalSeconds / 86_400);
  const clock = `${pad((totalSeconds % 86_400) / 3600)}:${pad((totalSeconds % 3600) / 60)}:${pad(totalSeconds % 60)}`;
  return `${sign}${days ? `${days}.` : ""}${clock}${fraction ? `.${pad(fraction, 7)}` : ""}`;
}

/** The text of a value in `autoScaleRun.results`. */
export function formatValue(value: Value): string {
  switch (value.type) {
    case "double":
      return String(value.value);
    case "doubleVec":
      return `[${value.value.join(",")}]`;
    case "string":
      return value.value;
    case "timestamp":
      return new Date(value.value).toISOString();
    case "timeinterval":
      return formatInterval(value.value);
    case "sampled":
      return value.name;
  }
}
