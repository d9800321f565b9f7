/**
 * Verifies who is calling: Shared Key signatures recomputed from the received request (with the
 * very functions the client signs with), a bounded clock skew on `ocp-date`/`Date`, and bearer
 * tokens only when the service is configured to accept them. Failures never reveal the expected
 * signature or any part of the key.
 * @module
 */
import { createHash, createSecretKey, timingSafeEqual, type KeyObject } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { buildStringToSign, computeSharedKeySignature } from "../../auth/shared-key.js";
import { BatchServiceError } from "../errors.js";

/** How bearer tokens are treated: refused (`false`), all accepted (`true`), or checked by a function. */
export type TokenAcceptance = boolean | ((token: string) => boolean);

/** The account a service instance authenticates against. */
export interface AuthSettings {
  readonly accountName: string;
  readonly accountKey: string;
  readonly acceptTokens: TokenAcceptance;
}

/** The parts of a received request authentication looks at (headers only: the body is not read yet). */
export interface ReceivedRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
}

// The service refuses request dates further than this from its own clock.
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

function authFailed(detail: string): BatchServiceError {
  return new BatchServiceError(403, "AuthenticationFailed", "The request could not be authenticated.", [
    { key: "AuthenticationErrorDetail", value: detail },
  ]);
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers))
    flat[name] = Array.isArray(value) ? value.join(",") : value;
  return flat;
}

function checkDate(headers: Record<string, string | undefined>, now: number): void {
  const raw = headers["ocp-date"] ?? headers["date"];
  if (raw === undefined) throw authFailed("The request carries neither an ocp-date nor a Date header.");
  const time = Date.parse(raw);
  if (Number.isNaN(time)) throw authFailed("The request date is not a valid RFC 1123 date.");
  if (Math.abs(now - time) > MAX_CLOCK_SKEW_MS) {
    throw authFailed("The request date is more than 15 minutes away from the service's clock.");
  }
}

/** The decoded account key, kept for the key text it came from (a service has one key). */
let signingKey: { readonly text: string; readonly key: KeyObject } | undefined;

function signingKeyOf(accountKey: string): KeyObject {
  if (signingKey?.text !== accountKey)
    signingKey = { text: accountKey, key: createSecretKey(Buffer.from(accountKey, "base64")) };
  return signingKey.key;
}

function sameSignature(received: string, expected: string): boolean {
  const a = Buffer.from(received, "utf8");
  const b = Buffer.from(expected, "utf8");
  return a.length === b.length && timingSafeEqual(a, b);
}

function verifySharedKey(request: ReceivedRequest, credentials: string, settings: AuthSettings): void {
  const colon = credentials.lastIndexOf(":");
  if (colon <= 0) throw authFailed("The SharedKey credentials are not of the form account:signature.");
  const account = credentials.slice(0, colon);
  const signature = credentials.slice(colon + 1);
  if (account !== settings.accountName)
    throw authFailed("The account in the Authorization header is not this account.");
  const headers = flatHeaders(request.headers);
  checkDate(headers, Date.now());
  // Clients differ in how they sign an empty body's length ("" or "0"); both describe the same request.
  const length = headers["content-length"];
  const lengths = length === undefined || length === "0" ? [length, "0", undefined] : [length];
  const key = signingKeyOf(settings.accountKey);
  const ok = lengths.some((contentLength) => {
    const stringToSign = buildStringToSign({
      method: request.method,
      url: request.url,
      headers: contentLength === length ? headers : { ...headers, "content-length": contentLength },
      accountName: settings.accountName,
    });
    return sameSignature(signature, computeSharedKeySignature(stringToSign, key));
  });
  if (!ok) throw authFailed("The signature in the Authorization header does not match the request.");
}

function verifyBearer(token: string, settings: AuthSettings): void {
  const accept = settings.acceptTokens;
  const ok = typeof accept === "function" ? accept(token) : accept;
  if (!ok) throw authFailed("This service does not accept the bearer token.");
}

/**
 * Throws 403 `AuthenticationFailed` unless the request's headers authenticate it. Runs before the body is
 * read; once it is, {@link verifyContentMd5} ties it to the signature.
 */
export function authenticate(request: ReceivedRequest, settings: AuthSettings): void {
  const header = request.headers.authorization;
  if (!header) {
    throw new BatchServiceError(403, "AuthenticationFailed", "The request has no Authorization header.", [
      { key: "AuthenticationErrorDetail", value: "An Authorization header is required." },
    ]);
  }
  const space = header.indexOf(" ");
  const scheme = space < 0 ? header : header.slice(0, space);
  const credentials = space < 0 ? "" : header.slice(space + 1).trim();
  if (scheme === "SharedKey") verifySharedKey(request, credentials, settings);
  else if (scheme.toLowerCase() === "bearer") verifyBearer(credentials, settings);
  else throw authFailed("The Authorization scheme is not supported.");
}

/**
 * Throws 400 `Md5Mismatch` when a `Content-MD5` header does not match `body`. Shared Key signs
 * Content-MD5 but not the body itself: the digest is what ties the body to the signature.
 */
export function verifyContentMd5(headers: IncomingHttpHeaders, body: Buffer): void {
  const declared = headers["content-md5"];
  if (declared === undefined) return;
  const actual = createHash("md5").update(body).digest("base64");
  if (declared !== actual) {
    throw new BatchServiceError(
      400,
      "Md5Mismatch",
      "The Content-MD5 header does not match the request body.",
      [{ key: "HeaderName", value: "Content-MD5" }],
    );
  }
}
