/**
 * Emulated durations (milliseconds at time scale 1) of the service's asynchronous transitions.
 * @module
 */

/** From a resize request to the nodes being allocated or released. */
export const RESIZE_MS = 100;
/** From a delete request to the resource disappearing. */
export const DELETE_MS = 200;
/** From a job disable / enable / terminate request to the job reaching its final state. */
export const JOB_TRANSITION_MS = 100;
/** From a node reboot / reimage / start / deallocate to the node settling. */
export const NODE_TRANSITION_MS = 200;
/** From a node leaving the pool to its removal. */
export const NODE_LEAVE_MS = 100;
/** From a node joining a pool in `creating` to `starting`. */
export const NODE_CREATING_MS = 200;
/** From `starting` to the node booted (start task launched, or `idle`). */
export const NODE_STARTING_MS = 200;
