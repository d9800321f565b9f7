/**
 * Response handling: error mapping and body parsing.
 * @module
 */
import type { Readable } from "node:stream";
import { createBatchException, InvalidResponseError } from "./errors.js";
import type { OutgoingRequest } from "./outgoing.js";
import type { RawResponse } from "./transport.js";
import type { PipelineResponse } from "./types.js";

/** How much of an error body is read for the exception; the rest is discarded with the connection. */
export const ERROR_BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Reads a body as UTF-8 text (with stream events: an async iterator costs several promises per chunk).
 * With `limitBytes`, reading stops there and the stream is destroyed, so the rest is never received.
 */
export function readText(body: Readable, limitBytes = Infinity): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let settled = false;
    const finish = (): void => {
      settled = true;
      resolve(Buffer.concat(chunks).toString("utf8"));
    };
    body.on("data", (chunk: Buffer | string) => {
      if (settled) return;
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      const room = limitBytes - length;
      chunks.push(bytes.length > room ? bytes.subarray(0, room) : bytes);
      length += Math.min(bytes.length, room);
      if (length >= limitBytes) {
        finish();
        body.destroy();
      }
    });
    body.once("end", () => settled || finish());
    body.once("error", (error) => settled || reject(error));
    // A body destroyed before its end (an aborted attempt) must settle too.
    body.once("close", () => {
      if (!settled && !body.readableEnded) {
        reject(body.errored ?? new Error("The response body closed before its end"));
      }
    });
  });
}

/**
 * Turns a raw response into the pipeline's result: a non-2xx status throws a `BatchException`; a
 * success body is parsed JSON, the live stream, or `undefined`, as the request asked.
 */
export async function interpretResponse(
  raw: RawResponse,
  request: OutgoingRequest,
): Promise<PipelineResponse> {
  if (raw.status < 200 || raw.status >= 300) {
    throw createBatchException({
      status: raw.status,
      statusText: raw.statusText,
      headers: raw.headers,
      bodyText: await readText(raw.body, ERROR_BODY_LIMIT_BYTES),
      clientRequestId: request.headers["client-request-id"],
    });
  }
  if (request.responseKind === "stream") return { status: raw.status, headers: raw.headers, body: raw.body };
  const text = await readText(raw.body);
  if (request.responseKind === "none" || text.trim() === "") {
    return { status: raw.status, headers: raw.headers, body: undefined };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new InvalidResponseError(`The ${raw.status} response body is not valid JSON`, raw.status, {
      cause: error,
    });
  }
  // Every Batch operation with a body answers with an object; anything else would become an empty model.
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    const kind = body === null ? "null" : Array.isArray(body) ? "an array" : `a ${typeof body}`;
    throw new InvalidResponseError(
      `The ${raw.status} response body is ${kind} where a JSON object was expected`,
      raw.status,
    );
  }
  return { status: raw.status, headers: raw.headers, body };
}
