/**
 * Creates that survive a lost response: when a retry of the same create meets `*Exists`, the
 * entity may be this call's own earlier attempt, so it is read back and compared with what was sent.
 * @module
 */
import { randomUUID } from "node:crypto";
import { BatchException } from "../../http/errors.js";
import type { OperationOptions } from "../../protocol/operation-types.js";
import { durationFromWire } from "./durations.js";

/** The conflict codes a create can meet when the entity's id is already taken. */
const EXISTS_CODES: ReadonlySet<string> = new Set([
  "PoolExists",
  "JobExists",
  "TaskExists",
  "JobScheduleExists",
  "CertificateExists",
]);

/**
 * Sends a create with `options`, counting its attempts through the per-attempt client-request-id
 * hook. A first-attempt `*Exists` is rethrown as it is. A later attempt's `*Exists` reads the entity
 * with `readBack`: when every property of `body` matches, the create succeeded; otherwise (or when
 * the read fails) the conflict is rethrown with `mayHaveReachedService` set.
 */
export async function createTolerantOfLostResponse(
  options: OperationOptions,
  body: object,
  send: (options: OperationOptions) => Promise<unknown>,
  readBack: () => Promise<object>,
): Promise<void> {
  const requestOptions = options.requestOptions ?? {};
  const nextId = requestOptions.clientRequestIdProvider ?? randomUUID;
  let attempts = 0;
  const counted: OperationOptions = {
    ...options,
    requestOptions: { ...requestOptions, clientRequestIdProvider: () => (attempts++, nextId()) },
  };
  try {
    await send(counted);
  } catch (error) {
    if (attempts < 2 || !isExistsConflict(error)) throw error;
    if (await readBackMatches(body, readBack, options.signal)) return;
    error.mayHaveReachedService = true;
    throw error;
  }
}

/** Whether the entity read back matches; a failed read (other than a cancellation) counts as no match. */
async function readBackMatches(
  body: object,
  readBack: () => Promise<object>,
  signal: AbortSignal | undefined,
): Promise<boolean> {
  try {
    return matchesSent(body, await readBack());
  } catch (error) {
    if (signal?.aborted) throw error;
    return false;
  }
}

function isExistsConflict(error: unknown): error is BatchException {
  return (
    error instanceof BatchException &&
    error.requestInformation.httpStatusCode === 409 &&
    EXISTS_CODES.has(error.requestInformation.batchError?.code ?? "")
  );
}

/**
 * True when every property the call sent has the same value on the entity read back. Properties
 * the call left out (server defaults) are not compared; an empty list sent matches a list the
 * service omits; `vmSize` matches case-insensitively and durations by length, as the service
 * normalises both (`STANDARD_D2` to `standard_d2`, `PT60M` to `PT1H`).
 */
export function matchesSent(sent: unknown, found: unknown, name = ""): boolean {
  if (sent === undefined || sent === null) return true;
  if (Array.isArray(sent)) {
    if (found === undefined && sent.length === 0) return true;
    return (
      Array.isArray(found) &&
      found.length === sent.length &&
      sent.every((item, index) => matchesSent(item, found[index], name))
    );
  }
  if (typeof sent === "object") {
    if (typeof found !== "object" || found === null || Array.isArray(found)) return false;
    const record = found as Record<string, unknown>;
    return Object.entries(sent).every(([key, value]) => matchesSent(value, record[key], key));
  }
  if (typeof sent === "string" && typeof found === "string") {
    if (name === "vmSize") return sent.toLowerCase() === found.toLowerCase();
    return sent === found || sameDuration(sent, found);
  }
  return sent === found;
}

function sameDuration(a: string, b: string): boolean {
  try {
    return durationFromWire(a) === durationFromWire(b);
  } catch {
    return false;
  }
}
