/**
 * Removes secrets from URLs, headers and free text before they reach logs or error messages.
 * @module
 */

/** The replacement for every secret value. */
export const REDACTED = "REDACTED";

/** Query parameters whose values are secrets (SAS signatures, OAuth material). */
const SECRET_QUERY_PARAMS = [
  "sig",
  "signature",
  "token",
  "access_token",
  "refresh_token",
  "id_token",
  "client_secret",
  "code",
  "password",
];

/** Header names whose values are secrets, and patterns for families of them. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);
const SECRET_HEADER_PATTERN = /key|secret|token|password|signature|credential/i;

/** One of `characters`, or a percent-encoding of one (`hex`), encoded once or more (`%3D`, `%253D`, …). */
function plainOrEncoded(characters: string, hex: string[]): string {
  return `(?:[${characters}]|${hex.map((h) => `%(?:25)*${h}`).join("|")})`;
}
const QUERY_SEPARATOR = plainOrEncoded("?&;", ["3F", "26", "3B"]);
const ENCODED_AMPERSAND = "%(?:25)*26";
// A secret inside a URL that is itself a query value arrives encoded (`%26sig%3D…`), so the
// separators and the `=` are matched in their encoded forms too, and the value ends at an encoded `&`.
const SECRET_QUERY_PATTERN = new RegExp(
  `(${QUERY_SEPARATOR}(?:${SECRET_QUERY_PARAMS.join("|")})${plainOrEncoded("=", ["3D"])})` +
    `(?:(?!${ENCODED_AMPERSAND})[^&#\\s"'<>])*`,
  "gi",
);
const AUTH_SCHEME_PATTERN = /\b(SharedKey\s+[^:\s"']+:|Bearer\s+|Basic\s+)[A-Za-z0-9+/=._~-]+/g;
const KEY_ASSIGNMENT_PATTERN = /\b(AccountKey|SharedAccessSignature|SharedAccessKey)=[^;\s"']+/gi;
const JWT_PATTERN = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/** The URL with the values of secret query parameters (SAS `sig` and similar) replaced. */
export function redactUrl(url: string | URL): string {
  return String(url).replace(SECRET_QUERY_PATTERN, `$1${REDACTED}`);
}

/** A copy of the headers with the values of credential-bearing headers replaced. */
export function redactHeaders(headers: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const secret = SECRET_HEADERS.has(name.toLowerCase()) || SECRET_HEADER_PATTERN.test(name);
    result[name] = secret ? REDACTED : redactText(value);
  }
  return result;
}

/**
 * Free text with anything that looks like a credential replaced: Authorization values
 * (`SharedKey account:…`, `Bearer …`), SAS parameters inside URLs, connection-string keys and JWTs.
 */
export function redactText(text: string): string {
  return text
    .replace(AUTH_SCHEME_PATTERN, `$1${REDACTED}`)
    .replace(SECRET_QUERY_PATTERN, `$1${REDACTED}`)
    .replace(KEY_ASSIGNMENT_PATTERN, `$1=${REDACTED}`)
    .replace(JWT_PATTERN, REDACTED);
}
