/**
 * `CloudTask`: a task, built locally (`new CloudTask(id, commandLine)`) or read from the service.
 * @module
 */
import type {
  CloudTask as CloudTaskWire,
  TaskAddParameter,
  TaskUpdateParameter,
} from "../protocol/models.generated.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
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
import {
  bindingStateOf,
  createBody,
  EntityLifecycle,
  loadBound,
  markCreated,
  type BindingState,
  type EntityRequests,
} from "./runtime/entity-lifecycle.js";
import {
  assignInit,
  isReadOnly,
  makeReadOnly,
  pokeProperty,
  valueFromWire,
} from "./runtime/property-container.js";

/** The path parameters naming one task. */
interface TaskKey {
  jobId: string;
  taskId: string;
}

/** @internal The requests behind a CloudTask's commit (bound), refresh, get and list; a task lives in a job. */
export const TASK_REQUESTS: EntityRequests<CloudTask, TaskKey, CloudTaskWire, { jobId: string }> = {
  key: (task) => ({ jobId: jobIdOf(task), taskId: task.id }),
  wrap: (caller, wire, { jobId }) => boundTask(caller, jobId, wire),
  replace: {
    definition: "TaskUpdateParameter",
    send: (protocol, request, taskUpdateParameter: TaskUpdateParameter) =>
      protocol.task.update({ ...request, taskUpdateParameter }),
  },
  get: "task.get",
  list: "task.list",
};

/** Passed as the id by {@link boundTask} to skip the public constructor's checks. */
const FROM_SERVICE: unknown = Symbol("CloudTask.fromService");

/** Binds a task to its job and caller; set by the class, which alone reaches its private fields. */
let bindTask: (task: CloudTask, jobId: string, caller: Caller | undefined) => void;

/** The job of a task that was added or read. */
function jobIdOf(task: CloudTask): string {
  const jobId = task[TASK_PARENT_JOB_ID];
  if (jobId === undefined) throw neverAdded();
  return jobId;
}

function neverAdded(): InvalidOperationException {
  return new InvalidOperationException(
    "This CloudTask is unbound and was never added to a job; add it with jobOperations.addTask() first.",
  );
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
  /** The caller of the task's own requests, given when it was added or read. */
  #caller?: Caller;
  #lifecycle?: EntityLifecycle<CloudTask, TaskKey, CloudTaskWire, { jobId: string }>;

  static {
    bindTask = (task, jobId, caller) => {
      task.#jobId = jobId;
      if (caller !== undefined) task.#caller = caller;
    };
  }

  /** Creates an unbound task with an id, a command line and optionally more properties. */
  constructor(id: string, commandLine: string, init?: Omit<CloudTaskInit, "id" | "commandLine">) {
    super();
    if (id === FROM_SERVICE) return;
    if (typeof id !== "string" || id === "") throw new TypeError("CloudTask: id must be a non-empty string");
    if (typeof commandLine !== "string") throw new TypeError("CloudTask: commandLine must be a string");
    this.id = id;
    this.commandLine = commandLine;
    assignInit(this, init);
  }

  /** The task id. */
  override get id(): string {
    return super.id as string;
  }
  override set id(value: string) {
    super.id = value;
  }

  /** `"unbound"` for a task built locally, `"bound"` once read from the service. */
  get bindingState(): BindingState {
    return bindingStateOf(this);
  }

  /** True once the task was added (until it is refreshed). */
  get [TASK_IS_READ_ONLY](): boolean {
    return isReadOnly(this);
  }

  /** The id of the job the task belongs to, once it was added or read. */
  get [TASK_PARENT_JOB_ID](): string | undefined {
    return this.#jobId;
  }

  /** The behaviors applied to this task's requests (empty until the task is added or read). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller?.behaviors ?? [];
  }
  /**
   * Replaces the list (later changes to the array take effect too).
   * @throws InvalidOperationException on a task that was never added or read; TypeError if it is not behaviors.
   */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#bound.caller.behaviors = value;
  }

  /** The task's job and caller. @throws InvalidOperationException for a task never added or read. */
  get #bound(): { caller: Caller; key: TaskKey } {
    const caller = this.#caller;
    if (caller === undefined || this.#jobId === undefined) throw neverAdded();
    return { caller, key: TASK_REQUESTS.key(this) };
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
    bindTask(this, jobId, caller);
    markCreated(this);
  }

  /** Records a state the task monitor observed. */
  [TASK_APPLY_STATE](state: TaskState): void {
    pokeProperty(this, "state", state);
  }

  get #requests(): EntityLifecycle<CloudTask, TaskKey, CloudTaskWire, { jobId: string }> {
    this.#lifecycle ??= new EntityLifecycle(this, this.#bound.caller, TASK_REQUESTS);
    return this.#lifecycle;
  }

  /**
   * Saves the task's `constraints` (the only property the service lets you change). Bound tasks only;
   * unbound tasks are created with `jobOperations.addTask()`.
   */
  async commit(call?: CallOptions): Promise<void> {
    if (this.bindingState !== "bound") {
      throw new InvalidOperationException(
        "CloudTask.commit() is not allowed while the CloudTask is unbound; add it with jobOperations.addTask().",
      );
    }
    await this.#requests.commit(call);
  }

  /** Replaces this object's state with the service's (binding it if it was added unbound). */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    await this.#requests.refresh(detailLevel, call);
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

/** @internal Wraps a task the service returned (bound, in job `jobId`). */
export function boundTask(caller: Caller, jobId: string, wire: CloudTaskWire): CloudTask {
  const bound = new CloudTask(FROM_SERVICE as string, "");
  bindTask(bound, jobId, caller);
  loadBound(bound, wire);
  return bound;
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
