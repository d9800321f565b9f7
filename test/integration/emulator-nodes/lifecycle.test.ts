/**
 * Task and node lifecycles of the local Batch service, driven through azbatch's object model:
 * retries, wall-clock limits, dependencies, start tasks, job preparation / release, reboot,
 * exit conditions and job actions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CloudTask,
  ExitConditions,
  JobManagerTask,
  JobPreparationTask,
  JobReleaseTask,
  StartTask,
  TaskConstraints,
  TaskDependencies,
} from "../../../src/index.js";
import {
  createJob,
  createPool,
  createReadyPool,
  openService,
  waitFor,
  waitForCompletedTasks,
  waitForNodes,
  type NodeTestContext,
} from "./support.js";

let ctx: NodeTestContext;

beforeAll(async () => {
  ctx = await openService();
});

afterAll(async () => {
  await ctx?.close();
});

/** Appends a word to a log in the node's shared directory (a shell line for `/bin/sh -c`). */
function logTo(file: string, word: string): string {
  return `/bin/sh -c 'echo ${word} >> "$AZ_BATCH_NODE_SHARED_DIR/${file}"'`;
}

async function sharedLog(poolId: string, nodeId: string, file: string): Promise<string[]> {
  const text = await ctx.client.poolOperations.copyNodeFileContentToString({
    poolId,
    computeNodeId: nodeId,
    filePath: `shared/${file}`,
  });
  return text.trim().split("\n");
}

