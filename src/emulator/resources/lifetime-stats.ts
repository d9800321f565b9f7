/**
 * Account-wide lifetime statistics, which api-versions before 2023-05-01.17.0 serve
 * (`GET /lifetimepoolstats`, `GET /lifetimejobstats`). The emulator measures no resource usage, so
 * times and I/O are zero; the task counts add up the jobs the account holds now.
 * @module
 */
import type { WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { zeroUsageStats } from "./common.js";
import { jobStats } from "./jobs.js";

/** When the account's statistics begin: its oldest pool or job, or now when it has neither. */
function statsStart(store: Store): string {
  const times = [...store.pools.list(), ...store.jobs.list()].map((e) => String(e.data.creationTime));
  return times.length > 0 ? times.sort()[0] : store.now().toISOString();
}

/** The account's pool statistics (usage only: the service has no resource statistics to give). */
export function lifetimePoolStats(store: Store, baseUrl: string): WireObject {
  const start = statsStart(store);
  const now = store.now().toISOString();
  return {
    url: `${baseUrl}/lifetimepoolstats`,
    startTime: start,
    lastUpdateTime: now,
    usageStats: { startTime: start, lastUpdateTime: now, dedicatedCoreTime: "PT0S" },
  };
}

const COUNTS = ["numSucceededTasks", "numFailedTasks", "numTaskRetries"] as const;

/** The account's job statistics: every job's task counts added up. */
export function lifetimeJobStats(store: Store, baseUrl: string): WireObject {
  const totals: Record<string, number> = Object.fromEntries(COUNTS.map((key) => [key, 0]));
  for (const job of store.jobs.list()) {
    const stats = jobStats(store, job, baseUrl);
    for (const key of COUNTS) totals[key] += Number(stats[key]);
  }
  const wire = zeroUsageStats(store, baseUrl, statsStart(store), totals);
  return { ...wire, url: `${baseUrl}/lifetimejobstats` };
}
