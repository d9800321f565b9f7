/**
 * Response handling: error mapping and body parsing.
 * @module
 */
import type { Readable } from "node:stream";
import { createBatchException, InvalidResponseError } from "./errors.js";
import type { OutgoingRequest } from "./outgoing.js";
import type { RawResponse } from "./transport.js";
import type { PipelineResponse } from "./types.js";

/** Reads a whole body as UTF-8 text. */
export async function readText(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of body)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
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
