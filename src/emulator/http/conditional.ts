/**
 * Conditional requests: `If-Match`, `If-None-Match`, `If-Modified-Since`, `If-Unmodified-Since`
 * checked against a resource's `eTag` and `lastModified`.
 * @module
 */
import { BatchServiceError } from "../errors.js";
import type { WireObject } from "../store/entities.js";
import type { RequestContext } from "./context.js";

/** A 304 answer: the client's copy is current. Carries no body. */
export class NotModified extends BatchServiceError {
  constructor() {
    super(304, "NotModified", "The resource has not changed.");
  }
}

function conditionNotMet(header: string): BatchServiceError {
  return new BatchServiceError(
    412,
    "ConditionNotMet",
    "A condition given in the request headers does not hold.",
    [{ key: "HeaderName", value: header }],
  );
}

function header(ctx: RequestContext, name: string): string | undefined {
  const value = ctx.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

function etagList(value: string): string[] {
  return value.split(",").map((tag) =>
    tag
      .trim()
      .replace(/^W\//, "")
      .replace(/^"(.*)"$/, "$1"),
  );
}

// HTTP dates have whole seconds; compare at that precision.
function seconds(iso: unknown): number {
  return Math.floor(Date.parse(String(iso)) / 1000);
}

/**
 * Throws 412 `ConditionNotMet` (or 304 for reads failing `If-None-Match` / `If-Modified-Since`)
 * when the request's conditions do not hold for `resource`.
 */
export function checkConditions(ctx: RequestContext, resource: WireObject | undefined): void {
  const read = ctx.route.method === "GET" || ctx.route.method === "HEAD";
  const etag = String(resource?.eTag ?? "");
  const ifMatch = header(ctx, "if-match");
  if (ifMatch !== undefined) {
    const tags = etagList(ifMatch);
    if (!resource || !(tags.includes("*") || tags.includes(etag))) throw conditionNotMet("If-Match");
  }
  const ifNoneMatch = header(ctx, "if-none-match");
  if (ifNoneMatch !== undefined && resource) {
    const tags = etagList(ifNoneMatch);
    if (tags.includes("*") || tags.includes(etag))
      throw read ? new NotModified() : conditionNotMet("If-None-Match");
  }
  if (!resource?.lastModified) return;
  const modified = seconds(resource.lastModified);
  const ifModifiedSince = header(ctx, "if-modified-since");
  if (ifModifiedSince !== undefined && modified <= seconds(ifModifiedSince)) {
    throw read ? new NotModified() : conditionNotMet("If-Modified-Since");
  }
  const ifUnmodifiedSince = header(ctx, "if-unmodified-since");
  if (ifUnmodifiedSince !== undefined && modified > seconds(ifUnmodifiedSince)) {
    throw conditionNotMet("If-Unmodified-Since");
  }
}
