/**
 * The official `@azure/batch` 10.x client (not written here) drives the local Batch service: it
 * signs with Shared Key, sends api-version 2022-10-01.16.0 and parses our answers with its own models.
 */
import { BatchServiceClient, BatchSharedKeyCredentials } from "@azure/batch";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, setTaskState, type LocalBatchService } from "../../../src/emulator/index.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";

let service: LocalBatchService;
let client: BatchServiceClient;

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error("condition not reached in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  // Tasks stay `active` so the REST surface is checked on a frozen state; task files are planted by hand.
  service = await startLocalBatchService({ runTasks: false });
  client = new BatchServiceClient(
    new BatchSharedKeyCredentials(service.accountName, service.accountKey),
    service.url,
  );
});

afterAll(async () => {
  await service.close();
});

const vmConfig = LINUX_VM_CONFIGURATION;

describe("the official @azure/batch client against the local Batch service", () => {
  it("creates a pool, waits for its nodes, resizes it and lists nodes", async () => {
    await client.pool.add({
      id: "pool-a",
      vmSize: "standard_d1_v2",
      virtualMachineConfiguration: vmConfig,
      targetDedicatedNodes: 2,
    });
    const pool = await until(
      () => client.pool.get("pool-a"),
      (p) => p.allocationState === "steady",
    );
    expect(pool.currentDedicatedNodes).toBe(2);
    expect(pool.eTag).toMatch(/^0x[0-9A-F]+$/);
    const nodes = await client.computeNode.list("pool-a");
    expect(nodes).toHaveLength(2);
    expect(nodes[0].id).toMatch(/^tvmps_[0-9a-f]{64}_d$/);
    expect(nodes[0].state).toBe("idle");
    await client.pool.resize("pool-a", { targetDedicatedNodes: 1, nodeDeallocationOption: "taskcompletion" });
    await until(
      () => client.computeNode.list("pool-a"),
      (list) => list.length === 1,
    );
    expect((await client.pool.exists("pool-a")).body).toBe(true);
    expect((await client.pool.exists("no-such-pool")).body).toBe(false);
  });

  it("refuses a duplicate pool id case-insensitively with PoolExists", async () => {
    await expect(
      client.pool.add({ id: "POOL-A", vmSize: "standard_d1_v2", virtualMachineConfiguration: vmConfig }),
    ).rejects.toMatchObject({
      statusCode: 409,
      code: "PoolExists",
    });
  });

  it("patches a pool and returns 404 PoolNotFound for unknown pools", async () => {
    await client.pool.patch("pool-a", { metadata: [{ name: "k", value: "v" }] });
    const pool = await client.pool.get("pool-a");
    expect(pool.metadata).toEqual([{ name: "k", value: "v" }]);
    await expect(client.pool.get("missing")).rejects.toMatchObject({ statusCode: 404, code: "PoolNotFound" });
  });

  it("adds a job and tasks, lists them with filter, select and paging", async () => {
    await client.job.add({ id: "job-a", poolInfo: { poolId: "pool-a" }, priority: 10 });
    await client.task.add("job-a", { id: "t0", commandLine: "/bin/true" });
    const tasks = Array.from({ length: 30 }, (_, i) => ({ id: `t${i + 1}`, commandLine: `echo ${i}` }));
    const result = await client.task.addCollection("job-a", tasks.slice(0, 100));
    expect(result.value?.every((r) => r.status === "success")).toBe(true);
    const dup = await client.task.addCollection("job-a", [
      { id: "t1", commandLine: "x" },
      { id: "fresh", commandLine: "x" },
    ]);
    expect(dup.value?.map((r) => [r.taskId, r.status, r.error?.code])).toEqual([
      ["t1", "clienterror", "TaskExists"],
      ["fresh", "success", undefined],
    ]);

    const page1 = await client.task.list("job-a", {
      taskListOptions: { maxResults: 10, select: "id,state" },
    });
    expect(page1).toHaveLength(10);
    expect(Object.keys(page1[0]).sort()).toEqual(["id", "state"]);
    expect(page1.odatanextLink).toBeDefined();
    // Items added between pages do not shift the next page.
    await client.task.add("job-a", { id: "late", commandLine: "x" });
    const page2 = await client.task.listNext(page1.odatanextLink as string);
    expect(page2[0].id).toBe("t10");

    const filtered = await client.task.list("job-a", { taskListOptions: { filter: "startswith(id, 't2')" } });
    expect(filtered.map((t) => t.id)).toEqual(["t2", ...Array.from({ length: 10 }, (_, i) => `t${20 + i}`)]);

    await expect(client.task.list("job-a", { taskListOptions: { filter: "id eq" } })).rejects.toMatchObject({
      statusCode: 400,
      code: "InvalidQueryParameterValue",
    });

    const counts = await client.job.getTaskCounts("job-a");
    expect(counts.taskCounts.active).toBe(33);
  });

  it("updates, terminates and deletes tasks and jobs", async () => {
    await client.task.update("job-a", "t0", { constraints: { maxTaskRetryCount: 3 } });
    expect((await client.task.get("job-a", "t0")).constraints?.maxTaskRetryCount).toBe(3);
    await client.task.terminate("job-a", "t0");
    const t0 = await client.task.get("job-a", "t0");
    expect(t0.state).toBe("completed");
    await client.task.reactivate("job-a", "t0");
    expect((await client.task.get("job-a", "t0")).state).toBe("active");
    await client.task.deleteMethod("job-a", "t1");
    await expect(client.task.get("job-a", "t1")).rejects.toMatchObject({
      statusCode: 404,
      code: "TaskNotFound",
    });

    await client.job.patch("job-a", { priority: 100 });
    expect((await client.job.get("job-a")).priority).toBe(100);
    await client.job.disable("job-a", "requeue");
    await until(
      () => client.job.get("job-a"),
      (j) => j.state === "disabled",
    );
    await client.job.enable("job-a");
    await until(
      () => client.job.get("job-a"),
      (j) => j.state === "active",
    );
    await client.job.terminate("job-a", { jobTerminateOptions: {} });
    const job = await until(
      () => client.job.get("job-a"),
      (j) => j.state === "completed",
    );
    expect(job.executionInfo?.terminateReason).toBe("UserTerminate");
    await expect(client.task.add("job-a", { id: "after", commandLine: "x" })).rejects.toMatchObject({
      statusCode: 409,
      code: "JobCompleted",
    });
    await client.job.deleteMethod("job-a");
    expect((await client.job.get("job-a")).state).toBe("deleting");
    await until(
      () => client.job.list(),
      (list) => !list.some((j) => j.id === "job-a"),
    );
  });

  it("reads task files written on the node (with ocp-range)", async () => {
    await client.job.add({ id: "job-files", poolInfo: { poolId: "pool-a" } });
    await client.task.add("job-files", { id: "t", commandLine: "echo hello" });
    const { store } = service.service;
    const [node] = store.pools.get("pool-a").nodes.list();
    const job = store.jobs.get("job-files");
    const task = job.tasks.get("t");
    setTaskState(store, job, task, "completed", { exitCode: 0, result: "success" });
    task.data.nodeInfo = { poolId: "pool-a", nodeId: node.data.id };
    const dir = store.taskDirectory(job, task) as string;
    mkdirSync(`${dir}/wd`, { recursive: true });
    writeFileSync(`${dir}/stdout.txt`, "hello world\n");
    mkdirSync(dirname(`${dir}/stderr.txt`), { recursive: true });
    writeFileSync(`${dir}/stderr.txt`, "");

    const files = await client.file.listFromTask("job-files", "t");
    expect(files.map((f) => f.name).sort()).toEqual(["stderr.txt", "stdout.txt", "wd"]);
    const props = await client.file.getPropertiesFromTask("job-files", "t", "stdout.txt");
    expect(props.contentLength).toBe(12);
    // The service sends .NET-style booleans in this header ("False"); the client passes them through.
    expect(String(props.ocpBatchFileIsdirectory)).toBe("False");
    const response = await client.file.getFromTask("job-files", "t", "stdout.txt", {
      fileGetFromTaskOptions: { ocpRange: "bytes=0-4" },
    });
    const text = await new Promise<string>((resolveText) => {
      let data = "";
      response.readableStreamBody?.on("data", (c: Buffer) => (data += c.toString()));
      response.readableStreamBody?.on("end", () => resolveText(data));
    });
    expect(text).toBe("hello");
    // For streamed operations this client does not read error bodies; the status is what it checks.
    await expect(client.file.getFromTask("job-files", "t", "nope.txt")).rejects.toMatchObject({
      statusCode: 404,
    });
    await client.file.deleteFromTask("job-files", "t", "stdout.txt");
    await expect(client.file.getPropertiesFromTask("job-files", "t", "stdout.txt")).rejects.toMatchObject({
      statusCode: 404,
    });
  });

  it("runs node operations", async () => {
    const [node] = await client.computeNode.list("pool-a");
    const nodeId = node.id as string;
    await client.computeNode.addUser("pool-a", nodeId, { name: "alice", password: "secret" });
    await expect(client.computeNode.addUser("pool-a", nodeId, { name: "alice" })).rejects.toMatchObject({
      statusCode: 409,
      code: "NodeUserExists",
    });
    await client.computeNode.updateUser("pool-a", nodeId, "alice", { password: "other" });
    await client.computeNode.deleteUser("pool-a", nodeId, "alice");
    const login = await client.computeNode.getRemoteLoginSettings("pool-a", nodeId);
    expect(login.remoteLoginPort).toBeGreaterThan(0);
    await client.computeNode.disableScheduling("pool-a", nodeId);
    expect((await client.computeNode.get("pool-a", nodeId)).schedulingState).toBe("disabled");
    await client.computeNode.enableScheduling("pool-a", nodeId);
    await client.computeNode.reboot("pool-a", nodeId);
    expect((await client.computeNode.get("pool-a", nodeId)).state).toBe("rebooting");
    await until(
      () => client.computeNode.get("pool-a", nodeId),
      (n) => n.state === "idle",
    );
    await expect(client.computeNode.get("pool-a", "tvmps_missing")).rejects.toMatchObject({
      statusCode: 404,
      code: "NodeNotFound",
    });
  });

  it("creates jobs from a job schedule", async () => {
    await client.jobSchedule.add({
      id: "sched",
      schedule: { recurrenceInterval: "PT1M" },
      jobSpecification: { poolInfo: { poolId: "pool-a" } },
    });
    const jobs = await until(
      () => client.job.listFromJobSchedule("sched"),
      (list) => list.length >= 1,
    );
    expect(jobs[0].id).toBe("sched:job-1");
    const schedule = await client.jobSchedule.get("sched");
    expect(schedule.executionInfo?.recentJob?.id).toBe("sched:job-1");
    expect((await client.jobSchedule.exists("sched")).body).toBe(true);
    await client.jobSchedule.terminate("sched");
    await until(
      () => client.jobSchedule.get("sched"),
      (s) => s.state === "completed",
    );
  });

  it("deletes a pool through the deleting state", async () => {
    await client.pool.deleteMethod("pool-a");
    expect((await client.pool.get("pool-a")).state).toBe("deleting");
    await expect(client.pool.resize("pool-a", { targetDedicatedNodes: 3 })).rejects.toMatchObject({
      statusCode: 409,
      code: "PoolBeingDeleted",
    });
    await until(
      () => client.pool.exists("pool-a"),
      (exists) => !exists.body,
    );
  });
});
