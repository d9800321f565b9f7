/**
 * The wire: axios' Node http adapter, which sends exactly the prepared bytes and hands back a raw stream.
 * @module
 */
import type { Readable } from "node:stream";
import axios, {
  AxiosHeaders,
  type AxiosAdapter,
  type CancelToken,
  type InternalAxiosRequestConfig,
} from "axios";
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

/**
 * Sends one attempt; see {@link createTransport}. Cancelling `cancelToken` rejects at once with
 * axios' cancel error and destroys the connection.
 */
export type Transport = (request: OutgoingRequest, cancelToken: CancelToken) => Promise<RawResponse>;

/**
 * The settings of every attempt. Every automatic behavior that would change what was signed or hide
 * a status is off: no redirects (which also keeps axios on Node's own `http.request`, without the
 * redirect-following wrapper), no status validation, no size limits (-1: a finite or infinite limit
 * makes axios wrap download streams in a generator that cannot be destroyed mid-read). The agent is
 * Node's global one, which keeps connections alive on every supported Node version.
 */
const ATTEMPT_CONFIG = {
  responseType: "stream",
  validateStatus: null,
  maxRedirects: 0,
  maxBodyLength: -1,
  maxContentLength: -1,
  transitional: axios.defaults.transitional,
} as const satisfies Partial<InternalAxiosRequestConfig>;

/**
 * Creates the sender of attempts. It calls axios' http adapter directly: `instance.request()` would
 * merge the instance defaults into a new config, run the (empty) interceptor chain and the request
 * and response transform hooks, and give body-less POST/PUT/PATCH requests a form content type that
 * was not signed, all on every call. The adapter alone still does the connection handling, proxy
 * support (`HTTP(S)_PROXY`, `NO_PROXY`), decompression, cancellation and error reporting.
 *
 * Attempts are cancelled with a `CancelToken` rather than an `AbortSignal`: on Node 20 the first
 * listener added to a new `AbortSignal` costs more than building, signing and parsing a request
 * together, and the adapter would add one to every attempt's signal.
 */
export function createTransport(): Transport {
  const adapter: AxiosAdapter = axios.getAdapter("http");
  return async (request, cancelToken) => {
    try {
      const response = await adapter({
        ...ATTEMPT_CONFIG,
        method: request.method,
        url: request.url.href,
        headers: new AxiosHeaders(request.headers),
        data: request.body,
        cancelToken,
      });
      return {
        status: response.status,
        statusText: response.statusText ?? "",
        headers: flattenHeaders(response.headers as Record<string, unknown>),
        body: response.data as Readable,
      };
    } catch (error) {
      if (axios.isCancel(error)) throw error;
      throw toNetworkError(error);
    }
  };
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
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (value === undefined || value === null) continue;
    result[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return result;
}
