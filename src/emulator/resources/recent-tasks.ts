/**
 * A node's `recentTasks`: the tasks whose state changed on it lately (running and recently
 * completed ones), newest first, each as a `TaskInformation` (without `taskUrl`, which the HTTP
 * layer derives from the request).
 * @module
 */
import type { TaskInformation } from "../../protocol/models.generated.js";
import type { JobEntity, TaskEntity, WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { clone } from "./common.js";

/**
 * How many tasks a node reports at most. The service does not document its bound; the oldest
 * entries fall off first.
 */
export const RECENT_TASKS_LIMIT = 10;

function sameTask(entry: TaskInformation, jobId: string, taskId: string): boolean {
  return (
    String(entry.jobId).toLowerCase() === jobId.toLowerCase() &&
    String(entry.taskId).toLowerCase() === taskId.toLowerCase()
  );
}

/**
 * Records the task's current state on the node its `nodeInfo` names. A task that went back to
 * `active` (requeued or reactivated) is no longer the node's and leaves its list.
 */
export function recordRecentTask(store: Store, job: JobEntity, task: TaskEntity): void {
  const nodeInfo = task.data.nodeInfo;
  if (typeof nodeInfo?.poolId !== "string" || typeof nodeInfo.nodeId !== "string") return;
  const node = store.pools.find(nodeInfo.poolId)?.nodes.find(nodeInfo.nodeId);
  if (!node) return;
  const jobId = job.data.id;
  const taskId = task.data.id;
  const others = (node.data.recentTasks ?? []).filter((e) => !sameTask(e, jobId, taskId));
  const state = task.data.state!;
  const entries: TaskInformation[] =
    state === "active"
      ? others
      : [{ jobId, taskId, taskState: state, executionInfo: clone(task.data.executionInfo) }, ...others];
  if (entries.length === 0) delete node.data.recentTasks;
  else node.data.recentTasks = entries.slice(0, RECENT_TASKS_LIMIT);
  store.markDirty();
}

/** The node's `recentTasks` with each entry's `taskUrl` (`taskUrl(jobId, taskId)`). */
export function recentTasksWithUrls(
  recent: readonly TaskInformation[] | undefined,
  taskUrl: (jobId: string, taskId: string) => string,
): WireObject[] | undefined {
  if (!recent) return undefined;
  return recent.map((entry) => ({
    taskUrl: taskUrl(String(entry.jobId), String(entry.taskId)),
    ...entry,
  }));
}
