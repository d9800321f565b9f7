/**
 * Blob and container SAS URLs, signed by `@azure/storage-blob` with the client's account key or,
 * for clients built on a `TokenCredential`, with a user delegation key.
 * @module
 */
import { isTokenCredential } from "../auth/token-credential.js";
import type {
  BlobClient,
  BlobSASPermissionsLike,
  BlobServiceClient,
  CommonGenerateSasUrlOptions,
  ContainerClient,
  ContainerSASPermissionsLike,
  SASProtocol,
  UserDelegationKey,
} from "@azure/storage-blob";
import { toBlobClient, toContainerClient, type BlobTarget, type ContainerTarget } from "./clients.js";
import { loadStorageBlob, type StorageBlob } from "./library.js";

/** The client IPv4 addresses allowed to use a SAS. */
export interface SasIpRange {
  /** First address of the range. */
  start: string;
  /** Last address of the range; omit it for a single address. */
  end?: string;
}

/** Lifetime of a SAS when neither `expiresOn` nor `lifetimeMs` is given: one hour. */
export const DEFAULT_SAS_LIFETIME_MS = 60 * 60 * 1000;
/** The service refuses user delegation keys that live longer than seven days. */
const MAX_DELEGATION_MS = 7 * 24 * 60 * 60 * 1000;

/** Settings shared by blob and container SAS URLs. */
export interface SasOptionsBase {
  /** When the SAS stops working. Mutually exclusive with `lifetimeMs`; must lie in the future. */
  expiresOn?: Date;
  /** How long from now the SAS works, in milliseconds (default one hour). */
  lifetimeMs?: number;
  /** When the SAS starts working (default: at once). */
  startsOn?: Date;
  /**
   * Allowed protocols. Default: `https` only, except for an `http:` endpoint (such as Azurite)
   * where `https,http` is needed for the SAS to be usable at all.
   */
  protocol?: SASProtocol | "https" | "https,http";
  /** Client IP addresses (IPv4) allowed to use the SAS. */
  ipRange?: SasIpRange;
  /**
   * A user delegation key to sign with (clients on a `TokenCredential` only). Without it one is
   * requested from the service for each call; pass one to sign many URLs with one request.
   */
  userDelegationKey?: UserDelegationKey;
  /** Cancels the user delegation key request. */
  signal?: AbortSignal;
}

/** Options of {@link getBlobSasUrl}. */
export interface BlobSasOptions extends SasOptionsBase {
  /** Rights granted, as letters (`"r"`, `"rw"`, `"racwd"`) or flags. Default: read only. */
  permissions?: string | BlobSASPermissionsLike;
}

/** Options of {@link getContainerSasUrl}. */
export interface ContainerSasOptions extends SasOptionsBase {
  /**
   * Rights granted, as letters (`"r"`, `"rl"`, `"w"`, `"racwdl"`) or flags. Default: read only.
   * A container used as a resource file source needs `"rl"`; an output file destination needs `"w"` (or `"cw"`).
   */
  permissions?: string | ContainerSASPermissionsLike;
}

/**
 * A URL to one blob carrying a SAS with the given rights (default: read for one hour).
 * @throws TypeError / RangeError for bad options, before any request.
 */
export async function getBlobSasUrl(target: BlobTarget, options: BlobSasOptions = {}): Promise<string> {
  const blob = await toBlobClient(target);
  const library = await loadStorageBlob();
  const permissions = parsePermissions(options.permissions, library.BlobSASPermissions);
  const values = { ...sasValues(library, blob.url, options), permissions };
  const key = await delegationKeyFor(library, blob, values, options);
  return key ? blob.generateUserDelegationSasUrl(values, key) : blob.generateSasUrl(values);
}

/**
 * A URL to a container carrying a SAS with the given rights (default: read for one hour).
 * @throws TypeError / RangeError for bad options, before any request.
 */
export async function getContainerSasUrl(
  target: ContainerTarget,
  options: ContainerSasOptions = {},
): Promise<string> {
  const container = await toContainerClient(target);
  const library = await loadStorageBlob();
  const permissions = parsePermissions(options.permissions, library.ContainerSASPermissions);
  const values = { ...sasValues(library, container.url, options), permissions };
  const key = await delegationKeyFor(library, container, values, options);
  return key ? container.generateUserDelegationSasUrl(values, key) : container.generateSasUrl(values);
}

/**
 * Requests a user delegation key for the account behind `client` (which must use a
 * `TokenCredential`), valid from `startsOn` (default now) to `expiresOn`. Reuse it through
 * the `userDelegationKey` option to sign many SAS URLs with one request.
 */
export async function getUserDelegationKey(
  client: BlobServiceClient | ContainerClient | BlobClient,
  expiresOn: Date,
  options: { startsOn?: Date; signal?: AbortSignal } = {},
): Promise<UserDelegationKey> {
  if (!isTokenCredential(client.credential)) {
    throw new TypeError("A user delegation key needs a client built on a TokenCredential");
  }
  const startsOn = options.startsOn ?? new Date();
  checkDate("expiresOn", expiresOn);
  if (expiresOn.getTime() - startsOn.getTime() > MAX_DELEGATION_MS) {
    throw new RangeError("A user delegation key lives at most 7 days");
  }
  const library = await loadStorageBlob();
  const service =
    client instanceof library.BlobServiceClient
      ? client
      : new library.BlobServiceClient(accountUrlOf(client), client.credential);
  return service.getUserDelegationKey(startsOn, expiresOn, { abortSignal: options.signal });
}

