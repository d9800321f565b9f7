/**
 * Validation shared by the credential classes.
 * @module
 */

/**
 * Checks that `baseUrl` is an absolute http(s) URL and returns it parsed.
 * @throws TypeError when the value is empty, not a URL, or uses another scheme.
 */
export function parseBatchBaseUrl(baseUrl: unknown): URL {
  if (typeof baseUrl !== "string" || baseUrl.trim() === "") {
    throw new TypeError("baseUrl must be a non-empty string, e.g. https://account.region.batch.azure.com");
  }
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError("baseUrl is not an absolute URL");
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new TypeError(`baseUrl must use http or https, got ${JSON.stringify(parsed.protocol)}`);
  }
  return parsed;
}

/** What credentials reveal about themselves when logged or serialized: never a key or a token. */
export interface CredentialsDescription {
  /** The Batch account endpoint. */
  baseUrl: string;
  /** The account name (Shared Key credentials only). */
  accountName?: string;
}
