/**
 * Added per-request latency: the local service answers as fast as the machine allows, which makes a
 * client that overlaps requests look no better than one that sends them one by one. A fixed delay or
 * one drawn uniformly from a range, applied before each request is processed, restores the cost of a
 * round trip to a remote service.
 * @module
 */
/** A fixed delay in ms, or a range of ms each request draws its delay from (uniformly, inclusive). */
export type LatencyOption =
  | number
  | {
      /** The shortest delay, in ms. */
      readonly min: number;
      /** The longest delay, in ms. */
      readonly max: number;
    };

/**
 * Checks a latency option and turns it into a function that draws one request's delay (ms), or
 * `undefined` when there is no delay to add.
 * @throws RangeError when a delay is negative or not finite, or `min` exceeds `max`.
 */
export function latencySampler(option: LatencyOption | undefined): (() => number) | undefined {
  if (option === undefined) return undefined;
  const { min, max } = typeof option === "number" ? { min: option, max: option } : option;
  if (!(Number.isFinite(min) && Number.isFinite(max) && min >= 0 && max >= min))
    throw new RangeError(`latencyMs must be a non-negative number or { min, max } with min ≤ max`);
  if (max === 0) return undefined;
  return min === max ? () => min : () => min + Math.random() * (max - min);
}

/** Parses the CLI form: `<ms>` or `<min>-<max>`. */
export function parseLatency(text: string): LatencyOption {
  const m = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(text.trim());
  if (!m) throw new RangeError(`--latency must be <ms> or <min>-<max>, not ${text}`);
  const option = m[2] === undefined ? Number(m[1]) : { min: Number(m[1]), max: Number(m[2]) };
  latencySampler(option);
  return option;
}
