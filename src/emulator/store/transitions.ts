/**
 * Emulated durations of the service's asynchronous transitions: how long a pool stays `resizing`,
 * a job `disabling`, a node `rebooting`… Each is configurable; the defaults are long enough for a
 * client polling about once a second to see every transitional state.
 * @module
 */

/** How long each transitional state lasts, in milliseconds at time scale 1 (scaled by `timeScale`). */
export interface TransitionDurations {
  /** A pool `resizing` (resize, remove-nodes) or `stopping` (stop-resize) before it is `steady` again. */
  readonly resize: number;
  /** A pool, job, job schedule or certificate `deleting` before it is gone. */
  readonly delete: number;
  /** A job `disabling` / `enabling` / `terminating`, a job schedule `terminating`. */
  readonly job: number;
  /** A node `rebooting` / `reimaging` / `starting` (after start) / `deallocating`. */
  readonly node: number;
  /** A node `leavingpool` before it leaves the pool. */
  readonly nodeLeave: number;
  /** A new node `creating` (with `initialNodeState: "creating"`) before it starts. */
  readonly nodeCreating: number;
  /** A node `starting` before it has booted (start task launched, or `idle`). */
  readonly nodeStarting: number;
}

/** The default durations: at least a second each, so a polling client sees the state at least once. */
export const DEFAULT_TRANSITION_DURATIONS: Readonly<TransitionDurations> = {
  resize: 2000,
  delete: 2000,
  job: 1000,
  node: 1000,
  nodeLeave: 1000,
  nodeCreating: 1000,
  nodeStarting: 1000,
};

/** The defaults with the durations given replaced; a `RangeError` names a negative or non-finite one. */
export function resolveTransitionDurations(given: Partial<TransitionDurations> = {}): TransitionDurations {
  const resolved: Record<string, number> = { ...DEFAULT_TRANSITION_DURATIONS };
  for (const [name, value] of Object.entries(given)) {
    if (!(name in DEFAULT_TRANSITION_DURATIONS))
      throw new RangeError(
        `Unknown transition "${name}"; known: ${Object.keys(DEFAULT_TRANSITION_DURATIONS).join(", ")}`,
      );
    if (value === undefined) continue;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
      throw new RangeError(`The duration of transition "${name}" must be a non-negative number of ms`);
    resolved[name] = value;
  }
  return resolved as unknown as TransitionDurations;
}
