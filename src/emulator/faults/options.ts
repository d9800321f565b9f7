/**
 * Options of the local Batch service's fault injection, and their validation.
 * @module
 */

/** HTTP statuses an injected request failure may answer with. */
export const FAULT_STATUSES = [500, 503] as const;

/** An injected failure status: 500 (`InternalError`) or 503 (`ServerBusy`). */
export type FaultStatus = (typeof FAULT_STATUSES)[number];

/**
 * What to inject. Every fraction is a probability in [0, 1] drawn per request (or per task, per node)
 * from a generator seeded with {@link FaultOptions.seed}; all default to 0, so nothing is injected.
 */
export interface FaultOptions {
  /** Seed of the fault generators (the same seed and the same requests give the same faults); 1 by default. */
  readonly seed?: number;
  /** Requests answered with a 500 / 503 `BatchError` and `Retry-After`, without being processed. */
  readonly failRequestFraction?: number;
  /** Statuses to pick from for failed requests; both by default. */
  readonly failStatuses?: readonly FaultStatus[];
  /** `Retry-After` seconds on failed requests; 1 by default. */
  readonly retryAfterSeconds?: number;
  /** Requests whose connection is destroyed before the request is processed (nothing changes). */
  readonly dropConnectionFraction?: number;
  /** Requests that are processed, then lose their response (the connection is destroyed instead). */
  readonly loseResponseFraction?: number;
  /** Tasks of an add-collection answered with a `servererror` result (those tasks are not added). */
  readonly taskServerErrorFraction?: number;
  /** Nodes whose start task fails each time it runs (on joining the pool, after a reboot or reimage). */
  readonly startTaskFailureFraction?: number;
  /** Operation ids (e.g. `Task_AddCollection`) request faults apply to; all operations by default. */
  readonly operations?: readonly string[];
}

/** {@link FaultOptions} with every default filled in. */
export interface ResolvedFaultOptions {
  /** Seed of the fault generators. */
  readonly seed: number;
  /** Share of requests answered with an injected 500 / 503. */
  readonly failRequestFraction: number;
  /** Statuses failed requests pick from (never empty). */
  readonly failStatuses: readonly FaultStatus[];
  /** `Retry-After` seconds on failed requests. */
  readonly retryAfterSeconds: number;
  /** Share of requests whose connection is dropped before processing. */
  readonly dropConnectionFraction: number;
  /** Share of requests processed whose response is then lost. */
  readonly loseResponseFraction: number;
  /** Share of add-collection tasks answered with `servererror`. */
  readonly taskServerErrorFraction: number;
  /** Share of nodes whose start task always fails. */
  readonly startTaskFailureFraction: number;
  /** Operation ids request faults are limited to, lower-cased; absent means every operation. */
  readonly operations?: ReadonlySet<string>;
}

const FRACTIONS = [
  "failRequestFraction",
  "dropConnectionFraction",
  "loseResponseFraction",
  "taskServerErrorFraction",
  "startTaskFailureFraction",
] as const;

type FractionName = (typeof FRACTIONS)[number];

function fraction(name: FractionName, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new TypeError(`faults.${name} must be a number.`);
  if (value < 0 || value > 1) throw new RangeError(`faults.${name} must be between 0 and 1.`);
  return value;
}

/** Checks options (merged over `base`) and fills in defaults; throws TypeError / RangeError on bad values. */
export function resolveFaultOptions(
  options: FaultOptions,
  base?: ResolvedFaultOptions,
): ResolvedFaultOptions {
  const seed = options.seed ?? base?.seed ?? 1;
  if (!Number.isSafeInteger(seed)) throw new TypeError("faults.seed must be an integer.");
  const failStatuses = options.failStatuses ?? base?.failStatuses ?? FAULT_STATUSES;
  if (
    !Array.isArray(failStatuses) ||
    failStatuses.length === 0 ||
    failStatuses.some((s) => !(FAULT_STATUSES as readonly number[]).includes(s))
  ) {
    throw new RangeError("faults.failStatuses must list one or more of 500 and 503.");
  }
  const retryAfterSeconds = options.retryAfterSeconds ?? base?.retryAfterSeconds ?? 1;
  if (!Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0)
    throw new RangeError("faults.retryAfterSeconds must be a non-negative integer.");
  const fractions = {} as Record<FractionName, number>;
  for (const name of FRACTIONS) fractions[name] = fraction(name, options[name] ?? base?.[name] ?? 0);
  if (fractions.failRequestFraction + fractions.dropConnectionFraction + fractions.loseResponseFraction > 1)
    throw new RangeError("The request fault fractions must add up to at most 1.");
  if (options.operations !== undefined && !Array.isArray(options.operations))
    throw new TypeError("faults.operations must be an array of operation ids.");
  return {
    seed,
    failStatuses: [...failStatuses],
    retryAfterSeconds,
    ...fractions,
    operations: options.operations
      ? new Set(options.operations.map((o) => o.toLowerCase()))
      : base?.operations,
  };
}
