/**
 * The keys of the members through which the add-task workflow and the task monitor reach a task.
 * They are symbols this package does not export, so those members stay off `CloudTask`'s public
 * surface while test doubles and the workflow can still implement and call them.
 * @module
 */

/** `[TASK_IS_READ_ONLY]`: true once the task went through an add call (until it is refreshed). */
export const TASK_IS_READ_ONLY: unique symbol = Symbol("azbatch.task.isReadOnly");
/** `[TASK_FREEZE]()`: makes the task read-only before it is staged and sent. */
export const TASK_FREEZE: unique symbol = Symbol("azbatch.task.freeze");
/** `[TASK_ADD_PARAMETER]()`: the task's add-request body. */
export const TASK_ADD_PARAMETER: unique symbol = Symbol("azbatch.task.addParameter");
/** `[TASK_MARK_COMMITTED](jobId)`: records that the service accepted the task into a job. */
export const TASK_MARK_COMMITTED: unique symbol = Symbol("azbatch.task.markCommitted");
/** `[TASK_PARENT_JOB_ID]`: the id of the task's job, once it was added or read. */
export const TASK_PARENT_JOB_ID: unique symbol = Symbol("azbatch.task.parentJobId");
/** `[TASK_APPLY_STATE](state)`: records a state the task monitor observed. */
export const TASK_APPLY_STATE: unique symbol = Symbol("azbatch.task.applyState");
