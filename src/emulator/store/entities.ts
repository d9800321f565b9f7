/**
 * What the store keeps for each resource: the wire representation the service answers with
 * (a JSON object in the shape of the contract the service is built on, typed by its generated models)
 * plus a few internal fields.
 * @module
 */
import type {
  Certificate,
  CloudJob,
  CloudJobSchedule,
  CloudPool,
  CloudTask,
  ComputeNode,
  ComputeNodeUser,
  JobPreparationAndReleaseTaskExecutionInformation,
  SubtaskInformation,
} from "../../protocol/models.generated.js";
import type { Collection } from "./collection.js";

/** A JSON object in wire shape (property names as on the wire). */
export type WireObject = Record<string, unknown>;

/**
 * A stored wire object: typed as the contract's definition `T`, and still a {@link WireObject} so the
 * generic rules (state transitions, eTags, `$select`, per-version shapes) work on every kind.
 */
export type Stored<T> = T & WireObject;

/** A stored resource that has an id (every kind but certificates, which are keyed by thumbprint). */
export type StoredWithId<T> = Stored<T> & {
  /** The resource's id, which every stored resource of these kinds has. */
  id: string;
};

/** A node's user account as stored: without its password, which the service never returns and so never keeps. */
export type StoredUser = Stored<Omit<ComputeNodeUser, "password">>;

/** A compute node and its user accounts. */
export interface NodeEntity {
  /** Creation sequence number (listing order). */
  readonly seq: number;
  /** The `ComputeNode` wire object. */
  data: StoredWithId<ComputeNode>;
  /** `ComputeNodeUser` accounts by name (passwords and keys are never returned). */
  users: Record<string, StoredUser>;
}

/** What owns an auto pool and whether it outlives its owner. */
export interface AutoPoolOwner {
  /** `job` or `jobschedule`: whose lifetime the pool has. */
  readonly lifetime: string;
  /** Id of the job or job schedule the pool lives for. */
  readonly ownerId: string;
  /** Whether the pool stays when its lifetime ends. */
  readonly keepAlive: boolean;
}

/** A pool and its nodes. */
export interface PoolEntity {
  /** Creation sequence number (listing order). */
  readonly seq: number;
  /** The `CloudPool` wire object. */
  data: StoredWithId<CloudPool>;
  /** The pool's compute nodes, keyed by node id. */
  nodes: Collection<NodeEntity>;
  /** Bumped by every resize and stop-resize so that a superseded resize never completes. */
  resizeGeneration: number;
  /** How nodes leave the pool when the resize in progress shrinks it (`requeue` when not given). */
  pendingDeallocationOption?: string;
  /** When (ms since the epoch) the last `enableautoscale` request was accepted: the next one waits 30 s. */
  autoScaleEnabledAt?: number;
  /** Set on an auto pool: the job or job schedule it was created for. */
  autoPool?: AutoPoolOwner;
}

/** A task of a job. */
export interface TaskEntity {
  /** Creation sequence number (listing order). */
  readonly seq: number;
  /** The `CloudTask` wire object. */
  data: StoredWithId<CloudTask>;
  /** `SubtaskInformation` entries of a multi-instance task. */
  subtasks: Stored<SubtaskInformation>[];
  /**
   * What its exit conditions decided when it completed: the job action and whether tasks that
   * depend on it may run. Absent for tasks that were terminated by a request.
   */
  exitOptions?: {
    /** `none`, `disable` or `terminate`: what happens to the job. */
    readonly jobAction: string;
    /** `satisfy` or `block`: whether dependent tasks may run. */
    readonly dependencyAction: string;
  };
}

/** A job and its tasks. */
export interface JobEntity {
  /** Creation sequence number (listing order). */
  readonly seq: number;
  /** The `CloudJob` wire object. */
  data: StoredWithId<CloudJob>;
  /** The job's tasks, keyed by task id. */
  tasks: Collection<TaskEntity>;
  /** Id of the job schedule that created this job, if any. */
  scheduleId?: string;
  /** `JobPreparationAndReleaseTaskExecutionInformation` entries, one per node that ran them. */
  prepReleaseStatus: Stored<JobPreparationAndReleaseTaskExecutionInformation>[];
}

/** A job schedule. */
export interface ScheduleEntity {
  /** Creation sequence number (listing order). */
  readonly seq: number;
  /** The `CloudJobSchedule` wire object. */
  data: StoredWithId<CloudJobSchedule>;
  /** How many jobs the schedule has created (the `N` in `<scheduleId>:job-N`). */
  jobCounter: number;
}

/** A certificate, keyed by `<thumbprintAlgorithm>-<thumbprint>`. */
export interface CertificateEntity {
  /** Creation sequence number (listing order). */
  readonly seq: number;
  /** The `Certificate` wire object (without the private data). */
  data: Stored<Certificate>;
}
