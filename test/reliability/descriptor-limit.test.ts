import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { ProtocolClient } from "../../src/protocol/client.js";
import { LINUX_VM_CONFIGURATION } from "../support/fixtures.js";
import { startCli, stopCli, type CliService } from "./cli-process.js";
import { until } from "../support/until.js";

const NOFILE = 256;
const NODES = 4;
const SLOTS = 64;
const TASKS = NODES * SLOTS;

let service: CliService | undefined;
let location: string | undefined;

afterAll(async () => {
  if (service) await stopCli(service);
  if (location) await rm(location, { recursive: true, force: true });
});

describe(`the local service limited to ${NOFILE} file descriptors`, () => {
  it(`stays up while ${TASKS} tasks start at once; a task without descriptors fails naming the cause`, async () => {
    location = await mkdtemp(path.join(tmpdir(), "descriptor-limit-"));
    service = await startCli(["--location", location, "--time-scale", "0"], NOFILE);
    const client = new ProtocolClient(
      service.url,
      new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
    );
    await client.pool.add({
      pool: {
        id: "pool-fd",
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
        targetDedicatedNodes: NODES,
        taskSlotsPerNode: SLOTS,
      },
    } as never);
    await client.job.add({ job: { id: "job-fd", poolInfo: { poolId: "pool-fd" } } } as never);
    for (let first = 0; first < TASKS; first += 100)
      await client.task.addCollection({
        jobId: "job-fd",
        taskCollection: {
          value: Array.from({ length: Math.min(100, TASKS - first) }, (_, i) => ({
            id: `t${first + i}`,
            commandLine: "/bin/sh -c 'sleep 3'",
          })),
        },
      } as never);

    // Some tasks cannot open their stdout/stderr; they fail with a failure naming the cause.
    const failed = await until(
      "a task to fail for want of descriptors",
      async () => {
        for await (const t of client.task.list({ jobId: "job-fd" }))
          if (t.executionInfo?.failureInfo?.code === "CommandLaunchFailed") return t;
        return undefined;
      },
      120_000,
      200,
    );
    expect(failed.executionInfo?.failureInfo?.message).toMatch(
      /stdout\.txt|stderr\.txt|could not be started/,
    );
    expect(failed.executionInfo?.failureInfo?.message).toContain("EMFILE");
    // Every task ends: it ran, or it failed with a failure that names why.
    const ended = await until(
      "every task to end",
      async () => {
        const tasks = [];
        for await (const t of client.task.list({ jobId: "job-fd" })) tasks.push(t);
        return tasks.every((t) => t.state === "completed") ? tasks : undefined;
      },
      240_000,
      200,
    );
    expect(ended).toHaveLength(TASKS);
    for (const t of ended)
      if (t.executionInfo?.result !== "success") expect(t.executionInfo?.failureInfo?.message).toBeTruthy();
    // The service is still up and answering.
    expect(service.child.exitCode).toBeNull();
    const { body } = await client.job.get({ jobId: "job-fd" });
    expect(body.id).toBe("job-fd");
  }, 420_000);
});
