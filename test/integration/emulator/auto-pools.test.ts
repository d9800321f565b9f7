import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  startLocalBatchService,
  type LocalBatchService,
  type LocalBatchServiceOptions,
} from "../../../src/emulator/index.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";
import { signedRequest, type RawResponse } from "./support.js";

const started: LocalBatchService[] = [];
const locations: string[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
  for (const dir of locations.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(options: LocalBatchServiceOptions = {}): Promise<LocalBatchService> {
  const service = await startLocalBatchService({ timeScale: 0, ...options });
  started.push(service);
  return service;
}

function autoPool(extra: Record<string, unknown> = {}, pool: Record<string, unknown> = {}) {
  return {
    autoPoolSpecification: {
      autoPoolIdPrefix: "ap",
      poolLifetimeOption: "job",
      pool: {
        vmSize: "standard_d1_v2",
        virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
        targetDedicatedNodes: 1,
        ...pool,
      },
      ...extra,
    },
  };
}

/** Polls `read` until `done` holds (generous deadline: the machine may be loaded). */
async function until(
  read: () => Promise<RawResponse>,
  done: (r: RawResponse) => boolean,
  what: string,
): Promise<RawResponse> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const response = await read();
    if (done(response)) return response;
    if (Date.now() > deadline) throw new Error(`${what}: last answer ${response.status} ${response.text}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function jobPoolId(service: LocalBatchService, jobId: string): Promise<string> {
  const job = await until(
    () => signedRequest(service, "GET", `/jobs/${jobId}`),
    (r) => r.status === 200 && r.body.executionInfo?.poolId !== undefined,
    `pool of ${jobId}`,
  );
  return String(job.body.executionInfo.poolId);
}

const gone = (service: LocalBatchService, poolId: string) =>
  until(
    () => signedRequest(service, "GET", `/pools/${poolId}`),
    (r) => r.status === 404,
    `${poolId} gone`,
  );

describe("auto pools on the local service", () => {
  it("creates <prefix>_<GUID> for a job, runs its tasks there, lists it, and deletes it when the job ends", async () => {
    const service = await start();
    const add = await signedRequest(service, "POST", "/jobs", { body: { id: "aj", poolInfo: autoPool() } });
    expect(add.status).toBe(201);
    const poolId = await jobPoolId(service, "aj");
    expect(poolId).toMatch(/^ap_[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    const job = await signedRequest(service, "GET", "/jobs/aj");
    expect(job.body.poolInfo.autoPoolSpecification.autoPoolIdPrefix).toBe("ap");
    const pools = await signedRequest(service, "GET", "/pools");
    expect(pools.body.value.map((p: { id: string }) => p.id)).toEqual([poolId]);
    expect(pools.body.value[0]).toMatchObject({ vmSize: "standard_d1_v2", targetDedicatedNodes: 1 });

    expect(
      (
        await signedRequest(service, "POST", "/jobs/aj/tasks", {
          body: { id: "t", commandLine: "/bin/true" },
        })
      ).status,
    ).toBe(201);
    const task = await until(
      () => signedRequest(service, "GET", "/jobs/aj/tasks/t"),
      (r) => r.body?.state === "completed",
      "task completes",
    );
    expect(task.body.executionInfo.exitCode).toBe(0);
    expect(task.body.nodeInfo.poolId).toBe(poolId);

    expect((await signedRequest(service, "POST", "/jobs/aj/terminate")).status).toBe(202);
    await gone(service, poolId);
  });

  it("deletes the pool with its deleted job, but keeps it with keepAlive", async () => {
    const service = await start();
    await signedRequest(service, "POST", "/jobs", { body: { id: "short", poolInfo: autoPool() } });
    await signedRequest(service, "POST", "/jobs", {
      body: { id: "kept", poolInfo: autoPool({ keepAlive: true }) },
    });
    const shortPool = await jobPoolId(service, "short");
    const keptPool = await jobPoolId(service, "kept");
    expect(shortPool).not.toBe(keptPool);
    expect((await signedRequest(service, "DELETE", "/jobs/short")).status).toBe(202);
    expect((await signedRequest(service, "DELETE", "/jobs/kept")).status).toBe(202);
    await gone(service, shortPool);
    await until(
      () => signedRequest(service, "GET", "/jobs/kept"),
      (r) => r.status === 404,
      "kept job gone",
    );
    // The pool's lifetime ended with the job's removal: a pool that was not kept is deleting by now.
    const kept = await signedRequest(service, "GET", `/pools/${keptPool}`);
    expect(kept.status).toBe(200);
    expect(kept.body.state).toBe("active");
  });

  it("shares one pool between a schedule's jobs (jobschedule lifetime) until the schedule is deleted", async () => {
    // A minute's recurrence lasts 60 ms here.
    const service = await start({ timeScale: 0.001, runTasks: false });
    const add = await signedRequest(service, "POST", "/jobschedules", {
      body: {
        id: "sched",
        schedule: { recurrenceInterval: "PT1M" },
        jobSpecification: {
          poolInfo: autoPool({ poolLifetimeOption: "jobschedule", autoPoolIdPrefix: "sp" }),
        },
      },
    });
    expect(add.status).toBe(201);
    const first = await jobPoolId(service, "sched:job-1");
    expect(first).toMatch(/^sp_/);
    await signedRequest(service, "POST", "/jobs/sched:job-1/terminate");
    await until(
      () => signedRequest(service, "GET", "/jobs/sched:job-1"),
      (r) => r.body?.state === "completed",
      "first job completes",
    );
    // The job's end is not the pool's: the schedule's next job gets the same pool.
    expect((await signedRequest(service, "GET", `/pools/${first}`)).body.state).toBe("active");
    expect(await jobPoolId(service, "sched:job-2")).toBe(first);
    expect((await signedRequest(service, "DELETE", "/jobschedules/sched")).status).toBe(202);
    await gone(service, first);
  });

  it("gives every job of a schedule its own pool with the job lifetime", async () => {
    const service = await start({ timeScale: 0.001, runTasks: false });
    await signedRequest(service, "POST", "/jobschedules", {
      body: {
        id: "each",
        schedule: { recurrenceInterval: "PT1M" },
        jobSpecification: { poolInfo: autoPool() },
      },
    });
    const first = await jobPoolId(service, "each:job-1");
    await signedRequest(service, "POST", "/jobs/each:job-1/terminate");
    await gone(service, first);
    const second = await jobPoolId(service, "each:job-2");
    expect(second).not.toBe(first);
  });

  it("keeps the job's auto pool across a restart on the same location, and still ends it with the job", async () => {
    const location = mkdtempSync(join(tmpdir(), "azbatch-autopool-"));
    locations.push(location);
    const before = await startLocalBatchService({ timeScale: 0, location, runTasks: false });
    await signedRequest(before, "POST", "/jobs", { body: { id: "durable", poolInfo: autoPool() } });
    const poolId = await jobPoolId(before, "durable");
    await before.close();

    const after = await start({ location, runTasks: false });
    expect((await signedRequest(after, "GET", `/pools/${poolId}`)).status).toBe(200);
    expect((await signedRequest(after, "GET", "/jobs/durable")).body.executionInfo.poolId).toBe(poolId);
    await signedRequest(after, "POST", "/jobs/durable/terminate");
    await gone(after, poolId);
  });

  it("completes the job with a scheduling error when its pool cannot be created", async () => {
    const service = await start();
    // Autoscale without a formula: the pool add the service makes for the job is refused.
    await signedRequest(service, "POST", "/jobs", {
      body: {
        id: "broken",
        poolInfo: autoPool({}, { targetDedicatedNodes: undefined, enableAutoScale: true }),
      },
    });
    const job = await signedRequest(service, "GET", "/jobs/broken");
    expect(job.body.state).toBe("completed");
    expect(job.body.executionInfo.schedulingError).toMatchObject({
      category: "usererror",
      code: "MissingRequiredProperty",
    });
    expect((await signedRequest(service, "GET", "/pools")).body.value).toEqual([]);
  });

  it("refuses a prefix over 20 characters and the jobschedule lifetime on a job", async () => {
    const service = await start();
    const long = await signedRequest(service, "POST", "/jobs", {
      body: { id: "long", poolInfo: autoPool({ autoPoolIdPrefix: "p".repeat(21) }) },
    });
    expect(long.status).toBe(400);
    expect(long.body.code).toBe("InvalidPropertyValue");
    expect(long.body.values).toContainEqual({
      key: "PropertyName",
      value: "poolInfo.autoPoolSpecification.autoPoolIdPrefix",
    });
    const lifetime = await signedRequest(service, "POST", "/jobs", {
      body: { id: "life", poolInfo: autoPool({ poolLifetimeOption: "jobschedule" }) },
    });
    expect(lifetime.status).toBe(400);
    expect(lifetime.body.values).toContainEqual({
      key: "PropertyName",
      value: "poolInfo.autoPoolSpecification.poolLifetimeOption",
    });
    expect((await signedRequest(service, "GET", "/pools")).body.value).toEqual([]);
  });
});
