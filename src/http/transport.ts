/**
 * The wire: axios' Node http adapter, which sends exactly the prepared bytes and hands back a raw stream.
 * @module
 */
import http from "node:http";
import https from "node:https";
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
 * makes axios wrap download streams in a generator that cannot be destroyed mid-read).
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
 * The connection pools of every client. axios turns TCP keep-alive on with a 60 s delay on each
 * request's socket; Node's global agent sets 1 s whenever a socket goes back to its pool, so every
 * request cost two `setsockopt` calls. With the same 60 s here, Node sees no change and makes none.
 */
const AGENT_OPTIONS = { keepAlive: true, keepAliveMsecs: 60_000 } as const;
const httpAgent = new http.Agent(AGENT_OPTIONS);
const httpsAgent = new https.Agent(AGENT_OPTIONS);

/** The variables through which axios (as `proxy-from-env`) finds a proxy for an http(s) URL. */
const PROXY_VARIABLES = ["http_proxy", "https_proxy", "all_proxy"];

/**
 * `false` when no proxy variable is set, which spares axios looking them up (and `NO_PROXY`) on every
 * request; otherwise `undefined`, leaving the choice per URL to axios.
 */
function proxySetting(): false | undefined {
  const env = process.env;
  const set = PROXY_VARIABLES.some((name) => env[name] || env[name.toUpperCase()]);
  return set ? undefined : false;
}

/**
 * Creates the sender of attempts. It calls axios' http adapter directly: `instance.request()` would
 * merge the instance defaults into a new config, run the (empty) interceptor chain and the request
 * and response transform hooks, and give body-less POST/PUT/PATCH requests a form content type that
 * was not signed, all on every call. The adapter alone still does the connection handling, proxy
 * support (`HTTP(S)_PROXY`, `ALL_PROXY`, `NO_PROXY`, read when the transport is created),
 * decompression, cancellation and error reporting.
 *
 * Attempts are cancelled with a `CancelToken` rather than an `AbortSignal`: on Node 20 the first
 * listener added to a new `AbortSignal` costs more than building, signing and parsing a request
 * together, and the adapter would add one to every attempt's signal.
 */
export function createTransport(): Transport {
  const adapter: AxiosAdapter = axios.getAdapter("http");
  const proxy = proxySetting();
  return async (request, cancelToken) => {
    try {
      const response = await adapter({
        ...ATTEMPT_CONFIG,
        httpAgent,
        httpsAgent,
        proxy,
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
