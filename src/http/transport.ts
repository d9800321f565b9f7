/**
 * The wire: one axios instance that sends exactly the prepared bytes and hands back a raw stream.
 * @module
 */
import type { Readable } from "node:stream";
import axios, { type AxiosInstance, type RawAxiosRequestHeaders } from "axios";
import { NetworkError } from "./errors.js";
import type { OutgoingRequest } from "./outgoing.js";

/** A response before any interpretation. */
export interface RawResponse {
  status: number;
  statusText: string;
  /** Lower-cased names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: Readable;
}

const METHODS_AXIOS_GIVES_A_CONTENT_TYPE = new Set(["POST", "PUT", "PATCH"]);

/**
 * Creates the axios instance. Every automatic behavior that would change what was signed or hide a
 * status is off: no body or response transforms, no redirects, no status validation.
 */
export function createAxios(): AxiosInstance {
  return axios.create({
    responseType: "stream",
    validateStatus: () => true,
    maxRedirects: 0,
    // Empty lists: even an identity transform costs axios a header normalization per call.
    transformRequest: [],
    transformResponse: [],
    // -1 = no limit; a finite or Infinity limit makes axios wrap download streams in a generator that cannot be destroyed mid-read.
    maxBodyLength: -1,
    maxContentLength: -1,
  });
}

/** Sends one attempt. Connection-level failures become {@link NetworkError}; aborts reject with the axios cancel error. */
export async function sendRaw(
  instance: AxiosInstance,
  request: OutgoingRequest,
  signal: AbortSignal,
): Promise<RawResponse> {
  const headers: RawAxiosRequestHeaders = { ...request.headers };
  // axios would add a form content type to a body-less POST/PUT/PATCH; `false` keeps the wire as signed.
  if (METHODS_AXIOS_GIVES_A_CONTENT_TYPE.has(request.method) && headers["content-type"] === undefined) {
    headers["content-type"] = false;
  }
  try {
    const response = await instance.request<Readable>({
      method: request.method,
      url: request.url.href,
      headers,
      data: request.body,
      signal,
    });
    return {
      status: response.status,
      statusText: response.statusText ?? "",
      headers: flattenHeaders(response.headers as Record<string, unknown>),
      body: response.data,
    };
  } catch (error) {
    if (signal.aborted) throw error;
    throw toNetworkError(error);
  }
}

/** Wraps a connection-level failure, keeping the underlying system error (never axios' config, which holds credentials). */
export function toNetworkError(error: unknown): Error {
  if (error instanceof NetworkError) return error;
  if (axios.isAxiosError(error)) {
    const cause = error.cause instanceof Error ? error.cause : undefined;
    return new NetworkError(error.message || "network failure", error.code, { cause });
  }
  if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === "string") {
    return new NetworkError(error.message, (error as NodeJS.ErrnoException).code, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}

function flattenHeaders(headers: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return result;
}
