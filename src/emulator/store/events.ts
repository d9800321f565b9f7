/**
 * Events the store emits on state changes. A scheduler (the node agent of part 2) subscribes
 * to these to drive nodes and tasks; every payload names the resource by its ids.
 * @module
 */

/** Identifies a pool. */
export interface PoolRef {
  /** Id of the pool. */
  readonly poolId: string;
}
/** Identifies a compute node. */
export interface NodeRef extends PoolRef {
  /** Id of the node within its pool. */
  readonly nodeId: string;
}
/** Identifies a job. */
export interface JobRef {
  /** Id of the job. */
  readonly jobId: string;
}
/** Identifies a task. */
export interface TaskRef extends JobRef {
  /** Id of the task within its job. */
  readonly taskId: string;
}
/** Identifies a job schedule. */
export interface ScheduleRef {
  /** Id of the job schedule. */
  readonly jobScheduleId: string;
}

/** Lets a listener hold back the end of a transition until `work` settles. */
export type Defer = (work: Promise<unknown>) => void;

/** Event names and their listener signatures (eventemitter3 style). */
export interface StoreEvents {
  /** A pool was created (its nodes join through `nodeAdded`). */
  poolAdded: (e: PoolRef) => void;
  /** A pool's properties changed through update or patch. */
  poolUpdated: (e: PoolRef) => void;
  /** A resize or stop-resize changed the pool's targets; nodes were added or removed. */
  poolResized: (
    e: PoolRef & { readonly targetDedicatedNodes: number; readonly targetLowPriorityNodes: number },
  ) => void;
  /** Automatic scaling was switched on or off for the pool. */
  poolAutoScaleChanged: (e: PoolRef & { readonly enabled: boolean }) => void;
  /** A pool delete was accepted; its nodes are leaving. */
  poolDeleting: (e: PoolRef) => void;
  /** The pool is gone from the store. */
  poolDeleted: (e: PoolRef) => void;
  /** A compute node joined a pool. */
  nodeAdded: (e: NodeRef) => void;
  /**
   * The node is leaving the pool; `deallocationOption` says what happens to its running tasks. A
   * listener that needs the node until some work ends (tasks running to completion) passes it to `defer`.
   */
  nodeRemoving: (e: NodeRef & { readonly deallocationOption: string; readonly defer: Defer }) => void;
  /** The node is gone from its pool. */
  nodeRemoved: (e: NodeRef) => void;
  /** A reboot began; `option` says what happens to its running tasks. */
  nodeRebooted: (e: NodeRef & { readonly option: string }) => void;
  /** A reimage began; `option` says what happens to its running tasks. */
  nodeReimaged: (e: NodeRef & { readonly option: string }) => void;
  /** A deallocate began; `option` says what happens to its running tasks. */
  nodeDeallocated: (e: NodeRef & { readonly option: string }) => void;
  /** A deallocated node was asked to start again. */
  nodeStarted: (e: NodeRef) => void;
  /** Task scheduling on the node was enabled or disabled (`option` given when disabling). */
  nodeSchedulingChanged: (
    e: NodeRef & { readonly schedulingState: string; readonly option?: string },
  ) => void;
  /** A job was created, by a request or by a job schedule. */
  jobAdded: (e: JobRef) => void;
  /** A job's properties changed through update or patch. */
  jobUpdated: (e: JobRef) => void;
  /** The job was disabled; `disableTasks` says what happens to its running tasks. */
  jobDisabled: (e: JobRef & { readonly disableTasks: string }) => void;
  /** A disabled job was enabled again. */
  jobEnabled: (e: JobRef) => void;
  /** The job is terminating; it completes once the work passed to `defer` (job release tasks) ended. */
  jobTerminated: (e: JobRef & { readonly terminateReason: string; readonly defer: Defer }) => void;
  /** A job delete was accepted; its tasks are being ended. */
  jobDeleting: (e: JobRef) => void;
  /** The job and its tasks are gone from the store. */
  jobDeleted: (e: JobRef) => void;
  /** A task was added to a job (alone or as part of a collection). */
  taskAdded: (e: TaskRef) => void;
  /** A task's constraints changed. */
  taskUpdated: (e: TaskRef) => void;
  /** A request terminated the task. */
  taskTerminated: (e: TaskRef) => void;
  /** A failed task was reactivated and waits to run again. */
  taskReactivated: (e: TaskRef) => void;
  /** The task is gone from its job. */
  taskDeleted: (e: TaskRef) => void;
  /** A task changed state (through the store API or an operation). */
  taskStateChanged: (e: TaskRef & { readonly state: string; readonly previousState: string }) => void;
  /** A node changed state (through the store API or an operation). */
  nodeStateChanged: (e: NodeRef & { readonly state: string; readonly previousState: string }) => void;
  /** A job schedule was created. */
  jobScheduleAdded: (e: ScheduleRef) => void;
  /** A job schedule's properties changed through update or patch. */
  jobScheduleUpdated: (e: ScheduleRef) => void;
  /** The job schedule was terminated; it creates no more jobs. */
  jobScheduleTerminated: (e: ScheduleRef) => void;
  /** The job schedule is gone from the store. */
  jobScheduleDeleted: (e: ScheduleRef) => void;
  /** A job schedule created a job on its recurrence. */
  jobScheduleTriggered: (e: ScheduleRef & JobRef) => void;
}
