/**
 * Shared Key authentication for the Batch service.
 *
 * The string-to-sign is: the verb, eleven standard header values, the `ocp-*` headers, then the
 * canonical resource (`/account/path` plus the query). {@link buildStringToSign} and
 * {@link computeSharedKeySignature} are exported on their own so that a server (the local Batch
 * service) can verify signatures with exactly the code that produced them.
 * @module
 */
import { createHmac, createSecretKey, type KeyObject } from "node:crypto";
import { inspect } from "node:util";
import type { SignableRequest } from "../http/types.js";
import type { CredentialsDescription } from "./base-url.js";
import { BatchCredentials } from "./batch-credentials.js";

/** Standard headers whose values are signed, in signing order. */
const SIGNED_STANDARD_HEADERS = [
  "content-encoding",
  "content-language",
  "content-length",
  "content-md5",
  "content-type",
  "date",
  "if-modified-since",
  "if-match",
  "if-none-match",
  "if-unmodified-since",
  "range",
] as const;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** What {@link buildStringToSign} needs to know about a request. */
export interface StringToSignInput {
  /** HTTP verb. */
  method: string;
  /** Final URL; its path is signed as it appears on the wire (percent-encoded). */
  url: URL;
  /** Wire headers; looked up case-insensitively. Absent and `undefined` values sign as empty. */
  headers: Record<string, string | undefined>;
  /** Batch account name. */
  accountName: string;
}

/**
 * Builds the Shared Key string-to-sign of a request.
 *
 * Query values are signed decoded (form decoding: `+` is a space); names are lower-cased and sorted;
 * a name that appears more than once signs its values joined by commas in wire order. `ocp-*`
 * headers with an empty value are left out.
 */
export function buildStringToSign(input: StringToSignInput): string {
  // Lower-cased names; a later spelling of the same name wins, as a header map would keep it.
  const headers: Record<string, string> = Object.create(null) as Record<string, string>;
  const ocpNames: string[] = [];
  for (const name of Object.keys(input.headers)) {
    const value = input.headers[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (lower.startsWith("ocp-") && !(lower in headers)) ocpNames.push(lower);
    headers[lower] = value;
  }
  let result = input.method.toUpperCase();
  for (const name of SIGNED_STANDARD_HEADERS) result += `\n${headers[name] ?? ""}`;
  result += "\n";
  if (ocpNames.length > 1) ocpNames.sort();
  for (const name of ocpNames) {
    const value = headers[name];
    if (value) result += `${name}:${value}\n`;
  }
  result += `/${input.accountName}${input.url.pathname}`;
  for (const [name, values] of canonicalQuery(input.url.search)) {
    result += `\n${name}:${values.join(",")}`;
  }
  return result;
}

/**
 * HMAC-SHA256 of the UTF-8 string-to-sign with the key, base64-encoded. The key is the base64 account
 * key, or a secret `KeyObject` of its decoded bytes (which spares decoding it for every request).
 */
export function computeSharedKeySignature(stringToSign: string, key: string | KeyObject): string {
  const secret = typeof key === "string" ? Buffer.from(key, "base64") : key;
  return createHmac("sha256", secret).update(stringToSign, "utf8").digest("base64");
}

/** Query parameters grouped by lower-cased name, sorted by name, values decoded. */
function canonicalQuery(search: string): [string, string[]][] {
  const groups = new Map<string, string[]>();
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query === "") return [];
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const name = formDecode(eq < 0 ? pair : pair.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? "" : formDecode(pair.slice(eq + 1));
    const values = groups.get(name);
    if (values) values.push(value);
    else groups.set(name, [value]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function formDecode(text: string): string {
  if (!text.includes("%") && !text.includes("+")) return text;
  const spaced = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    // A stray '%' is not an encoding; sign it as it stands, as the server will see it.
    return spaced;
  }
}

/**
 * Credentials for a Batch account's Shared Key. Signs each request with `Authorization: SharedKey account:signature`.
 * The key is never part of `toString()`, `util.inspect` or JSON output.
 */
export class BatchSharedKeyCredentials extends BatchCredentials {
  /** The Batch account name. */
  readonly accountName: string;
  /** The key as given (base64), only for {@link BatchSharedKeyCredentials.keyValue}. */
  readonly #keyValue: string;
  /** The decoded key, prepared once. */
  readonly #key: KeyObject;

  /**
   * @param baseUrl The account endpoint (http or https).
   * @param accountName The Batch account name.
   * @param keyValue The account key, base64 as shown by the service.
   * @throws TypeError on an empty or malformed argument.
   */
  constructor(baseUrl: string, accountName: string, keyValue: string) {
    super(baseUrl);
    if (typeof accountName !== "string" || accountName.trim() === "") {
      throw new TypeError("accountName must be a non-empty string");
    }
    if (typeof keyValue !== "string" || keyValue === "") {
      throw new TypeError("keyValue must be a non-empty string");
    }
    if (!BASE64.test(keyValue)) {
      throw new TypeError("keyValue is not a base64 string (the value was not echoed)");
    }
    this.accountName = accountName;
    this.#keyValue = keyValue;
    this.#key = createSecretKey(Buffer.from(keyValue, "base64"));
  }

  /**
   * The account key (base64) the credentials were created with. It is a secret: the credentials
   * themselves never reveal it in `toString()`, `util.inspect`, JSON output or error messages.
   */
  get keyValue(): string {
    return this.#keyValue;
  }

  /** Sets the `Authorization` header from the request's final URL and wire headers. */
  override signRequest(request: SignableRequest): Promise<void> {
    const stringToSign = buildStringToSign({
      method: request.method,
      url: request.url,
      headers: request.headers,
      accountName: this.accountName,
    });
    request.headers["authorization"] =
      `SharedKey ${this.accountName}:${computeSharedKeySignature(stringToSign, this.#key)}`;
    return Promise.resolve();
  }

  /** A description without the key. */
  override toString(): string {
    return `BatchSharedKeyCredentials(${this.accountName} @ ${this.baseUrl})`;
  }

  /** JSON form without the key. */
  /** The non-secret parts, so that logging or serializing credentials never reveals the key. */
  toJSON(): CredentialsDescription {
    return { baseUrl: this.baseUrl, accountName: this.accountName };
  }

  /** `util.inspect` form without the key. */
  [inspect.custom](): string {
    return this.toString();
  }
}
