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
import { getNodeFile, listNodeFiles, type NodeFile, type NodeFileLocation } from "./node-file.js";
import type { ListNodeFilesOptions } from "./pool-operations.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import {
  bindingStateOf,
  createBody,
  loadBound,
  markCreated,
  markSaved,
  replaceBody,
  type BindingState,
} from "./runtime/entity-lifecycle.js";
import {
  assignInit,
  isReadOnly,
  makeReadOnly,
  pokeProperty,
  valueFromWire,
} from "./runtime/property-container.js";

const callers = new WeakMap<CloudTask, Caller>();
/** The job of each task that was added or read. */
const jobIds = new WeakMap<CloudTask, string>();
/** Passed as the id by {@link boundTask} to skip the public constructor's checks. */
const FROM_SERVICE: unknown = Symbol("CloudTask.fromService");

/**
 * A task (Batch .NET `CloudTask`). `new CloudTask(id, commandLine)` gives an unbound task to pass to
 * `jobOperations.addTask`; after that it is read-only until refreshed. Tasks from `getTask` /
 * `listTasks` are bound: read-only except `constraints`, which {@link CloudTask.commit} saves.
 */
export class CloudTask extends CloudTaskProperties {
  /** Local files to upload and reference as resource files when the task is added. */
  filesToStage?: IFileStagingProvider[];

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
    return jobIds.get(this);
  }

  /** The behaviors applied to this task's requests (empty until the task is added or read). */
  get customBehaviors(): BatchClientBehavior[] {
    return callers.get(this)?.behaviors ?? [];
  }
  /**
   * Replaces the list (later changes to the array take effect too).
   * @throws InvalidOperationException on a task that was never added or read; TypeError if it is not behaviors.
   */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  get #caller(): Caller {
    const caller = callers.get(this);
    if (caller === undefined || !jobIds.has(this)) {
      throw new InvalidOperationException(
        "This CloudTask is unbound and was never added to a job; add it with jobOperations.addTask() first.",
      );
    }
    return caller;
  }

  /** The task's job; throws like {@link CloudTask.#caller} for a task never added. */
  get #jobId(): string {
    void this.#caller;
    return jobIds.get(this) as string;
  }

  get #location(): NodeFileLocation {
    return { kind: "task", jobId: this.#jobId, taskId: this.id };
  }

  /** Makes the task read-only (the add-task workflow calls this before sending). */
  [TASK_FREEZE](): void {
    makeReadOnly(this, "it was added to a job; refresh() it to change it");
  }

  /** The add-request body of this task. */
  [TASK_ADD_PARAMETER](): TaskAddParameter {
    return createBody<TaskAddParameter>(this);
  }

  /** Records that the service accepted the task into job `jobId`. */
  [TASK_MARK_COMMITTED](jobId: string): void {
    jobIds.set(this, jobId);
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
  async commit(call?: CallOptions): Promise<void> {
    if (this.bindingState !== "bound") {
      throw new InvalidOperationException(
        "CloudTask.commit() is not allowed while the CloudTask is unbound; add it with jobOperations.addTask().",
      );
    }
    await this.#caller.protocol.task.update({
      ...this.#caller.options(call),
      jobId: this.#jobId,
      taskId: this.id,
      taskUpdateParameter: replaceBody<TaskUpdateParameter>(this, "TaskUpdateParameter"),
    });
    markSaved(this);
  }

  /** Replaces this object's state with the service's (binding it if it was added unbound). */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    const read = { operation: "refresh", clauses: { select: true, expand: true }, detailLevel, call };
    const body = await this.#caller.get(read, (protocol, request) =>
      protocol.task.get({ ...request, jobId: this.#jobId, taskId: this.id }),
    );
    loadBound(this, body);
  }

  /** Deletes the task. */
  async delete(call?: CallOptions): Promise<void> {
    await this.#caller.protocol.task.delete({ ...this.#ids(call) });
  }

  /** Terminates the task. */
  async terminate(call?: CallOptions): Promise<void> {
    await this.#caller.protocol.task.terminate({ ...this.#ids(call) });
  }

  /** Makes a failed task eligible to run again. */
  async reactivate(call?: CallOptions): Promise<void> {
    await this.#caller.protocol.task.reactivate({ ...this.#ids(call) });
  }

  /** Lists the subtasks of a multi-instance task (lazily). */
  listSubtasks(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<SubtaskInformation> {
    return listSubtasks(this.#caller, this.#jobId, this.id, detailLevel, call);
  }

  /** Gets a file of the task's directory, e.g. `stdout.txt`. */
  getNodeFile(filePath: string, call?: CallOptions): Promise<NodeFile> {
    return getNodeFile(this.#caller, this.#location, filePath, call);
  }

  /** Lists the files of the task's directory (lazily). */
  listNodeFiles(options: ListNodeFilesOptions = {}, call?: CallOptions): PagedEnumerable<NodeFile> {
    return listNodeFiles(this.#caller, this.#location, options, call);
  }

  #ids(call?: CallOptions) {
    return { ...this.#caller.options(call), jobId: this.#jobId, taskId: this.id };
  }
}

/** @internal Wraps a task the service returned (bound, in job `jobId`). */
export function boundTask(caller: Caller, jobId: string, wire: CloudTaskWire): CloudTask {
  const bound = new CloudTask(FROM_SERVICE as string, "");
  jobIds.set(bound, jobId);
  callers.set(bound, caller);
  loadBound(bound, wire);
  return bound;
}

/** @internal Gives a task the caller its later requests go through (done when it is added). */
export function attachTaskCaller(task: CloudTask, caller: Caller): void {
  callers.set(task, caller);
}

/** @internal Lists the subtasks of a task. */
export function listSubtasks(
  caller: Caller,
  jobId: string,
  taskId: string,
  detailLevel: DetailLevel | undefined,
  call?: CallOptions,
): PagedEnumerable<SubtaskInformation> {
  return caller.list(
    { operation: "listSubtasks", clauses: { select: true }, detailLevel, call },
    (protocol, request) => {
      const response = protocol.task.listSubtasks({ ...request, jobId, taskId });
      return { byPage: () => singlePage(response) };
    },
    (wire) => valueFromWire(SubtaskInformation, wire),
  );
}

/** The subtask list is not pageable on the wire: one response, one page. */
async function* singlePage<W>(response: Promise<{ body: { value?: W[] } }>) {
  const { body } = await response;
  yield { items: body.value ?? [] };
}
