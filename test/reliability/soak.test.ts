/**
 * Soak: 32 concurrent clients run the mixed workload of `test/support/soak-workload.ts` against one
 * local Batch service that fails 2% of requests with an injected 500/503, for `SOAK_SECONDS` (60 by
 * default; lower it for quick local runs). Retries are off, so the only errors allowed are exactly the
 * injected ones, and every acknowledged write is there. Throughput, latency and heap are figures of
 * `npm run bench`, not assertions: they depend on the machine's load.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import { runSoak, SOAK_OPERATIONS } from "../support/soak-workload.js";

const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const CLIENTS = 32;

let service: LocalBatchService;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0, runTasks: false });
});

afterAll(async () => {
  await service?.close();
});

describe(`soak: ${CLIENTS} concurrent clients for ${SECONDS} s`, () => {
  it(
    "sees only injected errors and leaves nothing behind",
    async () => {
      const { latencies, injectedSeen, unexpected } = await runSoak(service, {
        clients: CLIENTS,
        seconds: SECONDS,
        failFraction: 0.02,
      });

      expect(unexpected.map((e) => String(e))).toEqual([]);
      expect(service.faults.stats.failedRequests).toBeGreaterThan(0);
      expect(injectedSeen).toBeGreaterThan(0);
      expect(injectedSeen).toBeLessThanOrEqual(service.faults.stats.failedRequests);
      for (const name of SOAK_OPERATIONS) expect(latencies[name].length).toBeGreaterThan(0);
      // Each client deleted its job at the end (a delete finishes in the background): nothing is left.
      await vi.waitFor(() => expect(service.service.store.jobs.size).toBe(0), {
        timeout: 60_000,
        interval: 100,
      });
    },
    (SECONDS + 120) * 1000,
  );
});
