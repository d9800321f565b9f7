/**
 * Turns the ways a caller can name a container or blob into `@azure/storage-blob` clients,
 * checking names before any request is sent.
 * @module
 */
import type { BlobClient, BlobServiceClient, ContainerClient } from "@azure/storage-blob";
import { loadStorageBlob, type StorageBlob } from "./library.js";

/** A container given by connection string and name (the string may carry an account key or a SAS). */
export interface ContainerByConnectionString {
  /** Storage connection string, for example Azurite's `UseDevelopmentStorage=true`. */
  connectionString: string;
  /** Container name. */
  containerName: string;
}

/** A blob given by connection string, container name and blob name. */
export interface BlobByConnectionString extends ContainerByConnectionString {
  /** Blob name, `/` separating virtual directories. */
  blobName: string;
}

/** A container: a ready client or a connection string plus name. */
export type ContainerTarget = ContainerClient | ContainerByConnectionString;
/** A blob: a ready client or a connection string plus names. */
export type BlobTarget = BlobClient | BlobByConnectionString;

const CONTAINER_NAME = /^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$/;
const SPECIAL_CONTAINERS = new Set(["$root", "$web", "$logs"]);

/**
 * Throws a RangeError unless `name` is a valid container name: 3–63 characters, lower-case
 * letters, digits and single hyphens, starting and ending with a letter or digit.
 */
export function checkContainerName(name: unknown): asserts name is string {
  if (typeof name !== "string" || name.length === 0) throw new TypeError("A container name is required");
  if (!CONTAINER_NAME.test(name) && !SPECIAL_CONTAINERS.has(name)) {
    throw new RangeError(
      `Invalid container name "${name}": use 3-63 lower-case letters, digits and single hyphens, ` +
        "starting and ending with a letter or digit",
    );
  }
}

/** Throws unless `name` is a usable blob name (1–1024 characters, not ending in `.` or `/`). */
export function checkBlobName(name: unknown): asserts name is string {
  if (typeof name !== "string" || name.length === 0) throw new TypeError("A blob name is required");
  if (name.length > 1024) throw new RangeError("A blob name has at most 1024 characters");
  if (/[./\\]$/.test(name)) throw new RangeError(`Blob name "${name}" must not end with ".", "/" or "\\"`);
}

/** A `ContainerClient` for the target, with the container name checked. */
export async function toContainerClient(target: ContainerTarget): Promise<ContainerClient> {
  const library = await loadStorageBlob();
  if (target instanceof library.ContainerClient) {
    checkContainerName(target.containerName);
    return target;
  }
  if (target === null || typeof target !== "object") {
    throw new TypeError("Expected a ContainerClient or { connectionString, containerName }");
  }
  checkContainerName(target.containerName);
  return serviceFromConnectionString(library, target.connectionString).getContainerClient(
    target.containerName,
  );
}

/** A `BlobClient` for the target, with container and blob names checked. */
export async function toBlobClient(target: BlobTarget): Promise<BlobClient> {
  const library = await loadStorageBlob();
  if (target instanceof library.BlobClient) {
    checkContainerName(target.containerName);
    checkBlobName(target.name);
    return target;
  }
  if (target === null || typeof target !== "object") {
    throw new TypeError("Expected a BlobClient or { connectionString, containerName, blobName }");
  }
  checkBlobName(target.blobName);
  return (await toContainerClient(target)).getBlobClient(target.blobName);
}

/**
 * A `BlobServiceClient` from a connection string.
 * @throws TypeError for a missing or malformed string, without quoting it (it may hold the key).
 */
export function serviceFromConnectionString(
  library: StorageBlob,
  connectionString: unknown,
): BlobServiceClient {
  if (typeof connectionString !== "string" || connectionString.length === 0) {
    throw new TypeError("A storage connection string is required");
  }
  try {
    return library.BlobServiceClient.fromConnectionString(connectionString);
  } catch {
    // The library's message may quote the string, which holds the account key.
    throw new TypeError(
      "The storage connection string is malformed (it needs an endpoint and a key or a SAS)",
    );
  }
}
