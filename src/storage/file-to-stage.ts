/**
 * Batch .NET's file staging: a task lists local files in `filesToStage`; when the task is
 * added they are uploaded to a staging container and become resource files with read SAS URLs.
 * @module
 */
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import type { BlobServiceClient, ContainerClient } from "@azure/storage-blob";
import type { FileStagingContext, FileStagingProvider } from "../objectmodel/file-staging.js";
import { checkHttpUrl, checkRelativePath, ResourceFile } from "../objectmodel/resource-file.js";
import { checkContainerName, serviceFromConnectionString } from "./clients.js";
import { translateStorageError } from "./errors.js";
import { loadStorageBlob, storageBlobIfLoaded, type StorageBlob } from "./library.js";
import { getBlobSasUrl, prepareSasOptions, type BlobSasOptions } from "./sas.js";

/** Container that receives staged files unless the account says otherwise. */
export const DEFAULT_STAGING_CONTAINER = "azbatch-file-staging";
/** Lifetime of staged files' SAS URLs unless the account says otherwise: one day, since tasks may queue. */
export const DEFAULT_STAGING_SAS_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Options of a {@link StagingStorageAccount}. */
export interface StagingStorageAccountOptions {
  /** Container for staged files (created when first needed). */
  containerName?: string;
  /** How long the resource files' read SAS stays valid, in milliseconds. */
  sasLifetimeMs?: number;
}

/**
 * The storage account that receives staged files (Batch .NET `StagingStorageAccount`).
 * Build it from account name, key and blob endpoint as in .NET, from a connection string,
 * or from a `BlobServiceClient` (which may use a `TokenCredential`: SAS URLs are then signed
 * with a user delegation key).
 *
 * `@azure/storage-blob` is loaded when an account is constructed, not when azbatch is imported.
 * Until it has loaded, the names of an account built from a connection string or a client are not
 * known and reading them throws; `await account.ready()` waits for the library. Staging and
 * {@link getContainerClient} always wait.
 */
export class StagingStorageAccount {
  /** Container that receives the staged files. */
  readonly containerName: string;
  /** Lifetime of the read SAS of staged files, in milliseconds. */
  readonly sasLifetimeMs: number;
  /** The client, once given or built. */
  #service: BlobServiceClient | undefined;
  /** Builds the client from the loaded library (accounts not given as a client). */
  readonly #build: ((library: StorageBlob) => BlobServiceClient) | undefined;
  /** Account name and endpoint known without a client (the Batch .NET form). */
  readonly #names: { storageAccount: string; blobEndpoint: string } | undefined;

