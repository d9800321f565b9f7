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
    let request: PipelineRequest | undefined = firstRequest;
    while (request) {
      const response = await sender.send(request);
      const page = mapPage(readEnvelope(response.body, response.status, { ...response.headers }));
      yield page;
      request = page.nextLink
        ? {
            method: "GET",
            url: page.nextLink,
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
