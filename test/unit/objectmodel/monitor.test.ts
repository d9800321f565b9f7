import { describe, expect, it } from "vitest";
import { TASK_APPLY_STATE, TASK_PARENT_JOB_ID } from "../../../src/objectmodel/task-hooks.js";
import { http, HttpResponse } from "msw";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import type { TaskState } from "../../../src/protocol/models.generated.js";
import { RetryPolicyProvider, type BatchClientBehavior } from "../../../src/objectmodel/behaviors.js";
import { InvalidOperationException, TimeoutException } from "../../../src/objectmodel/errors.js";
import {
  ODATAMonitorControl,
  TaskStateMonitor,
  type MonitorableTask,
  type TaskStateChange,
} from "../../../src/objectmodel/task-state-monitor.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();
const KEY = Buffer.from("monitor-test-key-monitor-test-k!").toString("base64");
const FAST = new ODATAMonitorControl({ delayBetweenDataFetch: 0 }); // raised to the 500 ms floor

class WatchedTask implements MonitorableTask {
  readonly seen: TaskState[] = [];
  readonly [TASK_PARENT_JOB_ID]: string;
  constructor(
    readonly id: string,
    parentJobId = "job1",
  ) {
    this[TASK_PARENT_JOB_ID] = parentJobId;
  }
  [TASK_APPLY_STATE](state: TaskState): void {
    this.seen.push(state);
  }
}

interface Request {
  kind: "counts" | "list";
  query: URLSearchParams;
}

/**
 * A job whose tasks move forward with each poll: `advance(poll)` returns the states after that many
 * task-list or task-count rounds. Records every request.
 */
function serveJob(ids: string[], advance: (poll: number, id: string, index: number) => TaskState): Request[] {
  const requests: Request[] = [];
  let poll = 0;
  const states = (): Map<string, TaskState> => new Map(ids.map((id, i) => [id, advance(poll, id, i)]));
  let snapshot = states();
  server.use(
    http.get(`${TEST_BATCH_URL}/jobs/job1/taskcounts`, ({ request }) => {
      poll++;
      snapshot = states();
      requests.push({ kind: "counts", query: new URL(request.url).searchParams });
      const count = (s: TaskState): number => [...snapshot.values()].filter((v) => v === s).length;
      return HttpResponse.json({
        taskCounts: {
          active: count("active"),
          running: count("running") + count("preparing"),
          completed: count("completed"),
          succeeded: count("completed"),
          failed: 0,
        },
        taskSlotCounts: { active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 },
      });
    }),
    http.get(`${TEST_BATCH_URL}/jobs/job1/tasks`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push({ kind: "list", query });
      const skip = Number(query.get("skip") ?? 0);
      // A poll that did not start with a counts request starts here.
      if (skip === 0 && requests[requests.length - 2]?.kind !== "counts") {
        poll++;
        snapshot = states();
      }
      const filter = query.get("$filter") ?? "";
      expect(filter.endsWith("state ne 'completed'")).toBe(true);
      expect(query.get("$select")).toBe("id,state");
      const wanted = new Set([...filter.matchAll(/id eq '([^']+)'/g)].map((m) => m[1].toLowerCase()));
      const max = Number(query.get("maxresults"));
      const unfinished = [...snapshot].filter(
        ([id, s]) => s !== "completed" && (wanted.size === 0 || wanted.has(id.toLowerCase())),
      );
      const page = unfinished.slice(skip, skip + max).map(([id, state]) => ({ id, state }));
      const next =
        skip + max < unfinished.length
          ? `${TEST_BATCH_URL}/jobs/job1/tasks?${nextQuery(query, skip + max)}`
          : undefined;
      return HttpResponse.json({ value: page, ...(next ? { "odata.nextLink": next } : {}) });
    }),
  );
  return requests;
}

function nextQuery(query: URLSearchParams, skip: number): string {
  const next = new URLSearchParams(query);
  next.set("skip", String(skip));
  return next.toString();
}

function monitor(
  behaviors: BatchClientBehavior[] = [RetryPolicyProvider.noRetryProvider()],
): TaskStateMonitor {
  const protocol = new ProtocolClient(
    TEST_BATCH_URL,
    new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
  );
  return new TaskStateMonitor({ protocol, behaviors });
}

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `task${i}`);

/** Splits recorded requests into polls: each poll starts with a counts request or a first list page. */
function perPoll(requests: Request[]): number[] {
  const polls: number[] = [];
  for (const [i, r] of requests.entries()) {
    const starts = r.kind === "counts" || (!r.query.has("skip") && requests[i - 1]?.kind !== "counts");
    if (starts) polls.push(0);
    polls[polls.length - 1]++;
  }
  return polls;
}

