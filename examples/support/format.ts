/**
 * Console formatting shared by the examples.
 * @module
 */

/** A duration as .NET prints a TimeSpan: `hh:mm:ss`, plus `.fffffff` when there is a fraction. */
export function formatTimeSpan(ms: number): string {
  const whole = Math.floor(ms / 1000);
  const pad = (value: number) => String(value).padStart(2, "0");
  const hms = `${pad(Math.floor(whole / 3600))}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`;
  const fraction = Math.round((ms - whole * 1000) * 10_000);
  return fraction === 0 ? hms : `${hms}.${String(fraction).padStart(7, "0")}`;
}
