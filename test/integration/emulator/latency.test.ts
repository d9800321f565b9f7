/** The `latencyMs` option: every request waits its delay before it is processed. */
import { afterAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { latencySampler, parseLatency } from "../../../src/emulator/http/latency.js";
import { signedRequest } from "./support.js";

const services: LocalBatchService[] = [];
afterAll(() => Promise.all(services.map((s) => s.close())));

async function start(latencyMs: number | { min: number; max: number }): Promise<LocalBatchService> {
  const service = await startLocalBatchService({ runTasks: false, latencyMs });
  services.push(service);
  return service;
}

/** Wall-clock duration of one request (only ever compared as a lower bound). */
async function timed(service: LocalBatchService, method: string, path: string, body?: unknown) {
  const started = performance.now();
  const answer = await signedRequest(service, method, path, { body });
  return { answer, ms: performance.now() - started };
}

describe("latencyMs", () => {
  it("delays every answer, writes included, by at least the fixed delay", async () => {
    const service = await start(300);
    const add = await timed(service, "POST", "/jobs", { id: "slow", poolInfo: { poolId: "p" } });
    expect(add.answer.status).toBe(201);
    expect(add.ms).toBeGreaterThanOrEqual(299);
    const get = await timed(service, "GET", "/jobs/slow");
    expect(get.answer.status).toBe(200);
    expect(get.ms).toBeGreaterThanOrEqual(299);
  });

  it("delays each request by at least the lower end of a range", async () => {
    const service = await start({ min: 200, max: 250 });
    const { answer, ms } = await timed(service, "GET", "/jobs");
    expect(answer.status).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(199);
  });

  it("draws each delay from the range", () => {
    const sample = latencySampler({ min: 10, max: 20 }) as () => number;
    for (let i = 0; i < 1000; i++) {
      const ms = sample();
      expect(ms).toBeGreaterThanOrEqual(10);
      expect(ms).toBeLessThanOrEqual(20);
    }
    expect(latencySampler(0)).toBeUndefined();
    expect(latencySampler(undefined)).toBeUndefined();
  });

  it("refuses negative delays and inverted ranges", async () => {
    await expect(startLocalBatchService({ latencyMs: -1 })).rejects.toThrow(RangeError);
    await expect(startLocalBatchService({ latencyMs: { min: 5, max: 1 } })).rejects.toThrow(RangeError);
    await expect(startLocalBatchService({ latencyMs: Number.NaN })).rejects.toThrow(RangeError);
  });

  it("parses the command-line forms", () => {
    expect(parseLatency("50")).toBe(50);
    expect(parseLatency("20-80")).toEqual({ min: 20, max: 80 });
    expect(() => parseLatency("fast")).toThrow(RangeError);
    expect(() => parseLatency("80-20")).toThrow(RangeError);
  });
});
