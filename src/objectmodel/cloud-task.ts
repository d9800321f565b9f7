/**
 * `CloudTask`: a task, built locally (`new CloudTask(id, commandLine)`) or read from the service.
 * @module
 */
import type {
  CloudTask as CloudTaskWire,
  TaskAddParameter,
  TaskUpdateParameter,
} from "../protocol/models.generated.js";
import type { CallOptions } from "./behaviors.js";
import { Caller } from "./caller.js";
import type { DetailLevel } from "./detail-level.js";
import { InvalidOperationException } from "./errors.js";
import type { IFileStagingProvider } from "./file-staging.js";
import type { TaskState } from "./generated/enums.generated.js";
import { CloudTaskProperties, type CloudTaskInit } from "./generated/entity-properties.generated.js";
import { SubtaskInformation } from "./generated/values.generated.js";
import {
  TASK_ADD_PARAMETER,
  TASK_APPLY_STATE,
  TASK_FREEZE,
  TASK_IS_READ_ONLY,
  TASK_MARK_COMMITTED,
  TASK_PARENT_JOB_ID,
} from "./task-hooks.js";
import {
  getNodeFile,
  listNodeFiles,
  type ListNodeFilesOptions,
  type NodeFile,
  type NodeFileLocation,
} from "./node-file.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { createBody, markCreated, type ListedEntityRequests } from "./runtime/entity-lifecycle.js";
import {
  assignInit,
  isReadOnly,
  makeReadOnly,
  pokeProperty,
  valueFromWire,
} from "./runtime/property-container.js";

/** Why a task built locally cannot send requests before it was added. */
const NEVER_ADDED =
  "This CloudTask is unbound and was never added to a job; add it with jobOperations.addTask() first.";

/** The path parameters naming one task. */
interface TaskKey {
  jobId: string;
  taskId: string;
}

/** @internal The requests behind a CloudTask's commit (bound), refresh, get and list; a task lives in a job. */
export const TASK_REQUESTS: ListedEntityRequests<CloudTask, TaskKey, CloudTaskWire, { jobId: string }> = {
  key: (task) => ({ jobId: jobIdOf(task), taskId: task.id }),
  wrap: (caller, wire, { jobId }) => new CloudTask(caller, jobId, wire),
  replace: {
    definition: "TaskUpdateParameter",
    send: (protocol, request, taskUpdateParameter: TaskUpdateParameter) =>
      protocol.task.update({ ...request, taskUpdateParameter }),
  },
  get: "task.get",
  list: "task.list",
  unattached: NEVER_ADDED,
};

/** The job of a task that was added or read. */
function jobIdOf(task: CloudTask): string {
  const jobId = task[TASK_PARENT_JOB_ID];
  if (jobId === undefined) throw new InvalidOperationException(NEVER_ADDED);
  return jobId;
}

/**
 * A task (Batch .NET `CloudTask`). `new CloudTask(id, commandLine)` gives an unbound task to pass to
 * `jobOperations.addTask`; after that it is read-only until refreshed. Tasks from `getTask` /
 * `listTasks` are bound: read-only except `constraints`, which {@link CloudTask.commit} saves.
 */
export class CloudTask extends CloudTaskProperties {
  /** Local files to upload and reference as resource files when the task is added. */
  filesToStage?: IFileStagingProvider[];
  /** The job the task was added to or read from. */
  #jobId?: string;

  /** Creates an unbound task with an id, a command line and optionally more properties. */
  constructor(id: string, commandLine: string, init?: Omit<CloudTaskInit, "id" | "commandLine">);
  /** @internal A bound task from the service's data, in job `jobId`; `caller` sends its requests. */
  constructor(caller: Caller, jobId: string, wire: CloudTaskWire);
  constructor(
    idOrCaller: string | Caller,
    commandLineOrJobId: string,
    initOrWire?: Omit<CloudTaskInit, "id" | "commandLine"> | CloudTaskWire,
  ) {
    const fromService = idOrCaller instanceof Caller;
    super(fromService ? idOrCaller : undefined, TASK_REQUESTS, fromService ? initOrWire : undefined);
    if (fromService) {
      this.#jobId = commandLineOrJobId;
      return;
    }
    if (typeof idOrCaller !== "string" || idOrCaller === "") {
      throw new TypeError("CloudTask: id must be a non-empty string");
    }
    if (typeof commandLineOrJobId !== "string")
      throw new TypeError("CloudTask: commandLine must be a string");
    this.id = idOrCaller;
    this.commandLine = commandLineOrJobId;
    assignInit(this, initOrWire);
  }

