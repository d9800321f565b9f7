/**
 * `addTask`: the one entry behind `JobOperations.addTask` and `CloudJob.addTask`. One task goes out
 * as one `Task_Add` request; a list, or a task with files to stage, goes through the workflow.
 * @module
 */
import type { CallOptions } from "../behaviors.js";
import type { Caller } from "../caller.js";
import { CloudTask } from "../cloud-task.js";
import type { FileStagingArtifacts } from "../file-staging.js";
import { createTolerantOfLostResponse } from "../runtime/retried-create.js";
import { TASK_ADD_PARAMETER, TASK_FREEZE, TASK_MARK_COMMITTED } from "../task-hooks.js";
import type { AddTaskSummary } from "./types.js";
import { checkJobId, validateTasks } from "./validation.js";
import { addTaskCollection, type AddTaskOptions } from "./workflow.js";

/**
 * Options of `addTask` for a list of tasks: add-task workflow settings plus cancellation and
 * behaviors. `fileStagingArtifacts` (.NET's `ConcurrentBag` of dictionaries) receives one
 * {@link FileStagingArtifacts} map for the call.
 */
export type AddTaskCallOptions = Omit<AddTaskOptions, "behaviors" | "fileStagingArtifacts" | "owner"> & {
  /** Receives the staging artifacts of the call (one map, keyed by provider type). */
  fileStagingArtifacts?: FileStagingArtifacts[];
};

/**
 * Options of `addTask` for one task (one `Task_Add` request): cancellation, behaviors, and the
 * staging artifacts map used when the task has `filesToStage`. The list-only settings
 * (`parallelOptions`, `timeout`, `maxResubmissions`, `resubmitDelayMs`, `events`) are not part of
 * it, so passing one with a single task does not type-check.
 */
export type AddSingleTaskOptions = Pick<AddTaskOptions, "signal" | "additionalBehaviors"> & {
  /**
   * Filled with the artifact of each provider type the task's `filesToStage` uses (.NET's
   * `ConcurrentDictionary<Type, IFileStagingArtifact>`); an artifact already in it is used as it is.
   */
  fileStagingArtifacts?: FileStagingArtifacts;
} & {
  readonly [
    K in Exclude<keyof AddTaskCallOptions, "signal" | "additionalBehaviors" | "fileStagingArtifacts">
  ]?: never;
};

/** Workflow settings that only mean something for a list of tasks. */
const LIST_ONLY_OPTIONS = [
  "parallelOptions",
  "timeout",
  "maxResubmissions",
  "resubmitDelayMs",
  "events",
] as const satisfies readonly (keyof AddTaskCallOptions)[];

/**
 * Still checked at run time for JavaScript callers and casts.
 * @throws TypeError naming the first list-only option set for a single task, or for an array of artifact maps.
 */
function checkSingleTaskOptions(options: AddTaskOptions): void {
  const listOnly = LIST_ONLY_OPTIONS.find((name) => options[name] !== undefined);
  if (listOnly !== undefined) {
    throw new TypeError(
      `addTask: '${listOnly}' applies to a list of tasks only; pass the task in an array, or use signal / BatchRequestTimeout for one task.`,
    );
  }
  if (Array.isArray(options.fileStagingArtifacts)) {
    throw new TypeError("addTask: for one task, fileStagingArtifacts is a Map keyed by provider type");
  }
}

/** @internal Adds one task, or many through the workflow, to job `jobId` on behalf of `caller`. */
export async function addTask(
  caller: Caller,
  jobId: string,
  taskOrTasks: CloudTask | Iterable<CloudTask>,
  options: AddTaskCallOptions | AddSingleTaskOptions,
): Promise<void | AddTaskSummary> {
  if (!(taskOrTasks instanceof CloudTask)) {
    if (options.fileStagingArtifacts instanceof Map) {
      throw new TypeError(
        "addTask: for a list of tasks, fileStagingArtifacts is an array that receives one map per call",
      );
    }
    return addThroughWorkflow(caller, jobId, [...taskOrTasks], options as AddTaskOptions);
  }
  checkSingleTaskOptions(options as AddTaskOptions);
  // Staging lives in the workflow: a task with files goes through it, with the caller's map (rather
  // than an array of maps) for the artifacts. Otherwise the same checks guard one plain request.
  if (taskOrTasks.filesToStage?.length) {
    await addThroughWorkflow(caller, jobId, [taskOrTasks], options as AddTaskOptions);
    return;
  }
  checkJobId(jobId);
  validateTasks([taskOrTasks]);
  await addOne(caller, jobId, taskOrTasks, options as AddSingleTaskOptions);
}

function addThroughWorkflow(
  caller: Caller,
  jobId: string,
  tasks: CloudTask[],
  options: AddTaskOptions,
): Promise<AddTaskSummary> {
  // One caller for the tasks of the call, a copy of the adding object's behaviors.
  const owner = caller.child();
  return addTaskCollection(caller.protocol, jobId, tasks, { ...options, behaviors: caller.behaviors, owner });
}

async function addOne(caller: Caller, jobId: string, task: CloudTask, options: AddSingleTaskOptions) {
  const call: CallOptions = { signal: options.signal, additionalBehaviors: options.additionalBehaviors };
  // Resolved first: a bad behavior list or an already aborted signal must leave the task untouched.
  const requestOptions = caller.options(call);
  task[TASK_FREEZE]();
  const protocol = caller.protocol;
  const body = task[TASK_ADD_PARAMETER]();
  await createTolerantOfLostResponse(
    requestOptions,
    body,
    (options) => protocol.task.add({ ...options, jobId, task: body }),
    () => caller.body("task.get", { jobId, taskId: body.id }, call),
  );
  task[TASK_MARK_COMMITTED](jobId, caller.child());
}