describe("tasks on nodes", () => {
  beforeAll(async () => {
    await createReadyPool(ctx.client, "tasks", 1, (pool) => (pool.taskSlotsPerNode = 4));
  });

  it("retries a failing task until it succeeds", async () => {
    await createJob(ctx.client, "retry", "tasks");
    const task = new CloudTask(
      "flaky",
      `/bin/sh -c 'echo x >> "$AZ_BATCH_NODE_SHARED_DIR/flaky"; test $(wc -l < "$AZ_BATCH_NODE_SHARED_DIR/flaky") -ge 3'`,
    );
    task.constraints = new TaskConstraints({ maxTaskRetryCount: 5 });
    await ctx.client.jobOperations.addTask("retry", task);
    const [done] = await waitForCompletedTasks(ctx.client, "retry", 1);
    expect(done.executionInformation?.result).toBe("success");
    expect(done.executionInformation?.exitCode).toBe(0);
    expect(done.executionInformation?.retryCount).toBe(2);
  });

  it("gives up after maxTaskRetryCount retries", async () => {
    await createJob(ctx.client, "give-up", "tasks");
    const task = new CloudTask("fails", "/bin/sh -c 'exit 7'");
    task.constraints = new TaskConstraints({ maxTaskRetryCount: 2 });
    await ctx.client.jobOperations.addTask("give-up", task);
    const [done] = await waitForCompletedTasks(ctx.client, "give-up", 1);
    expect(done.executionInformation?.result).toBe("failure");
    expect(done.executionInformation?.exitCode).toBe(7);
    expect(done.executionInformation?.retryCount).toBe(2);
    expect(done.executionInformation?.failureInformation?.code).toBe("FailureExitCode");
  });

  it("kills a task that outlives its maxWallClockTime", async () => {
    await createJob(ctx.client, "wall-clock", "tasks");
    // Far longer than the test may run: the task completes only if the limit ends it.
    const task = new CloudTask("sleeper", "sleep 3600");
    task.constraints = new TaskConstraints({ maxWallClockTime: 300, maxTaskRetryCount: 3 });
    await ctx.client.jobOperations.addTask("wall-clock", task);
    const [done] = await waitForCompletedTasks(ctx.client, "wall-clock", 1);
    expect(done.executionInformation?.result).toBe("failure");
    expect(done.executionInformation?.failureInformation?.code).toBe("TaskEnded");
    // A wall-clock kill is not retried.
    expect(done.executionInformation?.retryCount).toBe(0);
  });

  it("runs dependent tasks in order, and blocks or satisfies dependants of failed tasks", async () => {
    await createJob(ctx.client, "deps", "tasks", (job) => (job.usesTaskDependencies = true));
    const c = new CloudTask("c", logTo("deps", "c"));
    c.dependsOn = new TaskDependencies({ taskIds: ["a", "b"] });
    const b = new CloudTask("b", `/bin/sh -c 'sleep 0.2; echo b >> "$AZ_BATCH_NODE_SHARED_DIR/deps"'`);
    b.dependsOn = new TaskDependencies({ taskIds: ["a"] });
    const a = new CloudTask("a", `/bin/sh -c 'sleep 0.2; echo a >> "$AZ_BATCH_NODE_SHARED_DIR/deps"'`);
    const blocker = new CloudTask("blocker", "/bin/sh -c 'exit 1'");
    const blocked = new CloudTask("blocked", "true");
    blocked.dependsOn = new TaskDependencies({ taskIds: ["blocker"] });
    const satisfier = new CloudTask("satisfier", "/bin/sh -c 'exit 1'");
    satisfier.exitConditions = new ExitConditions({ default: { dependencyAction: "satisfy" } });
    const satisfied = new CloudTask("satisfied", "true");
    satisfied.dependsOn = new TaskDependencies({ taskIds: ["satisfier"] });
    await ctx.client.jobOperations.addTask("deps", [c, b, a, blocker, blocked, satisfier, satisfied]);

    await waitFor(
      "a, b, c and satisfied to complete",
      () => ctx.client.jobOperations.listTasks("deps").toList(),
      (tasks) =>
        ["a", "b", "c", "satisfied", "blocker"].every(
          (id) => tasks.find((t) => t.id === id)?.state === "completed",
        ),
    );
    const [node] = await ctx.client.poolOperations.listComputeNodes("tasks").toList();
    expect(await sharedLog("tasks", node.id as string, "deps")).toEqual(["a", "b", "c"]);
    expect((await ctx.client.jobOperations.getTask("deps", "blocked")).state).toBe("active");
  });

  it("applies exit conditions: an exit code terminates the job", async () => {
    await createJob(ctx.client, "exit-action", "tasks", (job) => {
      job.onTaskFailure = "performexitoptionsjobaction";
    });
    const task = new CloudTask("two", "/bin/sh -c 'exit 2'");
    task.exitConditions = new ExitConditions({
      exitCodes: [{ code: 2, exitOptions: { jobAction: "terminate" } }],
    });
    await ctx.client.jobOperations.addTask("exit-action", task);
    const job = await waitFor(
      "the job to complete",
      () => ctx.client.jobOperations.getJob("exit-action"),
      (j) => j.state === "completed",
    );
    expect(job.executionInformation?.terminateReason).toBe("TaskFailed");
  });

  it("terminates a job with onAllTasksComplete once its tasks are done", async () => {
    await createJob(ctx.client, "all-done", "tasks");
    await ctx.client.jobOperations.addTask("all-done", [
      new CloudTask("one", "true"),
      new CloudTask("two", "true"),
    ]);
    const job = await ctx.client.jobOperations.getJob("all-done");
    job.onAllTasksComplete = "terminatejob";
    await job.commitChanges();
    const done = await waitFor(
      "the job to complete",
      () => ctx.client.jobOperations.getJob("all-done"),
      (j) => j.state === "completed",
    );
    expect(done.executionInformation?.terminateReason).toBe("AllTasksComplete");
  });

  it("runs the job manager first and ends the job when it completes", async () => {
    await createJob(ctx.client, "managed", "tasks", (job) => {
      job.jobManagerTask = new JobManagerTask({
        id: "manager",
        commandLine: `/bin/sh -c 'echo manager >> "$AZ_BATCH_NODE_SHARED_DIR/managed"; sleep 0.3'`,
      });
    });
    const job = await waitFor(
      "the job to complete",
      () => ctx.client.jobOperations.getJob("managed"),
      (j) => j.state === "completed",
    );
    expect(job.executionInformation?.terminateReason).toBe("JMComplete");
    const manager = await ctx.client.jobOperations.getTask("managed", "manager");
    expect(manager.executionInformation?.result).toBe("success");
  });
});

