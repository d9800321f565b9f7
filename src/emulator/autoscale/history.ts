/**
 * The sampled history of a pool's system variables (`$PendingTasks`, `$RunningTasks`…) that autoscale
 * formulas read through `GetSample`, `Count`, `HistoryBeginTime` and friends.
 * @module
 */
import type { Sample } from "./functions.js";

/** How far back samples are kept: the service's metrics reach back a day. */
export const HISTORY_SPAN_MS = 24 * 60 * 60 * 1000;

/** Samples per pool (case-insensitive id) and variable, oldest first, pruned beyond {@link HISTORY_SPAN_MS}. */
export class SampleHistory {
  private readonly pools = new Map<string, Map<string, Sample[]>>();

  /** Records one sample of each variable at `time` (milliseconds since the epoch). */
  record(poolId: string, time: number, values: Readonly<Record<string, number>>): void {
    const key = poolId.toLowerCase();
    let variables = this.pools.get(key);
    if (!variables) {
      variables = new Map();
      this.pools.set(key, variables);
    }
    for (const [name, value] of Object.entries(values)) {
      let samples = variables.get(name);
      if (!samples) {
        samples = [];
        variables.set(name, samples);
      }
      samples.push({ time, value });
      const stale = samples.findIndex((s) => Number(s.time) >= time - HISTORY_SPAN_MS);
      if (stale > 0) samples.splice(0, stale);
    }
  }

  /** The samples of one variable (name with its `$`), oldest first; empty when none were recorded. */
  samples(poolId: string, name: string): readonly Sample[] {
    return this.pools.get(poolId.toLowerCase())?.get(name) ?? [];
  }

  /** Whether anything was recorded for the pool. */
  has(poolId: string): boolean {
    return this.pools.has(poolId.toLowerCase());
  }

  /** Drops a pool's history (the pool was deleted). */
  forget(poolId: string): void {
    this.pools.delete(poolId.toLowerCase());
  }
}
