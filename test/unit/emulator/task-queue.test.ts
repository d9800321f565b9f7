/** The scheduler's queue of waiting tasks and its placement index, without processes. */
import { describe, expect, it } from "vitest";
import { Placements, placementKey, type Placement } from "../../../src/emulator/agent/placements.js";
import { TaskQueue } from "../../../src/emulator/agent/task-queue.js";
import type { JobEntity, TaskEntity } from "../../../src/emulator/store/entities.js";

const job = { seq: 1, data: { id: "j" } } as unknown as JobEntity;
const task = (seq: number): TaskEntity => ({ seq, data: { id: `t${seq}` }, subtasks: [] });

function ids(queue: TaskQueue): string[] {
  const seen: string[] = [];
  queue.scan(job, (t) => {
    seen.push(String(t.data.id));
    return "keep";
  });
  return seen;
}

describe("TaskQueue", () => {
  it("visits waiting tasks in creation order, an older task requeued before newer ones", () => {
    const queue = new TaskQueue();
    const [a, b, c] = [task(1), task(2), task(3)];
    queue.add(job, a);
    queue.add(job, c);
    queue.add(job, b);
    queue.add(job, c);
    expect(ids(queue)).toEqual(["t1", "t2", "t3"]);
  });

  it("drops what a scan drops and keeps the rest, including what it never reached", () => {
    const queue = new TaskQueue();
    const tasks = [1, 2, 3, 4].map(task);
    for (const t of tasks) queue.add(job, t);
    queue.scan(job, (t) => (t.seq === 1 ? "drop" : t.seq === 2 ? "keep" : "stop"));
    expect(ids(queue)).toEqual(["t2", "t3", "t4"]);
    // A dropped task may join again.
    queue.add(job, tasks[0]);
    expect(ids(queue)).toEqual(["t1", "t2", "t3", "t4"]);
  });
});

describe("Placements", () => {
  function placement(taskId: string, nodeId: string, slots: number, subtask = 0): Placement {
    return {
      key: placementKey("j", taskId, subtask),
      jobId: "j",
      taskId,
      poolId: "p",
      nodeId,
      slots,
      primary: subtask === 0,
      released: Promise.resolve(),
      onReleased: () => {},
    };
  }

  it("counts slots per node and tasks per job (a multi-instance task once), without ids' case", () => {
    const placements = new Placements();
    const a = placement("a", "n1", 2);
    const b = placement("b", "n1", 1);
    const bSub = placement("b", "n2", 1, 1);
    for (const p of [a, b, bSub]) placements.add(p);
    expect(placements.slotsOn("P", "N1")).toBe(3);
    expect(placements.tasksOfJob("J")).toBe(2);
    expect(placements.onNode("p", "n2")).toEqual([bSub]);
    expect(placements.remove(a)).toBe(true);
    expect(placements.remove(a)).toBe(false);
    expect(placements.slotsOn("p", "n1")).toBe(1);
    expect(placements.ofJob("j")).toEqual([b, bSub]);
    expect(placements.get(placementKey("J", "B"))).toBe(b);
  });
});
