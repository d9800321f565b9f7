import { writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { RECENT_TASKS_LIMIT } from "../../../src/emulator/resources/recent-tasks.js";
import {
  BatchClient,
  BatchSharedKeyCredentials,
  CloudTask,
  PoolInformation,
  type ComputeNode,
} from "../../../src/index.js";
import { poolBody, signedRequest } from "./support.js";

let service: LocalBatchService;
let batchClient: BatchClient;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
  batchClient = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
});

afterAll(async () => {
  batchClient?.close();
  await service?.close();
});

/** Polls the pool's only node until `ready` holds (generous deadline: the machine may be loaded). */
async function waitForNode(poolId: string, ready: (node: ComputeNode) => boolean): Promise<ComputeNode> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const nodes = await batchClient.poolOperations.listComputeNodes(poolId).toList();
    if (nodes.length === 1 && ready(nodes[0])) return nodes[0];
    if (Date.now() > deadline) throw new Error(`node of ${poolId} never got there`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("ComputeNode.recentTasks on the local service", () => {
  it("reports the running task, then its completion with exit code, and the task URL", async () => {
    const create = await signedRequest(service, "POST", "/pools", {
      body: poolBody("recent-pool", { targetDedicatedNodes: 1, taskSlotsPerNode: 2 }),
    });
    expect(create.status).toBe(201);
    const job = batchClient.jobOperations.createJob();
    job.id = "recent-job";
    job.poolInformation = new PoolInformation({ poolId: "recent-pool" });
    await job.commit();
    // "hold" runs until its file appears; "quick" ends at once with exit code 3.
    await batchClient.jobOperations.addTask("recent-job", [
      new CloudTask("hold", "/bin/sh -c 'while [ ! -f $AZ_BATCH_NODE_SHARED_DIR/go ]; do sleep 0.05; done'"),
      new CloudTask("quick", "/bin/sh -c 'exit 3'"),
    ]);

    const running = await waitForNode("recent-pool", (n) =>
      (n.recentTasks ?? []).some((t) => t.taskId === "hold" && t.taskState === "running"),
    );
    const hold = running.recentTasks!.find((t) => t.taskId === "hold")!;
    expect(hold.jobId).toBe("recent-job");
    expect(hold.taskUrl).toBe(`${service.url}/jobs/recent-job/tasks/hold`);
    expect(hold.executionInformation?.startTime).toBeInstanceOf(Date);

    const quickDone = await waitForNode("recent-pool", (n) =>
      (n.recentTasks ?? []).some((t) => t.taskId === "quick" && t.taskState === "completed"),
    );
    const quick = quickDone.recentTasks!.find((t) => t.taskId === "quick")!;
    expect(quick.executionInformation?.exitCode).toBe(3);
    expect(quick.executionInformation?.result).toBe("failure");

    const nodeDir = service.service.store.nodeDirectory("recent-pool", String(quickDone.id));
    await writeFile(`${nodeDir}/shared/go`, "");
    const allDone = await waitForNode("recent-pool", (n) =>
      (n.recentTasks ?? []).every((t) => t.taskState === "completed"),
    );
    expect(allDone.recentTasks!.map((t) => t.taskId).sort()).toEqual(["hold", "quick"]);
    // Newest first: "hold" completed last.
    expect(allDone.recentTasks![0].taskId).toBe("hold");
    expect(allDone.recentTasks![0].executionInformation?.exitCode).toBe(0);
  });

  it(`keeps at most ${RECENT_TASKS_LIMIT} tasks, newest first`, async () => {
    await signedRequest(service, "POST", "/pools", {
      body: poolBody("recent-many", { targetDedicatedNodes: 1 }),
    });
    const job = batchClient.jobOperations.createJob();
    job.id = "recent-many-job";
    job.poolInformation = new PoolInformation({ poolId: "recent-many" });
    await job.commit();
    const count = RECENT_TASKS_LIMIT + 3;
    await batchClient.jobOperations.addTask(
      "recent-many-job",
      Array.from({ length: count }, (_, i) => new CloudTask(`t${String(i).padStart(2, "0")}`, "/bin/true")),
    );
    const node = await waitForNode(
      "recent-many",
      (n) =>
        (n.recentTasks ?? []).filter((t) => t.taskState === "completed").length === RECENT_TASKS_LIMIT &&
        n.recentTasks![0].taskId === `t${count - 1}`,
    );
    expect(node.recentTasks).toHaveLength(RECENT_TASKS_LIMIT);
    // One slot per node: tasks ran in the order they were added, so the oldest three fell off.
    expect(node.recentTasks!.map((t) => t.taskId)).toEqual(
      Array.from({ length: RECENT_TASKS_LIMIT }, (_, i) => `t${String(count - 1 - i).padStart(2, "0")}`),
    );
  });
});
