/**
 * The `azure-batch` 9.0.0 npm client (not written here, api-version 2020-03-01.11.0) runs a whole
 * lifecycle against the local Batch service: it signs with Shared Key, sends the 2020-03 shapes
 * (`maxTasksPerNode`, flat task counts, lifetime statistics) and parses our answers with its own models.
 */
import { SharedKeyCredentials } from "azure-batch";
// The package types its client class as this CommonJS module's default export.
import clientModule from "azure-batch/lib/batchServiceClient.js";

const ServiceClient = clientModule.default;
type ServiceClient = InstanceType<typeof ServiceClient>;
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";
import { pollUntil } from "../../support/service-client.js";

let service: LocalBatchService;
let client: ServiceClient;

/** Polls `probe` until `done` holds, with a deadline generous enough for a loaded machine. */
function until<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  return pollUntil(
    what,
    async () => {
      const value = await probe();
      return done(value) ? value : undefined;
    },
    60_000,
  );
}

/** A task file's content: the client's callback form hands back the download stream itself. */
function download(jobId: string, taskId: string, filePath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stream = client.file.getFromTask(jobId, taskId, filePath, (error: Error | null) => {
      if (error) reject(error);
    }) as unknown as NodeJS.ReadableStream;
    stream.on("data", (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    stream.on("error", reject);
  });
}
beforeAll(async () => {
  service = await startLocalBatchService();
  client = new ServiceClient(new SharedKeyCredentials(service.accountName, service.accountKey), service.url);
});

afterAll(async () => {
  await service.close();
});

describe("the azure-batch 9.0.0 client (api-version 2020-03-01.11.0) against the local Batch service", () => {
  it("creates a pool with maxTasksPerNode and waits for its nodes", async () => {
    await client.pool.add({
      id: "pool9",
      vmSize: "standard_d1_v2",
      virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
      targetDedicatedNodes: 1,
      maxTasksPerNode: 2,
    });
    const pool = await until(
      "pool9 to be steady",
      () => client.pool.get("pool9"),
      (p) => p.allocationState === "steady",
    );
    expect(pool.maxTasksPerNode).toBe(2);
    expect(pool.currentDedicatedNodes).toBe(1);
    const nodes = await until(
      "an idle node",
      () => client.computeNodeOperations.list("pool9"),
      (list) => list.length === 1 && list[0].state === "idle",
    );
    expect(nodes[0].id).toMatch(/^tvmps_/);
    await expect(client.pool.get("missing")).rejects.toMatchObject({ statusCode: 404, code: "PoolNotFound" });
  });

  it("runs node operations", async () => {
    const [node] = await client.computeNodeOperations.list("pool9");
    const nodeId = node.id as string;
    await client.computeNodeOperations.addUser("pool9", nodeId, { name: "alice", password: "pw-Secret1" });
    await client.computeNodeOperations.deleteUser("pool9", nodeId, "alice");
    await client.computeNodeOperations.disableScheduling("pool9", nodeId);
    expect((await client.computeNodeOperations.get("pool9", nodeId)).schedulingState).toBe("disabled");
    await client.computeNodeOperations.enableScheduling("pool9", nodeId);
    expect((await client.computeNodeOperations.get("pool9", nodeId)).schedulingState).toBe("enabled");
  });

  it("runs a job's tasks on the node, counts them flat and reads their files", async () => {
    await client.job.add({ id: "job9", poolInfo: { poolId: "pool9" } });
    await client.task.add("job9", { id: "t1", commandLine: "/bin/sh -c 'echo hello from nine'" });
    await client.task.addCollection("job9", [
      { id: "t2", commandLine: "/bin/sh -c 'exit 3'" },
      { id: "t3", commandLine: "/bin/sh -c 'echo three'" },
    ]);
    const tasks = await until(
      "the tasks to complete",
      () => client.task.list("job9"),
      (list) => list.length === 3 && list.every((t) => t.state === "completed"),
    );
    const byId = new Map(tasks.map((t) => [t.id, t]));
    expect(byId.get("t1")?.executionInfo?.exitCode).toBe(0);
    expect(byId.get("t2")?.executionInfo?.exitCode).toBe(3);
    expect(byId.get("t2")?.executionInfo?.result).toBe("failure");
    const counts = await client.job.getTaskCounts("job9");
    expect(counts).toMatchObject({ active: 0, running: 0, completed: 3, succeeded: 2, failed: 1 });
    const files = await client.file.listFromTask("job9", "t1");
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(["stdout.txt", "stderr.txt"]));
    expect(await download("job9", "t1", "stdout.txt")).toBe("hello from nine\n");
  });

  it("answers lifetime statistics", async () => {
    const jobs = await client.job.getAllLifetimeStatistics();
    // Int64 counts travel as strings, as the service sends them; the client passes them through.
    expect(Number(jobs.numSucceededTasks)).toBe(2);
    expect(Number(jobs.numFailedTasks)).toBe(1);
    const pools = await client.pool.getAllLifetimeStatistics();
    // The client parses durations into moment Durations.
    expect(pools.usageStats?.dedicatedCoreTime?.asMilliseconds()).toBe(0);
  });

  it("creates jobs from a job schedule", async () => {
    await client.jobSchedule.add({
      id: "sched9",
      schedule: {},
      jobSpecification: { poolInfo: { poolId: "pool9" } },
    });
    const schedule = await until(
      "a job of the schedule",
      () => client.jobSchedule.get("sched9"),
      (s) => s.executionInfo?.recentJob?.id !== undefined,
    );
    const jobId = schedule.executionInfo?.recentJob?.id as string;
    expect((await client.job.get(jobId)).poolInfo?.poolId).toBe("pool9");
    await client.jobSchedule.terminate("sched9");
    await client.jobSchedule.deleteMethod("sched9");
  });

  it("deletes the job and the pool", async () => {
    await client.job.deleteMethod("job9");
    await client.pool.deleteMethod("pool9");
    await until(
      "pool9 to be deleted",
      () => client.pool.exists("pool9"),
      (exists) => exists === false,
    );
  });
});
