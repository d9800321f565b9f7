/**
 * Query string policy: the caller's query parameters plus `api-version`.
 * @module
 */
import { API_VERSION } from "../../protocol/api-version.generated.js";
import type { RequestPolicy } from "../outgoing.js";

/**
 * Appends the request's query parameters (skipping `undefined`) percent-encoded as
 * `encodeURIComponent` does (a space is `%20`, never `+`), and `api-version` unless the URL
 * already carries one (as `odata.nextLink` URLs do).
 */
export const applyQuery: RequestPolicy = (request, { request: source }) => {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(source.query ?? {})) {
    if (value !== undefined) pairs.push(`${encodeName(name)}=${encodeURIComponent(value)}`);
  }
  if (!request.url.searchParams.has("api-version") && !pairs.some((p) => p.startsWith("api-version="))) {
    pairs.push(`api-version=${API_VERSION}`);
  }
  if (pairs.length === 0) return;
  const existing = request.url.search.replace(/^\?/, "");
  request.url.search = `?${[existing, ...pairs].filter(Boolean).join("&")}`;
};

/** OData system options keep their literal `$` (`$filter`, `$select`), as the service documents them. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%24/g, "$");
}
