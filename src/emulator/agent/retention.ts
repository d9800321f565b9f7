/**
 * Retention of completed tasks' files: a task's directory is removed once its `retentionTime`
 * has passed (real time, not scaled: it is a limit the user set), unless the task ran again or was
 * replaced meanwhile.
 * @module
 */
import { rm } from "node:fs/promises";
import { parseDuration } from "../../protocol/durations.js";
import type { JobEntity, TaskEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";

/** Removes a completed task's directory once its `retentionTime` has passed. */
export function scheduleTaskCleanup(store: Store, job: JobEntity, task: TaskEntity): void {
  const retention = parseDuration(((task.data.constraints ?? {}) as WireObject).retentionTime);
  const dir = store.taskDirectory(job, task);
  if (retention === undefined || dir === undefined) return;
  store.after(retention, () => {
    if (job.tasks.find(String(task.data.id)) === task && task.data.state === "completed")
      void rm(dir, { recursive: true, force: true });
  });
}
