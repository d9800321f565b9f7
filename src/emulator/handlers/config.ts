/**
 * Service-wide settings the operation handlers read.
 * @module
 */
import type { NodeLogs } from "../node-logs/writer.js";
import type { PoolEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";

/** The outcome of evaluating an autoscale formula: `results` (`$Name=value;…`) or an `error` (`AutoScaleRunError`). */
export interface AutoScaleOutcome {
  readonly results?: string;
  readonly error?: WireObject;
}

/** Evaluates an autoscale formula for a pool (formula evaluation is pluggable: a scheduler supplies it). */
export type AutoScaleEvaluator = (formula: string, pool: PoolEntity, store: Store) => AutoScaleOutcome;

/** What handlers need beyond the request. */
export interface HandlerConfig {
  readonly evaluateAutoScale: AutoScaleEvaluator;
  /** The nodes' own log files, which `uploadbatchservicelogs` uploads. */
  readonly nodeLogs: NodeLogs;
}
