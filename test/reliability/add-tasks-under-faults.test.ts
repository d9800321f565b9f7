/**
 * Adding 10,000 tasks while the local Batch service fails 10% of requests with 500/503, drops 2% of
 * connections and answers `servererror` for 5% of the tasks of each add-collection: afterwards the
 * job holds exactly the 10,000 tasks, once each, and the workflow says how many resubmissions it made.
 */
import { EventEmitter } from "eventemitter3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import {
  BatchClient,
  CloudTask,
  ODATADetailLevel,
  RetryPolicyProvider,
  type AddTaskCollectionEvents,
  type AddTaskResubmission,
} from "../../src/objectmodel/index.js";

const TASKS = 10_000;
const JOB = "faulty-adds";
let service: LocalBatchService;
let client: BatchClient;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0, runTasks: false });
  // Quick retries keep the test short; the fault mix is what the issue asks for.
  client = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
    {
      customBehaviors: [RetryPolicyProvider.exponentialRetryProvider(20, 10, 200)],
    },
  );
  await client.jobOperations.createJob(JOB, { poolId: "no-such-pool" }).commit();
  service.faults.configure({
    seed: 8,
    failRequestFraction: 0.1,
    dropConnectionFraction: 0.02,
    taskServerErrorFraction: 0.05,
    retryAfterSeconds: 0,
  });
});

afterAll(async () => {
  await service?.close();
});

describe("add-task workflow under injected faults", () => {
  it("adds every task exactly once and reports its resubmissions", async () => {
    const ids = Array.from({ length: TASKS }, (_, i) => `task-${i}`);
    const events = new EventEmitter<AddTaskCollectionEvents>();
    const resubmitted: AddTaskResubmission[] = [];
    events.on("resubmitted", (r) => resubmitted.push(r));

    const summary = await client.jobOperations.addTask(
      JOB,
      ids.map((id) => new CloudTask(id, "/bin/true")),
      { parallelOptions: { maxDegreeOfParallelism: 8 }, resubmitDelayMs: 10, events },
    );

    const stats = { ...service.faults.stats };
    // The faults really happened, and in roughly the asked-for proportions.
    expect(stats.failedRequests).toBeGreaterThan(0);
    expect(stats.droppedConnections).toBeGreaterThan(0);
    expect(stats.taskServerErrors).toBeGreaterThan(TASKS * 0.03);

    expect(summary.added).toBe(TASKS);
    // Every servererror task went out again, and the workflow counted it.
    expect(summary.resubmissions).toBeGreaterThanOrEqual(stats.taskServerErrors);
    expect(summary.resubmissions).toBe(resubmitted.reduce((n, r) => n + r.taskIds.length, 0));
    expect(summary.requests).toBeGreaterThan(TASKS / 100);
    console.log(
      `added ${summary.added} tasks in ${summary.requests} add-collection requests with ${summary.resubmissions} resubmissions; ` +
        `injected: ${stats.failedRequests} failed requests, ${stats.droppedConnections} dropped connections, ${stats.taskServerErrors} servererror tasks`,
    );

    service.faults.configure({
      failRequestFraction: 0,
      dropConnectionFraction: 0,
      taskServerErrorFraction: 0,
    });
    const listed: string[] = [];
    for await (const task of client.jobOperations.listTasks(
      JOB,
      new ODATADetailLevel({ selectClause: "id" }),
    ))
      listed.push(task.id as string);
    expect(listed).toHaveLength(TASKS);
    expect(new Set(listed).size).toBe(TASKS);
    expect([...listed].sort()).toEqual([...ids].sort());
    const counts = await client.jobOperations.getJobTaskCounts(JOB);
    expect(counts.taskCounts?.active).toBe(TASKS);
  }, 120_000);

  it("counts a resubmitted task the service already holds (lost responses) as added, once", async () => {
    const job = "lost-responses";
    await client.jobOperations.createJob(job, { poolId: "no-such-pool" }).commit();
    service.faults.configure({ seed: 9, loseResponseFraction: 0.1, operations: ["Task_AddCollection"] });
    const ids = Array.from({ length: 2_000 }, (_, i) => `lost-${i}`);
    const summary = await client.jobOperations.addTask(
      job,
      ids.map((id) => new CloudTask(id, "/bin/true")),
      { parallelOptions: { maxDegreeOfParallelism: 4 }, resubmitDelayMs: 10 },
    );
    const lost = service.faults.stats.lostResponses;
    service.faults.configure({ loseResponseFraction: 0 });
    expect(lost).toBeGreaterThan(0);
    expect(summary.added).toBe(ids.length);
    const stored = service.service.store.jobs
      .get(job)
      .tasks.list()
      .map((t) => String(t.data.id));
    expect(new Set(stored).size).toBe(ids.length);
    expect([...stored].sort()).toEqual([...ids].sort());
  }, 60_000);
});
