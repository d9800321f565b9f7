/**
 * Checks done before an add-task call sends anything.
 * @module
 */
import { InvalidOperationException } from "../errors.js";
import { TASK_IS_READ_ONLY } from "../task-hooks.js";
import type { AddableTask } from "./types.js";

/**
 * Returns the tasks as an array after checking them: no missing entries, string ids, unbound, not
 * added before, and no two ids equal ignoring case (the service compares ids that way).
 */
export function validateTasks(tasks: Iterable<AddableTask>): AddableTask[] {
  if (
    tasks === null ||
    tasks === undefined ||
    typeof (tasks as Iterable<unknown>)[Symbol.iterator] !== "function"
  ) {
    throw new TypeError("addTask: tasks must be an array (or iterable) of CloudTask");
  }
  const list = Array.from(tasks);
  const seen = new Map<string, number>();
  list.forEach((task, index) => {
    if (task === null || task === undefined || typeof task !== "object") {
      throw new TypeError(
        `addTask: tasks[${index}] is ${task === null ? "null" : typeof task}, expected a CloudTask`,
      );
    }
    // Read once: on a CloudTask it is a tracked property, not a plain field.
    const id = task.id;
    if (typeof id !== "string" || id.length === 0) {
      throw new TypeError(`addTask: tasks[${index}] has no id`);
    }
    if (task.bindingState === "bound") {
      throw new InvalidOperationException(
        `addTask: task '${id}' (tasks[${index}]) is bound to the service; only unbound tasks can be added`,
      );
    }
    if (task[TASK_IS_READ_ONLY]) {
      throw new InvalidOperationException(
        `addTask: task '${id}' (tasks[${index}]) was already submitted by an earlier add call and is read-only`,
      );
    }
    const key = id.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw new TypeError(`addTask: tasks[${first}] and tasks[${index}] have the same id '${id}'`);
    }
    seen.set(key, index);
  });
  return list;
}

/** Checks a job id argument. */
export function checkJobId(jobId: unknown): string {
  if (typeof jobId !== "string" || jobId.length === 0)
    throw new TypeError("addTask: jobId must be a non-empty string");
  return jobId;
}

/** Checks a whole-number option with a lower bound, returning the default when absent. */
export function checkCount(what: string, value: unknown, minimum: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < minimum) {
    throw new RangeError(`${what} must be an integer ≥ ${minimum}`);
  }
  return value;
}