describe("TaskStateMonitor.whenAll", () => {
  it("waits for completion at 1 + ceil(unfinished / 1000) requests per poll", async () => {
    const all = ids(2500);
    // Poll 1: all running; poll 2: the first 1200 completed; poll 3: everything completed.
    const requests = serveJob(all, (poll, _id, i) =>
      poll >= 3 || (poll === 2 && i < 1200) ? "completed" : "running",
    );
    const tasks = all.map((id) => new WatchedTask(id));
    const progress: number[] = [];
    const m = monitor();
    m.on("progress", (p) => progress.push(p.done));
    await m.whenAll(tasks, "completed", { controlParams: FAST, timeout: 10_000 });
    // 2500 unfinished → counts + 3 pages; 1300 unfinished → counts + 2 pages; then counts alone end it.
    expect(perPoll(requests)).toEqual([4, 3, 1]);
    expect(progress).toEqual([0, 1200, 2500]);
    expect(tasks[0].seen).toEqual(["running", "completed"]);
    expect(tasks[2499].seen).toEqual(["running", "completed"]);
  });

  it("ends after one request when the task counts say the job is done", async () => {
    const requests = serveJob(ids(3), () => "completed");
    const tasks = ids(3).map((id) => new WatchedTask(id));
    await monitor().whenAll(tasks, "completed", 5_000);
    expect(requests.map((r) => r.kind)).toEqual(["counts"]);
    expect(tasks.every((t) => t.seen.join() === "completed")).toBe(true);
  });

  it("asks for a few watched tasks by id, however many other tasks of the job stay unfinished", async () => {
    const requests = serveJob(ids(3000), (poll, _id, i) => (i < 2 && poll >= 2 ? "completed" : "active"));
    await monitor().whenAll([new WatchedTask("task0"), new WatchedTask("TASK1")], "completed", {
      controlParams: FAST,
    });
    expect(perPoll(requests)).toEqual([2, 2]);
    expect(requests[1].query.get("$filter")).toBe(
      "(id eq 'task0' or id eq 'TASK1') and state ne 'completed'",
    );
  });

  it("counts a later state as reached and reports each observed state", async () => {
    // task0 runs, task1 jumps straight from active to completed between polls.
    serveJob(["task0", "task1"], (poll, id) => {
      if (poll === 1) return "active";
      return id === "task0" ? "running" : "completed";
    });
    const tasks = [new WatchedTask("task0"), new WatchedTask("task1")];
    const changes: TaskStateChange[] = [];
    const m = monitor();
    m.on("taskStateChanged", (c) => changes.push(c));
    await m.whenAll(tasks, "running", { controlParams: FAST });
    expect(changes.map((c) => `${c.taskId}:${c.state}`)).toEqual([
      "task0:active",
      "task1:active",
      "task0:running",
      "task1:completed",
    ]);
    expect(changes[0].task).toBe(tasks[0]);
  });

  it("rejects with TimeoutException naming the progress", async () => {
    const requests = serveJob(ids(4), (_poll, _id, i) => (i === 0 ? "completed" : "running"));
    // A pause between polls far longer than the test may run: only the timeout can end the wait.
    const error = await monitor()
      .whenAll(
        ids(4).map((id) => new WatchedTask(id)),
        "completed",
        { timeout: 700, controlParams: new ODATAMonitorControl({ delayBetweenDataFetch: 3_600_000 }) },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutException);
    expect((error as Error).message).toMatch(/1 of 4 tasks of job 'job1' reached 'completed' within 700 ms/);
    // One round of polling, then the timeout: no second poll after the pause.
    expect(requests.filter((r) => r.kind === "counts")).toHaveLength(1);
  });

  it("rejects with the signal's reason when aborted", async () => {
    serveJob(ids(2), () => "running");
    const controller = new AbortController();
    const reason = new Error("stop watching");
    setTimeout(() => controller.abort(reason), 100);
    await expect(
      monitor().whenAll([new WatchedTask("task0")], "completed", { signal: controller.signal }),
    ).rejects.toBe(reason);
  });

  it("rejects tasks of different jobs before any request", async () => {
    const requests = serveJob(ids(2), () => "completed");
    await expect(
      monitor().whenAll([new WatchedTask("a", "job1"), new WatchedTask("b", "job2")], "completed", 1_000),
    ).rejects.toThrow(/one job.*'b'.*'job2'/);
    await expect(monitor().whenAll([{ id: "a" }], "completed")).rejects.toThrow(InvalidOperationException);
    await expect(monitor().whenAll([new WatchedTask("a")], "finished" as TaskState)).rejects.toThrow(
      RangeError,
    );
    await expect(monitor().whenAll([new WatchedTask("a")], "completed", -5)).rejects.toThrow(RangeError);
    expect(requests).toHaveLength(0);
  });

  it("resolves at once for no tasks", async () => {
    const requests = serveJob([], () => "completed");
    await monitor().whenAll([], "completed");
    expect(requests).toHaveLength(0);
  });
});

describe("ODATAMonitorControl", () => {
  it("defaults to 2 s and never goes below 500 ms", () => {
    const control = new ODATAMonitorControl();
    expect(control.delayBetweenDataFetch).toBe(2_000);
    control.delayBetweenDataFetch = 100;
    expect(control.delayBetweenDataFetch).toBe(500);
    control.delayBetweenDataFetch = 3_000;
    expect(control.delayBetweenDataFetch).toBe(3_000);
    expect(() => (control.delayBetweenDataFetch = -1)).toThrow(RangeError);
  });
});
