/**
 * Lazy paging over Batch list responses (`{ value: [...], "odata.nextLink": "..." }`).
 * @module
 */
import { InvalidResponseError } from "./errors.js";
import type { HttpSender, PipelineRequest } from "./types.js";

/** One page of a list. */
export interface Page<T> {
  /** The items of this page (may be empty even when a next page follows). */
  items: T[];
  /** Absolute URL of the next page, when there is one. */
  nextLink?: string;
  /** Response headers of this page, names lower-cased. */
  headers: Record<string, string>;
}

/** A lazy list: iterate items with `for await`, or pages with {@link Pager.byPage}. Nothing is fetched before iteration starts. */
export interface Pager<T> extends AsyncIterable<T> {
  /** Iterates page by page (an empty page is yielded as such). */
  byPage(): AsyncIterable<Page<T>>;
}

/** Turns a raw page (wire items) into the caller's page type. */
export type PageMapper<T> = (page: Page<unknown>) => Page<T>;

/**
 * Creates a pager. The first page comes from `firstRequest`; each following page is a GET of the
 * previous page's `odata.nextLink` as is: the link already carries the query, so the first
 * request's query is not applied again (the pipeline adds `api-version` only if the link lacks it).
 * Headers and request options (signal, retry policy, timeout…) carry over to every page.
 */
export function createPager<T = unknown>(
  sender: HttpSender,
  firstRequest: PipelineRequest,
  mapPage: PageMapper<T> = (page) => page as Page<T>,
): Pager<T> {
  async function* pages(): AsyncGenerator<Page<T>> {
    const origin = new URL(firstRequest.url).origin;
    const visited = new Set<string>();
    let request: PipelineRequest | undefined = firstRequest;
    while (request) {
      const response = await sender.send(request);
      const page = mapPage(readEnvelope(response.body, response.status, { ...response.headers }));
      yield page;
      request = page.nextLink
        ? {
            method: "GET",
            url: followableLink(page.nextLink, origin, visited, response.status),
            headers: firstRequest.headers,
            responseKind: "json",
            options: firstRequest.options,
          }
        : undefined;
    }
  }
  return {
    byPage: () => ({ [Symbol.asyncIterator]: pages }),
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}

/** Upper bound on the pages of one list, so a service that keeps inventing new links cannot page forever. */
const MAX_PAGES = 100_000;

/**
 * The absolute URL of a next page, refused unless it is on the first request's origin (scheme, host
 * and port): every page is signed with the client's credentials, so a link elsewhere, or a downgrade
 * to plain http, would hand a bearer token or a replayable signature to someone else. A link already
 * followed means the service is going round in circles. The errors name only the origin, never the
 * link's query, which may carry secrets.
 */
function followableLink(link: string, origin: string, visited: Set<string>, status: number): string {
  let url: URL;
  try {
    url = new URL(link, origin);
  } catch {
    throw new InvalidResponseError("A list response has an odata.nextLink that is not a URL", status);
  }
  if (url.origin !== origin) {
    throw new InvalidResponseError(
      `A list response links its next page to ${url.origin}, not to the account endpoint ${origin}; the link is not followed`,
      status,
    );
  }
  if (visited.has(url.href)) {
    throw new InvalidResponseError("A list response links back to a page already read; paging stops", status);
  }
  if (visited.size + 1 >= MAX_PAGES) {
    throw new InvalidResponseError(`A list has more than ${MAX_PAGES} pages; paging stops`, status);
  }
  visited.add(url.href);
  return url.href;
}

function readEnvelope(body: unknown, status: number, headers: Record<string, string>): Page<unknown> {
  if (body === undefined) return { items: [], headers };
  if (body === null || typeof body !== "object" || !Array.isArray((body as { value?: unknown }).value)) {
    throw new InvalidResponseError("A list response has no 'value' array", status);
  }
  const envelope = body as { value: unknown[]; "odata.nextLink"?: unknown };
  const next = envelope["odata.nextLink"];
  return {
    items: envelope.value,
    nextLink: typeof next === "string" && next !== "" ? next : undefined,
    headers,
  };
}