describe("job preparation and release", () => {
  it("prepares each node before its first task and releases it after the job ends", async () => {
    const nodes = await createReadyPool(ctx.client, "prep", 2);
    await createJob(ctx.client, "prep-job", "prep", (job) => {
      job.jobPreparationTask = new JobPreparationTask({ commandLine: logTo("order", "prep") });
      job.jobReleaseTask = new JobReleaseTask({ commandLine: logTo("order", "release") });
    });
    await ctx.client.jobOperations.addTask(
      "prep-job",
      Array.from({ length: 4 }, (_, i) => new CloudTask(`t${i}`, logTo("order", "task"))),
    );
    await waitForCompletedTasks(ctx.client, "prep-job", 4);
    await ctx.client.jobOperations.terminateJob("prep-job");
    await waitFor(
      "the job to complete",
      () => ctx.client.jobOperations.getJob("prep-job"),
      (j) => j.state === "completed",
    );
    const statuses = await ctx.client.jobOperations
      .listJobPreparationAndReleaseTaskStatus("prep-job")
      .toList();
    const used = statuses.map((s) => s.computeNodeId).sort();
    expect(used.length).toBeGreaterThan(0);
    for (const status of statuses) {
      expect(status.jobPreparationTaskExecutionInformation?.state).toBe("completed");
      expect(status.jobReleaseTaskExecutionInformation?.state).toBe("completed");
      expect(status.jobReleaseTaskExecutionInformation?.exitCode).toBe(0);
    }
    for (const node of nodes) {
      if (!used.includes(node.id)) continue;
      const log = await sharedLog("prep", node.id as string, "order");
      expect(log[0]).toBe("prep");
      expect(log.at(-1)).toBe("release");
      expect(log.filter((w) => w === "prep")).toHaveLength(1);
      expect(log.slice(1, -1).every((w) => w === "task")).toBe(true);
    }
  });

  it("reports where the preparation and release tasks ran, so their files can be read by that path", async () => {
    await createReadyPool(ctx.client, "prep-dirs", 1);
    await createJob(ctx.client, "prep-dirs-job", "prep-dirs", (job) => {
      job.jobPreparationTask = new JobPreparationTask({ commandLine: "/bin/sh -c 'echo prepared'" });
      job.jobReleaseTask = new JobReleaseTask({ commandLine: "/bin/sh -c 'echo released'" });
    });
    await ctx.client.jobOperations.addTask("prep-dirs-job", new CloudTask("t", "/bin/true"));
    await waitForCompletedTasks(ctx.client, "prep-dirs-job", 1);
    await ctx.client.jobOperations.terminateJob("prep-dirs-job");
    await waitFor(
      "the job to complete",
      () => ctx.client.jobOperations.getJob("prep-dirs-job"),
      (j) => j.state === "completed",
    );
    const [status] = await ctx.client.jobOperations
      .listJobPreparationAndReleaseTaskStatus("prep-dirs-job")
      .toList();
    const runs = [
      { run: status.jobPreparationTaskExecutionInformation, dir: "jobpreparation", stdout: "prepared" },
      { run: status.jobReleaseTaskExecutionInformation, dir: "jobrelease", stdout: "released" },
    ];
    for (const { run, dir, stdout } of runs) {
      expect(run?.taskRootDirectory).toBe(`workitems/prep-dirs-job/job-1/${dir}`);
      expect(run?.taskRootDirectoryUrl).toBe(`${status.computeNodeUrl}/files/${run?.taskRootDirectory}`);
      const text = await ctx.client.poolOperations.copyNodeFileContentToString({
        poolId: "prep-dirs",
        computeNodeId: status.computeNodeId!,
        filePath: `${run?.taskRootDirectory}/stdout.txt`,
      });
      expect(text.trim()).toBe(stdout);
    }
  });
});

