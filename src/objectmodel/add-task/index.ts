/**
 * The add-task workflow and its types.
 * @module
 */
export {
  addTaskCollection,
  DEFAULT_MAX_RESUBMISSIONS,
  DEFAULT_RESUBMIT_DELAY_MS,
  MAX_RESUBMIT_DELAY_MS,
  type AddTaskOptions,
} from "./workflow.js";
export { MAX_REQUEST_BODY_BYTES, MAX_TASKS_PER_REQUEST } from "./packing.js";
export * from "./types.js";