/** The signing method a client offers: its account key, a token credential, or nothing. */
function signingMethod(library: StorageBlob, client: ContainerClient | BlobClient): "key" | "token" {
  if (client.credential instanceof library.StorageSharedKeyCredential) return "key";
  if (isTokenCredential(client.credential)) return "token";
  throw new TypeError(
    "Cannot sign a SAS: the storage client has neither an account key nor a TokenCredential " +
      "(a client built from a SAS URL cannot issue new SAS URLs)",
  );
}

async function delegationKeyFor(
  library: StorageBlob,
  client: ContainerClient | BlobClient,
  values: CommonGenerateSasUrlOptions & { expiresOn: Date },
  options: SasOptionsBase,
): Promise<UserDelegationKey | undefined> {
  if (signingMethod(library, client) === "key") {
    if (options.userDelegationKey)
      throw new TypeError("userDelegationKey applies only to TokenCredential clients");
    return undefined;
  }
  const key = options.userDelegationKey;
  if (key) {
    if (key.signedExpiresOn.getTime() < values.expiresOn.getTime()) {
      throw new RangeError("The SAS would outlive its user delegation key");
    }
    return key;
  }
  return getUserDelegationKey(client, values.expiresOn, {
    startsOn: values.startsOn,
    signal: options.signal,
  });
}

/** Validated, library-shaped SAS values (everything but the permissions). */
function sasValues(
  library: StorageBlob,
  url: string,
  options: SasOptionsBase,
): CommonGenerateSasUrlOptions & { expiresOn: Date } {
  if (options === null || typeof options !== "object") throw new TypeError("SAS options must be an object");
  const now = Date.now();
  if (options.expiresOn !== undefined && options.lifetimeMs !== undefined) {
    throw new TypeError("Give either expiresOn or lifetimeMs, not both");
  }
  if (options.lifetimeMs !== undefined && !(Number.isFinite(options.lifetimeMs) && options.lifetimeMs > 0)) {
    throw new RangeError("lifetimeMs must be a positive number of milliseconds");
  }
  const expiresOn = options.expiresOn ?? new Date(now + (options.lifetimeMs ?? DEFAULT_SAS_LIFETIME_MS));
  checkDate("expiresOn", expiresOn);
  if (expiresOn.getTime() <= now) throw new RangeError("The SAS expiry (expiresOn) lies in the past");
  if (options.startsOn !== undefined) {
    checkDate("startsOn", options.startsOn);
    if (options.startsOn.getTime() >= expiresOn.getTime()) {
      throw new RangeError("The SAS start (startsOn) must lie before its expiry");
    }
  }
  const { SASProtocol } = library;
  // https-only is the safe default; an http endpoint (Azurite) could never accept such a SAS.
  const protocol =
    options.protocol ?? (new URL(url).protocol === "http:" ? SASProtocol.HttpsAndHttp : SASProtocol.Https);
  if (protocol !== SASProtocol.Https && protocol !== SASProtocol.HttpsAndHttp) {
    throw new RangeError('protocol must be "https" or "https,http"');
  }
  if (options.ipRange !== undefined) checkIpRange(options.ipRange);
  return {
    expiresOn,
    startsOn: options.startsOn,
    protocol: protocol as SASProtocol,
    ipRange: options.ipRange,
  };
}

interface PermissionsClass<P, L> {
  parse(permissions: string): P;
  from(like: L): P;
}

function parsePermissions<P extends { toString(): string }, L extends object>(
  permissions: string | L | undefined,
  kind: PermissionsClass<P, L>,
): P {
  let parsed: P;
  try {
    parsed =
      typeof permissions === "object" && permissions !== null
        ? kind.from(permissions)
        : kind.parse(permissions ?? "r");
  } catch (error) {
    throw new RangeError(`Invalid SAS permissions: ${(error as Error).message}`);
  }
  if (parsed.toString() === "") throw new RangeError("SAS permissions must grant at least one right");
  return parsed;
}

function checkDate(name: string, value: unknown): asserts value is Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()))
    throw new TypeError(`${name} must be a valid Date`);
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function checkIpRange(range: { start: string; end?: string }): void {
  if (!IPV4.test(range?.start ?? "")) throw new RangeError("ipRange.start must be an IPv4 address");
  if (range.end !== undefined && !IPV4.test(range.end))
    throw new RangeError("ipRange.end must be an IPv4 address");
}

/**
 * The account URL of a container or blob client: `https://account.blob.core.windows.net` for
 * host-style endpoints, `http://127.0.0.1:10000/account` for path-style ones (Azurite, IPs).
 */
function accountUrlOf(client: ContainerClient | BlobClient): string {
  const url = new URL(client.url);
  const first = url.pathname.split("/")[1];
  const pathStyle = first === client.accountName && first !== client.containerName;
  return `${url.origin}${pathStyle ? `/${first}` : ""}`;
}

/**
 * Checks blob SAS options once for signing many blob URLs of one account and, for a `TokenCredential`
 * client, fetches a single user delegation key up front. Throws for bad options before any
 * request; returns options that sign without further requests.
 */
export async function prepareSasOptions<O extends BlobSasOptions>(
  client: ContainerClient | BlobClient,
  options: O,
): Promise<O> {
  const library = await loadStorageBlob();
  const values = sasValues(library, client.url, options);
  // The SAS is signed for blobs; check their permissions now so that a bad set fails before any upload.
  parsePermissions(options.permissions, library.BlobSASPermissions);
  if (signingMethod(library, client) === "key" || options.userDelegationKey) {
    await delegationKeyFor(library, client, values, options);
    return { ...options, expiresOn: values.expiresOn, lifetimeMs: undefined };
  }
  const key = await getUserDelegationKey(client, values.expiresOn, {
    startsOn: values.startsOn,
    signal: options.signal,
  });
  return { ...options, expiresOn: values.expiresOn, lifetimeMs: undefined, userDelegationKey: key };
}
