/**
 * Response handling: error mapping and body parsing.
 * @module
 */
import type { Readable } from "node:stream";
import { createBatchException, InvalidResponseError } from "./errors.js";
import type { OutgoingRequest } from "./outgoing.js";
import type { RawResponse } from "./transport.js";
import type { PipelineResponse } from "./types.js";

/** Reads a whole body as UTF-8 text (with stream events: an async iterator costs several promises per chunk). */
export function readText(body: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    body.on("data", (chunk: Buffer | string) =>
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk),
    );
    body.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    body.once("error", reject);
    // A body destroyed before its end (an aborted attempt) must settle too.
    body.once("close", () => {
      if (!body.readableEnded) reject(body.errored ?? new Error("The response body closed before its end"));
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
      bodyText: await readText(raw.body),
      clientRequestId: request.headers["client-request-id"],
    });
  }
  if (request.responseKind === "stream") return { status: raw.status, headers: raw.headers, body: raw.body };
  const text = await readText(raw.body);
  if (request.responseKind === "none" || text.trim() === "") {
    return { status: raw.status, headers: raw.headers, body: undefined };
  }
  try {
    return { status: raw.status, headers: raw.headers, body: JSON.parse(text) as unknown };
  } catch (error) {
    throw new InvalidResponseError(`The ${raw.status} response body is not valid JSON`, raw.status, {
      cause: error,
    });
  }
}
