/**
 * `CloudJob`: a job, unbound (being built) or bound (read from the service).
 * @module
 */
import type {
  CloudJob as CloudJobWire,
  JobAddParameter,
  JobPatchParameter,
  JobUpdateParameter,
} from "../protocol/models.generated.js";
import type { AddTaskSummary } from "./add-task/index.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { CloudTask } from "./cloud-task.js";
import { applyDetailLevel, type DetailLevel } from "./detail-level.js";
import type { DisableJobOption } from "./generated/enums.generated.js";
import { CloudJobProperties } from "./generated/entity-properties.generated.js";
import type {
  JobPreparationAndReleaseTaskExecutionInformation,
  TaskCountsResult,
} from "./generated/values.generated.js";
import { JobOperations, type AddTaskCallOptions } from "./job-operations.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import {
  bindingStateOf,
  createBody,
  loadBound,
  markCreated,
  markSaved,
  patchBody,
  replaceBody,
  requireState,
  type BindingState,
} from "./runtime/entity-lifecycle.js";
import { peekProperty } from "./runtime/property-container.js";

/**
 * A job (Batch .NET `CloudJob`). Get one from `jobOperations.createJob()` (unbound: set its properties,
 * then {@link CloudJob.commit}) or from `getJob` / `listJobs` (bound: read-only except priority,
 * constraints, pool information, metadata, completion behaviour and the other patchable properties).
 */
export class CloudJob extends CloudJobProperties {
  readonly #caller: Caller;

  /** @internal Created by {@link JobOperations}. */
  constructor(caller: Caller, wire?: CloudJobWire) {
    super();
    this.#caller = caller;
    if (wire !== undefined) loadBound(this, wire);
  }

  /** `"unbound"` until the job is read from the service. */
  get bindingState(): BindingState {
    return bindingStateOf(this);
  }

  /** The behaviors applied to this job's requests (a copy of its parent's). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }

  get #operations(): JobOperations {
    return new JobOperations(this.#caller);
  }

  get #id(): string {
    const id = peekProperty(this, "id");
    if (typeof id !== "string" || id === "") throw new TypeError("CloudJob.id must be set");
    return id;
  }

  /**
   * Unbound: creates the job on the service, after which this object is read-only.
   * Bound: replaces the job's updatable properties (a PUT; unset ones return to their defaults).
   */
  async commit(call?: CallOptions): Promise<void> {
    if (this.bindingState === "unbound") {
      requireState(this, "unbound", "commit");
      await this.#caller.protocol.job.add({
        ...this.#caller.options(call),
        job: createBody<JobAddParameter>(this, "JobAddParameter"),
      });
      markCreated(this);
      return;
    }
    await this.#caller.protocol.job.update({
      ...this.#caller.options(call),
      jobId: this.#id,
      jobUpdateParameter: replaceBody<JobUpdateParameter>(this, "JobUpdateParameter"),
    });
    markSaved(this);
  }

  /** Sends only the properties changed since the job was read (a PATCH); nothing at all when none changed. Bound jobs only. */
  async commitChanges(call?: CallOptions): Promise<void> {
    requireState(this, "bound", "commitChanges");
    const jobPatchParameter = patchBody<JobPatchParameter>(this, "JobPatchParameter");
    if (jobPatchParameter === undefined) return;
    await this.#caller.protocol.job.patch({
      ...this.#caller.options(call),
      jobId: this.#id,
      jobPatchParameter,
    });
    markSaved(this);
  }

  /** Replaces this object's state with the service's (binding it if it was committed unbound). */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    const query = applyDetailLevel(detailLevel, { select: true, expand: true }, "refresh");
    const { body } = await this.#caller.protocol.job.get({
      ...this.#caller.options(call),
      ...query,
      jobId: this.#id,
    });
    loadBound(this, body);
  }

  /** Deletes the job. */
  delete(call?: CallOptions): Promise<void> {
    return this.#operations.deleteJob(this.#id, call);
  }

  /** Terminates the job. */
  terminate(terminateReason?: string, call?: CallOptions): Promise<void> {
    return this.#operations.terminateJob(this.#id, terminateReason, call);
  }

  /** Re-enables the job. */
  enable(call?: CallOptions): Promise<void> {
    return this.#operations.enableJob(this.#id, call);
  }

  /** Disables the job. */
  disable(disableJobOption: DisableJobOption, call?: CallOptions): Promise<void> {
    return this.#operations.disableJob(this.#id, disableJobOption, call);
  }

  /** Adds one task, or many through the add-task workflow. */
  addTask(task: CloudTask, options?: AddTaskCallOptions): Promise<void>;
  addTask(tasks: Iterable<CloudTask>, options?: AddTaskCallOptions): Promise<AddTaskSummary>;
  addTask(
    tasks: CloudTask | Iterable<CloudTask>,
    options?: AddTaskCallOptions,
  ): Promise<void | AddTaskSummary> {
    return this.#operations.addTask(this.#id, tasks as Iterable<CloudTask>, options);
  }

  /** Lists the job's tasks (lazily). */
  listTasks(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudTask> {
    return this.#operations.listTasks(this.#id, detailLevel, call);
  }

  /** Gets one of the job's tasks. */
  getTask(taskId: string, detailLevel?: DetailLevel, call?: CallOptions): Promise<CloudTask> {
    return this.#operations.getTask(this.#id, taskId, detailLevel, call);
  }

  /** Gets the job's task and slot counts by state. */
  getTaskCounts(call?: CallOptions): Promise<TaskCountsResult> {
    return this.#operations.getJobTaskCounts(this.#id, call);
  }

  /** Lists the job preparation and release task status per node (lazily). */
  listJobPreparationAndReleaseTaskStatus(
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<JobPreparationAndReleaseTaskExecutionInformation> {
    return this.#operations.listJobPreparationAndReleaseTaskStatus(this.#id, detailLevel, call);
  }
}
