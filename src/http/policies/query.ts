/**
 * The query string: the caller's query parameters plus `api-version`.
 * @module
 */
import { API_VERSION } from "../../protocol/api-version.generated.js";

/**
 * The request's URL with its query parameters (skipping `undefined`) percent-encoded as
 * `encodeURIComponent` does (a space is `%20`, never `+`), and `api-version` unless the URL
 * already carries one (as `odata.nextLink` URLs do). Parsed once: the URL is built as text first.
 */
export function requestUrl(url: string, query: Readonly<Record<string, string | undefined>> = {}): URL {
  let pairs = "";
  let hasVersion = false;
  for (const name of Object.keys(query)) {
    const value = query[name];
    if (value === undefined) continue;
    if (name === "api-version") hasVersion = true;
    pairs += `${pairs ? "&" : ""}${encodeName(name)}=${encodeURIComponent(value)}`;
  }
  if (!url.includes("?") && !url.includes("#")) {
    return new URL(`${url}?${pairs}${hasVersion ? "" : `${pairs ? "&" : ""}api-version=${API_VERSION}`}`);
  }
  const parsed = new URL(url);
  if (!hasVersion && !parsed.searchParams.has("api-version")) {
    pairs += `${pairs ? "&" : ""}api-version=${API_VERSION}`;
  }
  if (pairs === "") return parsed;
  const existing = parsed.search.replace(/^\?/, "");
  parsed.search = `?${existing ? `${existing}&` : ""}${pairs}`;
  return parsed;
}

/** OData system options keep their literal `$` (`$filter`, `$select`), as the service documents them. */
function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%24/g, "$");
}
