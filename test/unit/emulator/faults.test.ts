import { describe, expect, it } from "vitest";
import { seededRandom, streamSeed } from "../../../src/emulator/faults/index.js";
import { resolveFaultOptions } from "../../../src/emulator/faults/options.js";
import { FaultInjector } from "../../../src/emulator/faults/injector.js";

function kinds(injector: FaultInjector, count: number, operationId = "Pool_Get"): string[] {
  return Array.from({ length: count }, () => {
    const fault = injector.requestFault(operationId);
    return fault === undefined ? "ok" : fault.kind === "fail" ? String(fault.error.status) : fault.kind;
  });
}

describe("seeded random", () => {
  it("replays the same sequence for a seed and differs between seeds and streams", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, seededRandom(43))).not.toEqual(first);
    expect(streamSeed(42, 0)).not.toBe(streamSeed(42, 1));
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it("spreads draws evenly", () => {
    const next = seededRandom(7);
    const draws = Array.from({ length: 10_000 }, next);
    const below = draws.filter((x) => x < 0.1).length;
    expect(below).toBeGreaterThan(850);
    expect(below).toBeLessThan(1150);
  });
});

describe("fault options", () => {
  it("defaults to no faults", () => {
    const o = resolveFaultOptions({});
    expect(o).toMatchObject({
      seed: 1,
      failRequestFraction: 0,
      dropConnectionFraction: 0,
      loseResponseFraction: 0,
      taskServerErrorFraction: 0,
      startTaskFailureFraction: 0,
      failStatuses: [500, 503],
      retryAfterSeconds: 1,
    });
    expect(kinds(new FaultInjector(), 100).every((k) => k === "ok")).toBe(true);
  });

  it("rejects bad values with typed errors", () => {
    expect(() => resolveFaultOptions({ failRequestFraction: 1.5 })).toThrow(RangeError);
    expect(() => resolveFaultOptions({ dropConnectionFraction: -0.1 })).toThrow(RangeError);
    expect(() => resolveFaultOptions({ taskServerErrorFraction: "0.1" as never })).toThrow(TypeError);
    expect(() => resolveFaultOptions({ failStatuses: [502 as never] })).toThrow(RangeError);
    expect(() => resolveFaultOptions({ failStatuses: [] })).toThrow(RangeError);
    expect(() => resolveFaultOptions({ retryAfterSeconds: 1.5 })).toThrow(RangeError);
    expect(() => resolveFaultOptions({ seed: 0.5 })).toThrow(TypeError);
    expect(() =>
      resolveFaultOptions({
        failRequestFraction: 0.6,
        dropConnectionFraction: 0.3,
        loseResponseFraction: 0.2,
      }),
    ).toThrow(/add up to at most 1/);
  });
});

describe("FaultInjector", () => {
  const options = {
    seed: 99,
    failRequestFraction: 0.2,
    dropConnectionFraction: 0.1,
    loseResponseFraction: 0.05,
    retryAfterSeconds: 3,
  };

  it("injects the same faults for the same seed, in proportion", () => {
    const first = kinds(new FaultInjector(options), 2000);
    expect(kinds(new FaultInjector(options), 2000)).toEqual(first);
    expect(kinds(new FaultInjector({ ...options, seed: 100 }), 2000)).not.toEqual(first);
    const count = (k: string) => first.filter((x) => x === k).length;
    expect(count("500") + count("503")).toBeGreaterThan(330);
    expect(count("500") + count("503")).toBeLessThan(470);
    expect(count("500")).toBeGreaterThan(0);
    expect(count("503")).toBeGreaterThan(0);
    expect(count("drop")).toBeGreaterThan(140);
    expect(count("drop")).toBeLessThan(260);
    expect(count("loseResponse")).toBeGreaterThan(60);
    expect(count("loseResponse")).toBeLessThan(140);
  });

  it("answers failures with the service's codes and Retry-After, and counts every fault", () => {
    const injector = new FaultInjector({
      ...options,
      failRequestFraction: 1,
      dropConnectionFraction: 0,
      loseResponseFraction: 0,
    });
    const codes = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const fault = injector.requestFault("Job_Get");
      if (fault?.kind !== "fail") throw new Error("expected a failure");
      codes.add(`${fault.error.status} ${fault.error.code}`);
      expect(fault.error.headers["Retry-After"]).toBe("3");
    }
    expect([...codes].sort()).toEqual(["500 InternalError", "503 ServerBusy"]);
    expect(injector.stats.failedRequests).toBe(50);
    expect(injector.stats.droppedConnections).toBe(0);
  });

  it("limits request faults to the listed operations", () => {
    const injector = new FaultInjector({ failRequestFraction: 1, operations: ["Task_AddCollection"] });
    expect(injector.requestFault("Pool_Get")).toBeUndefined();
    expect(injector.requestFault("task_addcollection")?.kind).toBe("fail");
  });

  it("keeps each fault kind on its own stream, and reseeds on configure", () => {
    const a = new FaultInjector({ seed: 5, taskServerErrorFraction: 0.3 });
    const b = new FaultInjector({ seed: 5, taskServerErrorFraction: 0.3, failRequestFraction: 0.5 });
    kinds(b, 10);
    expect(b.taskServerErrors(100)).toEqual(a.taskServerErrors(100));
    a.configure({ seed: 5 });
    const replay = new FaultInjector({ seed: 5, taskServerErrorFraction: 0.3 });
    expect(a.taskServerErrors(20)).toEqual(replay.taskServerErrors(20));
    a.configure({ taskServerErrorFraction: 0 });
    expect(a.taskServerErrors(20).includes(true)).toBe(false);
    expect(a.options.seed).toBe(5);
  });
});
