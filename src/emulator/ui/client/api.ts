/**
 * The page's only way to the service: the REST operations through the `/_ui/api` proxy, which signs
 * them on the server. The session cookie goes along by itself; the header proves the call comes
 * from this page's script.
 * @module
 */
import type { BatchError } from "../../../protocol/models.generated.js";

/** A refused call, with the service's error code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Options of {@link call}. */
export interface CallOptions {
  readonly method?: string;
  /** JSON body. */
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

/** Calls an operation (`path` as in the REST API, with its query) and returns the raw response. */
export async function call(path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { "x-azbatch-ui": "1", ...options.headers };
  if (options.body !== undefined) headers["content-type"] = "application/json; odata=minimalmetadata";
  const response = await fetch(`/_ui/api${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    credentials: "same-origin",
  });
  if (response.status === 401) {
    // The session ended (service restarted, signed out): back to the login form.
    window.location.assign("/_ui/");
  }
  if (!response.ok) {
    const text = await response.text();
    let error: BatchError & { error?: { code: string; message: string } } = {};
    try {
      error = JSON.parse(text);
    } catch {
      // Not JSON: the status says enough.
    }
    const code = error.code ?? error.error?.code ?? String(response.status);
    const message = error.message?.value ?? error.error?.message ?? response.statusText;
    throw new ApiError(response.status, code, message);
  }
  return response;
}

/** GETs an operation's JSON answer. */
export async function getJson<T>(path: string): Promise<T> {
  return (await call(path)).json() as Promise<T>;
}

/** Runs an action (POST / DELETE / PATCH …) and ignores its (empty) answer. */
export async function act(method: string, path: string, body?: unknown): Promise<void> {
  await call(path, { method, body });
}

/** A page of a list operation. */
export interface ListPage<T> {
  readonly value: T[];
  readonly "odata.nextLink"?: string;
}

/** The operation path of a service URL (e.g. an `odata.nextLink`), for {@link call}. */
export function pathOf(serviceUrl: string): string {
  const url = new URL(serviceUrl);
  return `${url.pathname}${url.search}`;
}

/** Every item of a list operation, following `odata.nextLink` up to `limit` items. */
export async function listAll<T>(path: string, limit = 5000): Promise<T[]> {
  const items: T[] = [];
  let next: string | undefined = path;
  while (next !== undefined && items.length < limit) {
    const page: ListPage<T> = await getJson<ListPage<T>>(next);
    items.push(...page.value);
    next = page["odata.nextLink"] && pathOf(page["odata.nextLink"]);
  }
  return items;
}

/** A path segment, percent-encoded. */
export const seg = encodeURIComponent;

/** A query string from the defined entries. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
