/**
 * `CloudJobSchedule`: a job schedule, unbound (being built) or bound (read from the service).
 * @module
 */
import type {
  CloudJobSchedule as CloudJobScheduleWire,
  JobScheduleAddParameter,
  JobSchedulePatchParameter,
  JobScheduleUpdateParameter,
} from "../protocol/models.generated.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { CloudJob } from "./cloud-job.js";
import { applyDetailLevel, type DetailLevel } from "./detail-level.js";
import { CloudJobScheduleProperties } from "./generated/entity-properties.generated.js";
import { JobScheduleOperations } from "./job-schedule-operations.js";
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
 * A job schedule (Batch .NET `CloudJobSchedule`). Unbound from `createJobSchedule()`, bound from
 * `getJobSchedule` / `listJobSchedules` (where schedule, job specification and metadata stay writable).
 */
export class CloudJobSchedule extends CloudJobScheduleProperties {
  readonly #caller: Caller;

  /** @internal Created by {@link JobScheduleOperations}. */
  constructor(caller: Caller, wire?: CloudJobScheduleWire) {
    super();
    this.#caller = caller;
    if (wire !== undefined) loadBound(this, wire);
  }

  /** `"unbound"` until the schedule is read from the service. */
  get bindingState(): BindingState {
    return bindingStateOf(this);
  }

  /** The behaviors applied to this schedule's requests (a copy of its parent's). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }

  get #operations(): JobScheduleOperations {
    return new JobScheduleOperations(this.#caller);
  }

  get #id(): string {
    const id = peekProperty(this, "id");
    if (typeof id !== "string" || id === "") throw new TypeError("CloudJobSchedule.id must be set");
    return id;
  }

  /** Unbound: creates the schedule (then read-only). Bound: replaces schedule, job specification and metadata (PUT). */
  async commit(call?: CallOptions): Promise<void> {
    if (this.bindingState === "unbound") {
      requireState(this, "unbound", "commit");
      await this.#caller.protocol.jobSchedule.add({
        ...this.#caller.options(call),
        cloudJobSchedule: createBody<JobScheduleAddParameter>(this, "JobScheduleAddParameter"),
      });
      markCreated(this);
      return;
    }
    await this.#caller.protocol.jobSchedule.update({
      ...this.#caller.options(call),
      jobScheduleId: this.#id,
      jobScheduleUpdateParameter: replaceBody<JobScheduleUpdateParameter>(this, "JobScheduleUpdateParameter"),
    });
    markSaved(this);
  }

  /**
   * Sends only the properties changed since the schedule was read (a PATCH); nothing at all when none
   * changed. Bound schedules only.
   */
  async commitChanges(call?: CallOptions): Promise<void> {
    requireState(this, "bound", "commitChanges");
    const jobSchedulePatchParameter = patchBody<JobSchedulePatchParameter>(this, "JobSchedulePatchParameter");
    if (jobSchedulePatchParameter === undefined) return;
    await this.#caller.protocol.jobSchedule.patch({
      ...this.#caller.options(call),
      jobScheduleId: this.#id,
      jobSchedulePatchParameter,
    });
    markSaved(this);
  }

  /** Replaces this object's state with the service's. */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    const query = applyDetailLevel(detailLevel, { select: true, expand: true }, "refresh");
    const { body } = await this.#caller.protocol.jobSchedule.get({
      ...this.#caller.options(call),
      ...query,
      jobScheduleId: this.#id,
    });
    loadBound(this, body);
  }

  /** Deletes the schedule. */
  delete(call?: CallOptions): Promise<void> {
    return this.#operations.deleteJobSchedule(this.#id, call);
  }

  /** Terminates the schedule. */
  terminate(call?: CallOptions): Promise<void> {
    return this.#operations.terminateJobSchedule(this.#id, call);
  }

  /** Re-enables the schedule. */
  enable(call?: CallOptions): Promise<void> {
    return this.#operations.enableJobSchedule(this.#id, call);
  }

  /** Disables the schedule. */
  disable(call?: CallOptions): Promise<void> {
    return this.#operations.disableJobSchedule(this.#id, call);
  }

  /** Lists the jobs this schedule created (lazily). */
  listJobs(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<CloudJob> {
    return this.#operations.listJobs(this.#id, detailLevel, call);
  }
}
