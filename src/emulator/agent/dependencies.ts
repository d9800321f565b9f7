/**
 * Whether a task's dependencies (`dependsOn`) are satisfied. Ranges stay ranges: a range of two
 * billion ids costs one pass over the job's tasks, not an array of two billion ids.
 * @module
 */
import type { JobEntity, TaskEntity } from "../store/entities.js";

/** A completed task lets its dependants run: by its exit options, else by whether it succeeded. */
function satisfies(dep: TaskEntity): boolean {
  if (dep.data.state !== "completed") return false;
  const result = dep.data.executionInfo?.result;
  const action = dep.exitOptions?.dependencyAction ?? (result === "success" ? "satisfy" : "block");
  return action === "satisfy";
}

/** The numeric value of an id written as a plain decimal integer (`"7"`, not `"07"` or `"7a"`). */
function numericId(id: string): number | undefined {
  if (!/^(0|[1-9]\d{0,9})$/.test(id)) return undefined;
  return Number(id);
}

/**
 * True when every task `task` names by id exists and satisfies it, and every task of the job whose
 * id falls in one of its ranges satisfies it (ids of a range no task has are not waited for).
 */
export function dependenciesMet(job: JobEntity, task: TaskEntity): boolean {
  const deps = task.data.dependsOn;
  if (!deps) return true;
  for (const id of deps.taskIds ?? []) {
    const dep = job.tasks.find(id);
    if (!dep || !satisfies(dep)) return false;
  }
  const ranges = deps.taskIdRanges ?? [];
  if (ranges.length === 0) return true;
  for (const candidate of job.tasks.list()) {
    const n = numericId(candidate.data.id);
    if (n === undefined || !ranges.some((r) => r.start <= n && n <= r.end)) continue;
    if (candidate !== task && !satisfies(candidate)) return false;
  }
  return true;
}