  /** The task id. */
  override get id(): string {
    return super.id as string;
  }
  override set id(value: string) {
    super.id = value;
  }

  /** True once the task was added (until it is refreshed). */
  get [TASK_IS_READ_ONLY](): boolean {
    return isReadOnly(this);
  }

  /** The id of the job the task belongs to, once it was added or read. */
  get [TASK_PARENT_JOB_ID](): string | undefined {
    return this.#jobId;
  }

  /** The task's caller and the path parameters naming it. @throws InvalidOperationException for a task never added or read. */
  get #bound(): { caller: Caller; key: TaskKey } {
    return { caller: this.caller, key: TASK_REQUESTS.key(this) };
  }

  get #location(): NodeFileLocation {
    return { kind: "task", ...this.#bound.key };
  }

  /** Makes the task read-only (the add-task workflow calls this before sending). */
  [TASK_FREEZE](): void {
    makeReadOnly(this, "it was added to a job; refresh() it to change it");
  }

  /** The add-request body of this task. */
  [TASK_ADD_PARAMETER](): TaskAddParameter {
    return createBody<TaskAddParameter>(this);
  }

  /** @internal Records that the service accepted the task into job `jobId`; `caller` sends its later requests. */
  [TASK_MARK_COMMITTED](jobId: string, caller?: Caller): void {
    this.#jobId = jobId;
    if (caller !== undefined) this.attach(caller);
    markCreated(this);
  }

  /** Records a state the task monitor observed. */
  [TASK_APPLY_STATE](state: TaskState): void {
    pokeProperty(this, "state", state);
  }

  /**
   * Saves the task's `constraints` (the only property the service lets you change). Bound tasks only;
   * unbound tasks are created with `jobOperations.addTask()`.
   */
  override async commit(call?: CallOptions): Promise<void> {
    if (this.bindingState !== "bound") {
      throw new InvalidOperationException(
        "CloudTask.commit() is not allowed while the CloudTask is unbound; add it with jobOperations.addTask().",
      );
    }
    await super.commit(call);
  }

  /** Deletes the task. */
  async delete(call?: CallOptions): Promise<void> {
    const { caller, key } = this.#bound;
    await caller.send("task.delete", key, call);
  }

  /** Terminates the task. */
  async terminate(call?: CallOptions): Promise<void> {
    const { caller, key } = this.#bound;
    await caller.send("task.terminate", key, call);
  }

  /** Makes a failed task eligible to run again. */
  async reactivate(call?: CallOptions): Promise<void> {
    const { caller, key } = this.#bound;
    await caller.send("task.reactivate", key, call);
  }

  /** Lists the subtasks of a multi-instance task (lazily). */
  listSubtasks(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<SubtaskInformation> {
    const { caller, key } = this.#bound;
    return listSubtasks(caller, key, detailLevel, call);
  }

  /** Gets a file of the task's directory, e.g. `stdout.txt`. */
  getNodeFile(filePath: string, call?: CallOptions): Promise<NodeFile> {
    return getNodeFile(this.#bound.caller, this.#location, filePath, call);
  }

  /** Lists the files of the task's directory (lazily). */
  listNodeFiles(options: ListNodeFilesOptions = {}, call?: CallOptions): PagedEnumerable<NodeFile> {
    return listNodeFiles(this.#bound.caller, this.#location, options, call);
  }
}

/** @internal Lists the subtasks of a task (the wire sends them in one response). */
export function listSubtasks(
  caller: Caller,
  key: TaskKey,
  detailLevel: DetailLevel | undefined,
  call: CallOptions | undefined,
): PagedEnumerable<SubtaskInformation> {
  const read = { operation: "listSubtasks", detailLevel, call };
  return caller.list("task.listSubtasks", key, read, (wire) => valueFromWire(SubtaskInformation, wire));
}
