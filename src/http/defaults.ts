/**
 * The request defaults of every layer, in one place: the pipeline, the protocol client and the
 * object model all read them from here.
 * @module
 */

/** Base delay of the default retry policy (exponential backoff), in milliseconds. */
export const DEFAULT_RETRY_DELTA_BACKOFF = 1_000;

/** Retries of the default retry policy after the first attempt. */
export const DEFAULT_MAX_RETRIES = 6;

/** Per-attempt client timeout when neither the request nor the client says otherwise, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Per-attempt client timeout of the operations that move file content or one possibly large task
 * (file downloads, single task add), in milliseconds; a longer client default wins over it.
 */
export const LONG_OPERATION_TIMEOUT_MS = 180_000;

/** Default ceiling of a `Retry-After` wait under `LinearRetry`, in milliseconds. */
export const DEFAULT_LINEAR_MAX_BACKOFF = 60_000;