describe("start tasks and node states", () => {
  it("keeps a node waiting for its start task, then idle", async () => {
    await createPool(ctx.client, "start-ok", 1, (pool) => {
      pool.startTask = new StartTask({
        commandLine: `/bin/sh -c 'sleep 0.3; echo ready > "$AZ_BATCH_NODE_SHARED_DIR/ready"'`,
        waitForSuccess: true,
      });
    });
    await waitForNodes(ctx.client, "start-ok", 1, "waitingforstarttask");
    const [node] = await waitForNodes(ctx.client, "start-ok", 1, "idle");
    expect(node.startTaskInformation?.state).toBe("completed");
    expect(node.startTaskInformation?.exitCode).toBe(0);
    expect(await sharedLog("start-ok", node.id as string, "ready")).toEqual(["ready"]);
  });

  it("retries a failing start task, then marks the node starttaskfailed and schedules nothing there", async () => {
    await createPool(ctx.client, "start-bad", 1, (pool) => {
      pool.startTask = new StartTask({
        commandLine: "/bin/sh -c 'exit 3'",
        waitForSuccess: true,
        maxTaskRetryCount: 1,
      });
    });
    const [node] = await waitForNodes(ctx.client, "start-bad", 1, "starttaskfailed");
    expect(node.startTaskInformation?.result).toBe("failure");
    expect(node.startTaskInformation?.exitCode).toBe(3);
    expect(node.startTaskInformation?.retryCount).toBe(1);
    await createJob(ctx.client, "start-bad-job", "start-bad");
    await ctx.client.jobOperations.addTask("start-bad-job", new CloudTask("never", "true"));
    await new Promise((r) => setTimeout(r, 300));
    expect((await ctx.client.jobOperations.getTask("start-bad-job", "never")).state).toBe("active");
  });

  it("requeues a running task when its node reboots, and runs the start task again", async () => {
    const [node] = await createReadyPool(ctx.client, "reboot", 1, (pool) => {
      pool.startTask = new StartTask({ commandLine: logTo("boots", "boot"), waitForSuccess: true });
    });
    const nodeId = node.id as string;
    await createJob(ctx.client, "reboot-job", "reboot");
    await ctx.client.jobOperations.addTask("reboot-job", new CloudTask("long", "sleep 30"));
    await waitFor(
      "the task to run",
      () => ctx.client.jobOperations.getTask("reboot-job", "long"),
      (t) => t.state === "running",
    );
    await ctx.client.poolOperations.reboot("reboot", nodeId);
    const again = await waitFor(
      "the task to run again",
      () => ctx.client.jobOperations.getTask("reboot-job", "long"),
      (t) => t.state === "running" && t.executionInformation?.requeueCount === 1,
    );
    expect(again.executionInformation?.retryCount).toBe(0);
    expect(await sharedLog("reboot", nodeId, "boots")).toEqual(["boot", "boot"]);
    await ctx.client.jobOperations.terminateTask("reboot-job", "long");
    const done = await waitFor(
      "the task to end",
      () => ctx.client.jobOperations.getTask("reboot-job", "long"),
      (t) => t.state === "completed",
    );
    expect(done.executionInformation?.result).toBe("failure");
  });

  it("wipes the node's files on reimage", async () => {
    const [node] = await createReadyPool(ctx.client, "reimage", 1);
    const nodeId = node.id as string;
    await createJob(ctx.client, "reimage-job", "reimage");
    await ctx.client.jobOperations.addTask("reimage-job", new CloudTask("writes", logTo("marker", "here")));
    await waitForCompletedTasks(ctx.client, "reimage-job", 1);
    expect(await sharedLog("reimage", nodeId, "marker")).toEqual(["here"]);
    await ctx.client.poolOperations.reimage("reimage", nodeId);
    await waitForNodes(ctx.client, "reimage", 1, "idle");
    await expect(sharedLog("reimage", nodeId, "marker")).rejects.toMatchObject({ name: "BatchException" });
  });
});

describe("nodes leaving the pool", () => {
  it("lets running tasks finish with taskcompletion, and requeues them by default", async () => {
    await createReadyPool(ctx.client, "leave", 2);
    await createJob(ctx.client, "leave-job", "leave");
    await ctx.client.jobOperations.addTask("leave-job", [
      new CloudTask("finishes", "/bin/sh -c 'sleep 0.5; echo done'"),
      new CloudTask("requeued", "sleep 30"),
    ]);
    const running = await waitFor(
      "both tasks to run",
      () => ctx.client.jobOperations.listTasks("leave-job").toList(),
      (list) => list.every((t) => t.state === "running"),
    );
    const nodeOf = (id: string): string =>
      running.find((t) => t.id === id)?.computeNodeInformation?.computeNodeId as string;
    await ctx.client.poolOperations.removeFromPool("leave", nodeOf("finishes"), {
      deallocationOption: "taskcompletion",
    });
    const finished = await waitFor(
      "the task to finish on the leaving node",
      () => ctx.client.jobOperations.getTask("leave-job", "finishes"),
      (t) => t.state === "completed",
    );
    expect(finished.executionInformation?.result).toBe("success");
    await waitForNodes(ctx.client, "leave", 1, "running");
    await ctx.client.poolOperations.removeFromPool("leave", nodeOf("requeued"));
    const requeued = await waitFor(
      "the task to go back to the queue",
      () => ctx.client.jobOperations.getTask("leave-job", "requeued"),
      (t) => t.state === "active",
    );
    expect(requeued.executionInformation?.requeueCount).toBe(1);
    await waitFor(
      "both nodes to leave",
      () => ctx.client.poolOperations.listComputeNodes("leave").toList(),
      (list) => list.length === 0,
    );
  });
});

describe("node start-up", () => {
  it("passes creating and starting on the emulated clock before the start task", async () => {
    const slow = await openService({ initialNodeState: "creating", timeScale: 2 });
    try {
      await createPool(slow.client, "boot", 1, (pool) => {
        pool.startTask = new StartTask({ commandLine: "true", waitForSuccess: true });
      });
      const seen = new Set<string>();
      await waitFor(
        "the node to become idle",
        async () => {
          const list = await slow.client.poolOperations.listComputeNodes("boot").toList();
          for (const n of list) seen.add(n.state as string);
          return list;
        },
        (list) => list.length === 1 && list[0].state === "idle",
      );
      expect(seen).toContain("creating");
      expect(seen).toContain("starting");
    } finally {
      await slow.close();
    }
  });
});
