/** The resource model without HTTP: state transitions, events, eTags and snapshots. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { TaskAddParameter } from "../../../src/protocol/models.generated.js";
import { addJob, completeJob, terminateJob } from "../../../src/emulator/resources/jobs.js";
import { addPool, removeNodes, resizePool, stopResize } from "../../../src/emulator/resources/pools.js";
import { addSchedule } from "../../../src/emulator/resources/schedules.js";
import { addTask, addTaskCollection, deleteTask } from "../../../src/emulator/resources/tasks.js";
import { StateFiles } from "../../../src/emulator/store/persistence.js";
import { Store } from "../../../src/emulator/store/store.js";
import { DEFAULT_TRANSITION_DURATIONS } from "../../../src/emulator/store/transitions.js";

const stores: Store[] = [];
const dirs: string[] = [];

function newStore(timeScale = 0, files?: StateFiles): Store {
  const dataDir = mkdtempSync(join(tmpdir(), "azbatch-store-"));
  dirs.push(dataDir);
  const store = new Store({
    dataDir,
    timeScale,
    initialNodeState: "idle",
    finishNodeTransitions: true,
    transitions: DEFAULT_TRANSITION_DURATIONS,
    files,
  });
  stores.push(store);
  return store;
}

const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const POOL = {
  vmSize: "standard_d1_v2",
  virtualMachineConfiguration: { nodeAgentSKUId: "batch.node.ubuntu 22.04", imageReference: {} },
};

describe("Store", () => {
  it("issues unique, increasing eTags", () => {
    const store = newStore();
    const tags = Array.from({ length: 50 }, () => {
      const data: Record<string, unknown> = {};
      store.stamp(data);
      return String(data.eTag);
    });
    expect(new Set(tags).size).toBe(50);
    expect([...tags].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))).toEqual(tags);
  });

  it("finds ids case-insensitively and refuses duplicates", () => {
    const store = newStore();
    addPool(store, { id: "MyPool", ...POOL });
    expect(store.pools.get("mypool").data.id).toBe("MyPool");
    expect(() => addPool(store, { id: "MYPOOL", ...POOL })).toThrow(
      expect.objectContaining({ code: "PoolExists", status: 409 }),
    );
  });
});

describe("pools", () => {
  it("allocates nodes, then releases idle ones first with the requested deallocation option", async () => {
    const store = newStore();
    const removing: string[] = [];
    store.events.on("nodeRemoving", (e) => removing.push(e.deallocationOption));
    const pool = addPool(store, { id: "p", ...POOL, targetDedicatedNodes: 3 });
    expect(pool.data.allocationState).toBe("resizing");
    await vi.waitFor(
      () => {
        expect(pool.data.allocationState).toBe("steady");
        expect(pool.nodes.size).toBe(3);
      },
      { timeout: 30_000, interval: 10 },
    );
    const [busy] = pool.nodes.list();
    busy.data.state = "running";
    resizePool(store, pool, { targetDedicatedNodes: 1, nodeDeallocationOption: "taskcompletion" });
    // Removal runs on chained zero-delay timers: wait for its outcome, not for a number of ms.
    await vi.waitFor(
      () => {
        expect(removing).toEqual(["taskcompletion", "taskcompletion"]);
        expect(pool.nodes.list().map((n) => n.data.id)).toEqual([busy.data.id]);
        expect(pool.data.currentDedicatedNodes).toBe(1);
      },
      { timeout: 30_000, interval: 10 },
    );
  });

  it("stop-resize keeps the nodes the pool has", async () => {
    const store = newStore(1000);
    const pool = addPool(store, { id: "p", ...POOL, targetDedicatedNodes: 2 });
    stopResize(store, pool);
    expect(pool.data.allocationState).toBe("stopping");
    expect(() => stopResize(store, pool)).toThrow(expect.objectContaining({ code: "PoolNotResizing" }));
    expect(pool.nodes.size).toBe(0);
  });

  it("remove-nodes lowers the target and releases exactly the listed nodes", async () => {
    const store = newStore();
    const pool = addPool(store, { id: "p", ...POOL, targetDedicatedNodes: 2 });
    await vi.waitFor(
      () => {
        expect(pool.nodes.size).toBe(2);
      },
      { timeout: 30_000, interval: 10 },
    );
    const [first, second] = pool.nodes.list();
    removeNodes(store, pool, { nodeList: [first.data.id] });
    await vi.waitFor(
      () => {
        expect(pool.data.targetDedicatedNodes).toBe(1);
        expect(pool.nodes.list().map((n) => n.data.id)).toEqual([second.data.id]);
      },
      { timeout: 30_000, interval: 10 },
    );
  });
});

describe("jobs and tasks", () => {
  it("counts tasks and refuses tasks on a completed job", async () => {
    const store = newStore();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    const results = addTaskCollection(
      store,
      job,
      {
        value: [
          { id: "a", commandLine: "x" },
          { id: "A", commandLine: "x" },
          { id: "b" } as TaskAddParameter,
        ],
      },
      (id) => id,
    );
    expect(results.map((r) => [r.status, (r.error as { code?: string } | undefined)?.code])).toEqual([
      ["success", undefined],
      ["clienterror", "TaskExists"],
      ["clienterror", "InvalidPropertyValue"],
    ]);
    terminateJob(store, job);
    expect(job.data.state).toBe("terminating");
    completeJob(store, job);
    expect(job.data.state).toBe("completed");
    expect(job.data.previousState).toBe("terminating");
    expect(() => addTask(store, job, { id: "late", commandLine: "x" })).toThrow(
      expect.objectContaining({ code: "JobCompleted" }),
    );
  });
});

describe("job schedules", () => {
  it("creates <scheduleId>:job-N and waits while the previous job is active", async () => {
    const store = newStore(0.0005);
    const triggered: string[] = [];
    store.events.on("jobScheduleTriggered", (e) => triggered.push(e.jobId));
    addSchedule(store, {
      id: "s",
      schedule: { recurrenceInterval: "PT1M" },
      jobSpecification: { poolInfo: { poolId: "p" } },
    });
    await vi.waitFor(
      () => {
        expect(triggered).toEqual(["s:job-1"]);
      },
      { timeout: 30_000, interval: 10 },
    );
    await tick(100); // several intervals pass; job-1 is still active
    expect(triggered).toEqual(["s:job-1"]);
    const job = store.jobs.get("s:job-1");
    terminateJob(store, job);
    completeJob(store, job);
    await vi.waitFor(
      () => {
        expect(triggered[1]).toBe("s:job-2");
      },
      { timeout: 30_000, interval: 10 },
    );
  });
});

describe("snapshots and the journal", () => {
  function persistentStore(): { store: Store; files: StateFiles; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), "azbatch-snap-"));
    dirs.push(dir);
    const files = new StateFiles(dir);
    files.load();
    return { store: newStore(0, files), files, dir };
  }

  /** A store restored from what `dir` holds (the first store's files are released). */
  function reloaded(files: StateFiles, dir: string): Store {
    files.release();
    const again = new StateFiles(dir);
    const { snapshot, records } = again.load();
    again.release();
    const copy = newStore();
    copy.restore(snapshot, records);
    return copy;
  }

  it("restore reproduces what was committed", async () => {
    const { store, files, dir } = persistentStore();
    const pool = addPool(store, { id: "p", ...POOL, targetDedicatedNodes: 1 });
    await tick();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    addTask(store, job, { id: "t", commandLine: "x" });
    expect(await store.commit()).toBe(true);
    const copy = reloaded(files, dir);
    expect(copy.serialize()).toEqual(store.serialize());
    expect(copy.pools.get("P").nodes.get(String(pool.nodes.list()[0].data.id)).data.state).toBe("idle");
  });

  it("replays deletions, and a new job of a deleted job's id starts without its tasks", async () => {
    const { store, files, dir } = persistentStore();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    addTaskCollection(
      store,
      job,
      {
        value: [
          { id: "a", commandLine: "x" },
          { id: "b", commandLine: "x" },
        ],
      },
      String,
    );
    await store.commit();
    await store.compact();
    deleteTask(store, job, job.tasks.get("a"));
    await store.commit();
    store.jobs.remove("j");
    store.markDirty();
    const again = addJob(store, { id: "J", poolInfo: { poolId: "p" } });
    addTask(store, again, { id: "c", commandLine: "x" });
    await store.commit();
    const copy = reloaded(files, dir);
    expect(copy.jobs.get("j").data.id).toBe("J");
    expect(
      copy.jobs
        .get("j")
        .tasks.list()
        .map((t) => t.data.id),
    ).toEqual(["c"]);
    expect(copy.serialize()).toEqual(store.serialize());
  });

  it("journals one added task in the same bytes however many tasks the store holds", async () => {
    const { store, files } = persistentStore();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    await store.commit();
    const appended: number[] = [];
    const append = files.append.bind(files);
    vi.spyOn(files, "append").mockImplementation((record) => {
      const bytes = append(record);
      appended.push(bytes);
      return bytes;
    });
    const addOne = async (id: string): Promise<number> => {
      addTask(store, job, { id, commandLine: "x" });
      await store.commit();
      return appended.at(-1) as number;
    };
    const small = await addOne("first-0000");
    for (let first = 0; first < 2000; first += 100)
      addTaskCollection(
        store,
        job,
        { value: Array.from({ length: 100 }, (_, i) => ({ id: `bulk-${first + i}`, commandLine: "x" })) },
        String,
      );
    await store.commit();
    // Same id length, same body: only the counters in the record may differ by a digit or so.
    expect(Math.abs((await addOne("later-0000")) - small)).toBeLessThanOrEqual(8);
  });

  it("shares one disk flush among commits made together", async () => {
    const { store, files } = persistentStore();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    await store.commit();
    const sync = vi.spyOn(files, "sync");
    const commits = Array.from({ length: 20 }, (_, i) => {
      addTask(store, job, { id: `t${i}`, commandLine: "x" });
      return store.commit();
    });
    expect(await Promise.all(commits)).toEqual(Array(20).fill(true));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("keeps changes a failed write refused pending, and writes them with the next one", async () => {
    const { store, files, dir } = persistentStore();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    await store.commit();
    const append = vi.spyOn(files, "append").mockImplementationOnce(() => {
      throw Object.assign(new Error("No space left"), { code: "ENOSPC" });
    });
    addTask(store, job, { id: "refused", commandLine: "x" });
    expect(await store.commit()).toBe(false);
    append.mockRestore();
    addTask(store, job, { id: "next", commandLine: "x" });
    expect(await store.commit()).toBe(true);
    expect(
      reloaded(files, dir)
        .jobs.get("j")
        .tasks.list()
        .map((t) => t.data.id),
    ).toEqual(["refused", "next"]);
  });

  it("journals changes made with no one waiting soon, without a commit", async () => {
    const { store, files, dir } = persistentStore();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    addTask(store, job, { id: "t", commandLine: "x" });
    const append = vi.spyOn(files, "append");
    store.flush();
    await vi.waitFor(() => expect(append).toHaveBeenCalled(), { timeout: 30_000, interval: 10 });
    expect(reloaded(files, dir).jobs.get("j").tasks.has("t")).toBe(true);
  });

  it("writes nothing once closed: its files may belong to another service by then", async () => {
    const { store, files } = persistentStore();
    const job = addJob(store, { id: "j", poolInfo: { poolId: "p" } });
    addTask(store, job, { id: "t", commandLine: "x" });
    store.flush();
    store.close();
    const append = vi.spyOn(files, "append");
    store.flush();
    expect(await store.commit()).toBe(false);
    expect(append).not.toHaveBeenCalled();
  });
});
