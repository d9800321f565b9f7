/**
 * The complete operation table: one handler per operation of the REST contract.
 * @module
 */
import type { HandlerTable } from "../http/context.js";
import { accountHandlers } from "./account.js";
import { certificateHandlers } from "./certificates.js";
import type { HandlerConfig } from "./config.js";
import { fileHandlers } from "./files.js";
import { jobHandlers } from "./jobs.js";
import { nodeHandlers } from "./nodes.js";
import { poolHandlers } from "./pools.js";
import { scheduleHandlers } from "./schedules.js";
import { taskHandlers } from "./tasks.js";

export { type AutoScaleEvaluator, type AutoScaleOutcome, type HandlerConfig } from "./config.js";

/** Builds the handler table for a service instance. */
export function buildHandlers(config: HandlerConfig): HandlerTable {
  return {
    ...poolHandlers(config),
    ...nodeHandlers(config),
    ...fileHandlers,
    ...jobHandlers,
    ...taskHandlers,
    ...scheduleHandlers,
    ...certificateHandlers,
    ...accountHandlers(),
  };
}