  /** `new StagingStorageAccount(storageAccount, storageAccountKey, blobEndpoint)` as in Batch .NET. */
  constructor(
    storageAccount: string,
    storageAccountKey: string,
    blobEndpoint: string,
    options?: StagingStorageAccountOptions,
  );
  /** From a connection string (with an account key) or a ready `BlobServiceClient`. */
  constructor(connectionStringOrClient: string | BlobServiceClient, options?: StagingStorageAccountOptions);
  constructor(
    first: string | BlobServiceClient,
    second?: string | StagingStorageAccountOptions,
    blobEndpoint?: string,
    fourth?: StagingStorageAccountOptions,
  ) {
    let options: StagingStorageAccountOptions | undefined;
    if (typeof second === "string") {
      if (typeof first !== "string" || first.length === 0) throw new TypeError("storageAccount is required");
      if (second.length === 0) throw new TypeError("storageAccountKey is required");
      checkHttpUrl("blobEndpoint", blobEndpoint);
      const endpoint = blobEndpoint!;
      this.#build = (library) =>
        new library.BlobServiceClient(endpoint, new library.StorageSharedKeyCredential(first, second));
      this.#names = { storageAccount: first, blobEndpoint: endpoint.replace(/\/$/, "") };
      options = fourth;
    } else if (isServiceClient(first)) {
      this.#service = first;
      options = second;
    } else if (typeof first === "string" && first.length > 0) {
      this.#build = (library) => serviceFromConnectionString(library, first);
      options = second;
    } else {
      throw new TypeError(
        "Expected (storageAccount, storageAccountKey, blobEndpoint), a connection string or a BlobServiceClient",
      );
    }
    this.containerName = options?.containerName ?? DEFAULT_STAGING_CONTAINER;
    checkContainerName(this.containerName);
    this.sasLifetimeMs = options?.sasLifetimeMs ?? DEFAULT_STAGING_SAS_LIFETIME_MS;
    if (!(Number.isFinite(this.sasLifetimeMs) && this.sasLifetimeMs > 0)) {
      throw new RangeError("sasLifetimeMs must be a positive number of milliseconds");
    }
    // Start loading now so that the synchronous members work by the time they are likely used.
    if (!this.#service) loadStorageBlob().catch(() => undefined);
  }

  /** Storage account name. */
  get storageAccount(): string {
    return this.#names?.storageAccount ?? this.#client().accountName;
  }

  /** Blob service endpoint, for example `https://myaccount.blob.core.windows.net`. */
  get blobEndpoint(): string {
    return this.#names?.blobEndpoint ?? this.#client().url.replace(/\/$/, "");
  }

  /**
   * Waits until `@azure/storage-blob` has loaded and the account's client is built.
   * @throws TypeError for a malformed connection string (without quoting it).
   */
  async ready(): Promise<this> {
    if (!this.#service) await loadStorageBlob();
    this.#client();
    return this;
  }

  /** Client of the staging container, once the storage library has loaded. */
  async getContainerClient(): Promise<ContainerClient> {
    await this.ready();
    return this.#client().getContainerClient(this.containerName);
  }

  #client(): BlobServiceClient {
    if (this.#service) return this.#service;
    const library = storageBlobIfLoaded();
    if (!library) {
      throw new Error("@azure/storage-blob is still loading: await stagingStorageAccount.ready() first");
    }
    this.#service = this.#build!(library);
    return this.#service;
  }
}

/** Whether `value` is a `BlobServiceClient`, told without loading the library. */
function isServiceClient(value: unknown): value is BlobServiceClient {
  const client = value as Partial<BlobServiceClient> | null;
  return (
    typeof client === "object" &&
    client !== null &&
    typeof client.getContainerClient === "function" &&
    typeof client.getUserDelegationKey === "function" &&
    typeof client.url === "string"
  );
}

/** Keys this module puts into the shared per-call artifacts map. */
const ARTIFACT_PREFIX = "azbatch.storage.file-to-stage:";
/** Staged blobs of this process, keyed by account, container and local file version; in-flight uploads are shared. */
const uploads = new Map<string, Promise<string>>();
/** Staging containers known to exist. */
const containers = new Map<string, Promise<void>>();

/**
 * One local file to stage for a task (Batch .NET `FileToStage`). The file is uploaded once per
 * content version (path, size, modification time) and account, however many tasks and add-task
 * calls reference it; each add-task call signs one fresh read SAS per file.
 */
export class FileToStage implements FileStagingProvider {
  /** Local path of the file. */
  readonly localFileToStage: string;
  /** Account that receives it. */
  readonly stagingStorageAccount: StagingStorageAccount;
  /** Name of the file on the node, relative to the task directory (default: the local file name). */
  readonly nodeFileName: string;

  /**
   * @throws TypeError / RangeError for an empty local path, a missing account, or a node file name
   * that is absolute or leaves the task directory.
   */
  constructor(localFileToStage: string, stagingStorageAccount: StagingStorageAccount, nodeFileName?: string) {
    if (typeof localFileToStage !== "string" || localFileToStage.length === 0) {
      throw new TypeError("localFileToStage is required");
    }
    if (!(stagingStorageAccount instanceof StagingStorageAccount)) {
      throw new TypeError("stagingStorageAccount must be a StagingStorageAccount");
    }
    this.localFileToStage = localFileToStage;
    this.stagingStorageAccount = stagingStorageAccount;
    this.nodeFileName = nodeFileName ?? basename(localFileToStage);
    checkRelativePath(this.nodeFileName, "nodeFileName");
  }

  /** Uploads the file unless this version is already staged, and returns its resource file. */
  async stageFiles(context: FileStagingContext): Promise<ResourceFile[]> {
    const account = await this.stagingStorageAccount.ready();
    const path = resolve(this.localFileToStage);
    const info = await stat(path);
    if (!info.isFile()) throw new TypeError(`Not a regular file: ${this.localFileToStage}`);
    const container = await account.getContainerClient();
    const place = `${account.blobEndpoint}|${account.containerName}`;
    const version = `${place}|${path}|${info.size}|${info.mtimeMs}`;
    // Signing is settled first, so an account that cannot sign fails before anything is uploaded.
    const sas = await sasOptions(context, account, container);
    const blobName = await cached(uploads, version, async () => {
      await cached(containers, place, () => createContainer(container, context.signal));
      return upload(container, path, version, context.signal);
    });
    const sasUrl = await cached(artifactsOf(context), `${ARTIFACT_PREFIX}sas|${version}`, () =>
      getBlobSasUrl(container.getBlobClient(blobName), sas),
    );
    return [ResourceFile.fromUrl(sasUrl, this.nodeFileName)];
  }
}

/** One set of SAS options (and at most one user delegation key) per account and add-task call. */
function sasOptions(
  context: FileStagingContext,
  account: StagingStorageAccount,
  container: ContainerClient,
): Promise<BlobSasOptions> {
  return cached(
    artifactsOf(context),
    `${ARTIFACT_PREFIX}sas-options|${account.blobEndpoint}|${account.containerName}`,
    () => prepareSasOptions(container, { lifetimeMs: account.sasLifetimeMs, signal: context.signal }),
  );
}

async function createContainer(container: ContainerClient, signal?: AbortSignal): Promise<void> {
  await container.createIfNotExists({ abortSignal: signal });
}

async function upload(
  container: ContainerClient,
  path: string,
  version: string,
  signal?: AbortSignal,
): Promise<string> {
  // Different files with the same name (or new versions of one file) must not overwrite each other.
  const digest = createHash("sha256").update(version).digest("hex").slice(0, 16);
  const blobName = `${digest}/${basename(path)}`;
  try {
    await container.getBlockBlobClient(blobName).uploadFile(path, { abortSignal: signal });
  } catch (error) {
    throw translateStorageError(error, container.containerName);
  }
  return blobName;
}

/** The promise cached under `key`, created by `create` on first use; a failure is forgotten so it can be retried. */
function cached<T>(cache: Map<string, unknown>, key: string, create: () => Promise<T>): Promise<T> {
  const existing = cache.get(key) as Promise<T> | undefined;
  if (existing) return existing;
  const created = create();
  cache.set(key, created);
  created.catch(() => {
    if (cache.get(key) === created) cache.delete(key);
  });
  return created;
}

function artifactsOf(context: FileStagingContext): Map<string, unknown> {
  if (!(context?.artifacts instanceof Map)) throw new TypeError("The staging context needs an artifacts map");
  return context.artifacts;
}
