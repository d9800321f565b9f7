/**
 * The SDK's logger (`AZURE_LOG_LEVEL` and `setLogLevel` from `@azure/logger` control it).
 * @module
 */
import { createClientLogger } from "@azure/logger";

/** Logger of the request pipeline; messages never carry credentials (see `redact.ts`). */
export const logger = createClientLogger("azbatch");
