/**
 * Events the store emits on state changes. A scheduler (the node agent of part 2) subscribes
 * to these to drive nodes and tasks; every payload names the resource by its ids.
 * @module
 */

/** Identifies a pool. */
export interface PoolRef {
  readonly poolId: string;
}
/** Identifies a compute node. */
export interface NodeRef extends PoolRef {
  readonly nodeId: string;
}
/** Identifies a job. */
export interface JobRef {
  readonly jobId: string;
}
/** Identifies a task. */
export interface TaskRef extends JobRef {
  readonly taskId: string;
}
/** Identifies a job schedule. */
export interface ScheduleRef {
  readonly jobScheduleId: string;
}

/** Lets a listener hold back the end of a transition until `work` settles. */
export type Defer = (work: Promise<unknown>) => void;

/** Event names and their listener signatures (eventemitter3 style). */
export interface StoreEvents {
  poolAdded: (e: PoolRef) => void;
  poolUpdated: (e: PoolRef) => void;
  /** A resize or stop-resize changed the pool's targets; nodes were added or removed. */
  poolResized: (
    e: PoolRef & { readonly targetDedicatedNodes: number; readonly targetLowPriorityNodes: number },
  ) => void;
  poolAutoScaleChanged: (e: PoolRef & { readonly enabled: boolean }) => void;
  poolDeleting: (e: PoolRef) => void;
  poolDeleted: (e: PoolRef) => void;
  nodeAdded: (e: NodeRef) => void;
  /**
   * The node is leaving the pool; `deallocationOption` says what happens to its running tasks. A
   * listener that needs the node until some work ends (tasks running to completion) passes it to `defer`.
   */
  nodeRemoving: (e: NodeRef & { readonly deallocationOption: string; readonly defer: Defer }) => void;
  nodeRemoved: (e: NodeRef) => void;
  nodeRebooted: (e: NodeRef & { readonly option: string }) => void;
  nodeReimaged: (e: NodeRef & { readonly option: string }) => void;
  nodeDeallocated: (e: NodeRef & { readonly option: string }) => void;
  nodeStarted: (e: NodeRef) => void;
  nodeSchedulingChanged: (
    e: NodeRef & { readonly schedulingState: string; readonly option?: string },
  ) => void;
  jobAdded: (e: JobRef) => void;
  jobUpdated: (e: JobRef) => void;
  jobDisabled: (e: JobRef & { readonly disableTasks: string }) => void;
  jobEnabled: (e: JobRef) => void;
  /** The job is terminating; it completes once the work passed to `defer` (job release tasks) ended. */
  jobTerminated: (e: JobRef & { readonly terminateReason: string; readonly defer: Defer }) => void;
  jobDeleting: (e: JobRef) => void;
  jobDeleted: (e: JobRef) => void;
  taskAdded: (e: TaskRef) => void;
  taskUpdated: (e: TaskRef) => void;
  taskTerminated: (e: TaskRef) => void;
  taskReactivated: (e: TaskRef) => void;
  taskDeleted: (e: TaskRef) => void;
  /** A task changed state (through the store API or an operation). */
  taskStateChanged: (e: TaskRef & { readonly state: string; readonly previousState: string }) => void;
  /** A node changed state (through the store API or an operation). */
  nodeStateChanged: (e: NodeRef & { readonly state: string; readonly previousState: string }) => void;
  jobScheduleAdded: (e: ScheduleRef) => void;
  jobScheduleUpdated: (e: ScheduleRef) => void;
  jobScheduleTerminated: (e: ScheduleRef) => void;
  jobScheduleDeleted: (e: ScheduleRef) => void;
  /** A job schedule created a job on its recurrence. */
  jobScheduleTriggered: (e: ScheduleRef & JobRef) => void;
}
