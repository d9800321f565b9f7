/**
 * Batch .NET's file staging: a task lists local files in `filesToStage`; when the task is added
 * they are uploaded to a blob container that the add-task call creates and names, and become
 * resource files with read SAS URLs. The call reports the container in its
 * {@link SequentialFileStagingArtifact}, so the caller can delete exactly what was created.
 * @module
 */
import { createHash, randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { BlobServiceClient, ContainerClient } from "@azure/storage-blob";
import { InvalidOperationException } from "../objectmodel/errors.js";
import type {
  FileStagingOptions,
  IFileStagingArtifact,
  IFileStagingProvider,
} from "../objectmodel/file-staging.js";
import { checkHttpUrl, checkRelativePath, ResourceFile } from "../objectmodel/resource-file.js";
import { checkContainerName, serviceFromConnectionString } from "./clients.js";
import { mapWithConcurrency } from "./concurrency.js";
import { translateStorageError } from "./errors.js";
import { loadStorageBlob, storageBlobIfLoaded, type StorageBlob } from "./library.js";
import { getBlobSasUrl, prepareSasOptions } from "./sas.js";
import { DEFAULT_CONCURRENCY } from "./transfer.js";

/** Lifetime of staged files' SAS URLs unless the account says otherwise: one day, since tasks may queue. */
export const DEFAULT_STAGING_SAS_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Start of the names of staging containers (Batch .NET's convenience prefix). */
export const STAGING_CONTAINER_PREFIX = "mab-";

/** The Batch .NET constructor arguments of a {@link StagingStorageAccount}, as one object. */
export interface StagingStorageAccountInit {
  /** Storage account name. */
  storageAccount: string;
  /** Storage account key. */
  storageAccountKey: string;
  /** Blob service endpoint, for example `https://myaccount.blob.core.windows.net`. */
  blobEndpoint: string;
}

/** Options of a {@link StagingStorageAccount}. */
export interface StagingStorageAccountOptions {
  /** How long the resource files' read SAS stays valid, in milliseconds. */
  sasLifetimeMs?: number;
}

const INIT_KEYS = ["storageAccount", "storageAccountKey", "blobEndpoint"] as const;
const OPTION_KEYS = ["sasLifetimeMs"] as const;

/**
 * The storage account that receives staged files (Batch .NET `StagingStorageAccount`).
 * Build it as in .NET from account name, key and blob endpoint (positional, or as one
 * {@link StagingStorageAccountInit} object), from a connection string, or from a `BlobServiceClient`
 * (which may use a `TokenCredential`: SAS URLs are then signed with a user delegation key).
 *
 * `@azure/storage-blob` is loaded when an account is constructed, not when azbatch is imported.
 * Until it has loaded, the names of an account built from a connection string or a client are not
 * known and reading them throws; `await account.ready()` waits for the library. Staging and
 * {@link getContainerClient} always wait.
 */
export class StagingStorageAccount {
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
  /** `new StagingStorageAccount({ storageAccount, storageAccountKey, blobEndpoint })`. */
  constructor(init: StagingStorageAccountInit, options?: StagingStorageAccountOptions);
  /** From a connection string (with an account key) or a ready `BlobServiceClient`. */
  constructor(connectionStringOrClient: string | BlobServiceClient, options?: StagingStorageAccountOptions);
  /**
   * @throws TypeError for any other arguments, a missing name or key, an init object with unknown
   * keys, or a malformed endpoint (never quoting the key); RangeError for a bad `sasLifetimeMs`.
   */
  constructor(
    first: string | BlobServiceClient | StagingStorageAccountInit,
    second?: string | StagingStorageAccountOptions,
    third?: string,
    fourth?: StagingStorageAccountOptions,
  ) {
    let options: unknown;
    /** The .NET arguments, checked below (unknown until then). */
    let key: Record<(typeof INIT_KEYS)[number], unknown> | undefined;
    if (typeof second === "string" || third !== undefined) {
      key = { storageAccount: first, storageAccountKey: second, blobEndpoint: third };
      options = fourth;
    } else if (isServiceClient(first)) {
      this.#service = first;
      options = second;
    } else if (typeof first === "string" && first.length > 0) {
      this.#build = (library) => serviceFromConnectionString(library, first);
      options = second;
    } else if (isPlainObject(first)) {
      checkKeys("StagingStorageAccount", first, INIT_KEYS);
      key = {
        storageAccount: first.storageAccount,
        storageAccountKey: first.storageAccountKey,
        blobEndpoint: first.blobEndpoint,
      };
      options = second;
    } else {
      throw new TypeError(
        "StagingStorageAccount: expected (storageAccount, storageAccountKey, blobEndpoint), " +
          "{ storageAccount, storageAccountKey, blobEndpoint }, a connection string or a BlobServiceClient",
      );
    }
    if (key) {
      const { storageAccount, storageAccountKey, blobEndpoint } = key;
      if (typeof storageAccount !== "string" || storageAccount.length === 0) {
        throw new TypeError("StagingStorageAccount: storageAccount must be a non-empty string");
      }
      if (typeof storageAccountKey !== "string" || storageAccountKey.length === 0) {
        throw new TypeError("StagingStorageAccount: storageAccountKey must be a non-empty string");
      }
      checkHttpUrl("blobEndpoint", blobEndpoint);
      const endpoint = blobEndpoint as string;
      this.#build = (library) =>
        new library.BlobServiceClient(
          endpoint,
          new library.StorageSharedKeyCredential(storageAccount, storageAccountKey),
        );
      this.#names = { storageAccount, blobEndpoint: endpoint.replace(/\/$/, "") };
    }
    this.sasLifetimeMs = checkOptions(options).sasLifetimeMs ?? DEFAULT_STAGING_SAS_LIFETIME_MS;
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

  /** {@link blobEndpoint} as a `URL` (Batch .NET `BlobUri`); a new object on each read. */
  get blobUri(): URL {
    return new URL(this.blobEndpoint);
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

  /**
   * Client of a container of this account, for example the one a staging run reports in
   * {@link SequentialFileStagingArtifact.blobContainerCreated}, to delete it.
   * @throws RangeError for an invalid container name.
   */
  async getContainerClient(containerName: string): Promise<ContainerClient> {
    checkContainerName(containerName);
    await this.ready();
    return this.#client().getContainerClient(containerName);
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Throws a TypeError naming the first key of `value` not in `allowed` (never quoting values). */
function checkKeys(what: string, value: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(value).find((name) => !allowed.includes(name));
  if (unknown !== undefined) {
    throw new TypeError(`${what}: unknown property '${unknown}' (expected ${allowed.join(", ")})`);
  }
}

function checkOptions(options: unknown): StagingStorageAccountOptions {
  if (options === undefined) return {};
  if (!isPlainObject(options)) throw new TypeError("StagingStorageAccount: options must be an object");
  checkKeys("StagingStorageAccount options", options, OPTION_KEYS);
  return options;
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

/** Per artifact: the container its staging run uses, and whether the run has created it yet. */
const runs = new WeakMap<SequentialFileStagingArtifact, { containerName: string; created: boolean }>();

/**
 * What a staging run of {@link FileToStage} providers reports (Batch .NET
 * `SequentialFileStagingArtifact`): the blob container it created. One artifact describes one run;
 * pass a new one (or none) to each add-task call.
 */
export class SequentialFileStagingArtifact implements IFileStagingArtifact {
  /**
   * Inserted into the container name (`mab-<namingFragment>-<UTC time>-<random>`); lower-case letters,
   * digits and single hyphens.
   */
  namingFragment?: string;

  /** Creates an artifact, optionally with a {@link namingFragment}. */
  constructor(init?: { namingFragment?: string }) {
    if (init?.namingFragment !== undefined) this.namingFragment = init.namingFragment;
  }

  /**
   * Name of the blob container the run created (in every staging account its files went to), or
   * `undefined` while none was created. Delete it when the tasks no longer need their files.
   */
  get blobContainerCreated(): string | undefined {
    const run = runs.get(this);
    return run?.created ? run.containerName : undefined;
  }
}

/** A fresh container name for a run, checked before any request. */
function newContainerName(namingFragment: string | undefined): string {
  const time = new Date()
    .toISOString()
    .replace(/[-:T.]/g, "-")
    .replace(/Z$/, "");
  const fragment = namingFragment ? `${namingFragment}-` : "";
  const name =
    `${STAGING_CONTAINER_PREFIX}${fragment}${time}-${randomBytes(3).toString("hex")}`.toLowerCase();
  checkContainerName(name);
  return name;
}

/** Claims `artifact` for one run; an artifact that already described a run is refused. */
function startRun(artifact: IFileStagingArtifact): { containerName: string; created: boolean } {
  if (!(artifact instanceof SequentialFileStagingArtifact)) {
    throw new TypeError("FileToStage.stageFiles: the artifact must be a SequentialFileStagingArtifact");
  }
  if (runs.has(artifact)) {
    throw new InvalidOperationException(
      "FileToStage.stageFiles: this SequentialFileStagingArtifact already describes a staging run; use a new one",
    );
  }
  const run = { containerName: newContainerName(artifact.namingFragment), created: false };
  runs.set(artifact, run);
  return run;
}

/**
 * One local file to stage for a task (Batch .NET `FileToStage`). Each add-task call uploads its
 * files into a container of its own (reported by its {@link SequentialFileStagingArtifact}): a file
 * referenced by many tasks of one call is uploaded once, and every call uploads again, so deleting
 * an earlier call's container never affects a later call.
 */
export class FileToStage implements IFileStagingProvider {
  /** Local path of the file. */
  readonly localFileToStage: string;
  /** Account that receives it. */
  readonly stagingStorageAccount: StagingStorageAccount;
  /** Name of the file on the node, relative to the task directory (default: the local file name). */
  readonly nodeFileName: string;
  /** The resource file of the staged file; set by {@link stageFiles}. */
  stagedFiles?: ResourceFile[];

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

  /** A new {@link SequentialFileStagingArtifact}. */
  createStagingArtifact(): SequentialFileStagingArtifact {
    return new SequentialFileStagingArtifact();
  }

  /**
   * Checks that the local file exists and is a regular file.
   * @throws the file system's error (for example `ENOENT`), or TypeError for a directory.
   */
  validate(): void {
    if (!statSync(this.localFileToStage).isFile()) {
      throw new TypeError(`Not a regular file: ${this.localFileToStage}`);
    }
  }

  /**
   * Stages the `FileToStage` entries of `filesToStage` into a new container named from the
   * artifact's `namingFragment`, sets each entry's {@link stagedFiles} and reports the container in
   * `fileStagingArtifact.blobContainerCreated`. Everything is checked, and each account's SAS
   * signing settled, before the first upload.
   */
  async stageFiles(
    filesToStage: readonly IFileStagingProvider[],
    fileStagingArtifact: IFileStagingArtifact,
    options: FileStagingOptions = {},
  ): Promise<void> {
    const files = filesToStage.filter((file): file is FileToStage => file instanceof FileToStage);
    if (files.length === 0) return;
    const run = startRun(fileStagingArtifact);
    for (const file of files) file.validate();
    const staged = new Map<FileToStage, ResourceFile[]>();
    for (const group of await byAccount(files)) {
      const account = group[0].stagingStorageAccount;
      const container = await account.getContainerClient(run.containerName);
      // Signing is settled first, so an account that cannot sign fails before anything is created.
      const sas = await prepareSasOptions(container, {
        lifetimeMs: account.sasLifetimeMs,
        signal: options.signal,
      });
      await container.createIfNotExists({ abortSignal: options.signal });
      run.created = true;
      const paths = [...new Set(group.map((file) => resolve(file.localFileToStage)))];
      const urls = await mapWithConcurrency(paths, DEFAULT_CONCURRENCY, async (path) => {
        const blobName = await upload(container, path, options.signal);
        return getBlobSasUrl(container.getBlobClient(blobName), sas);
      });
      for (const file of group) {
        const url = urls[paths.indexOf(resolve(file.localFileToStage))];
        staged.set(file, [ResourceFile.fromUrl(url, file.nodeFileName)]);
      }
    }
    for (const file of files) file.stagedFiles = staged.get(file);
  }
}

/** The files grouped by the storage account (name and endpoint) they go to. */
async function byAccount(files: readonly FileToStage[]): Promise<FileToStage[][]> {
  const groups = new Map<string, FileToStage[]>();
  for (const file of files) {
    const account = await file.stagingStorageAccount.ready();
    const key = `${account.storageAccount}|${account.blobEndpoint}`;
    groups.set(key, [...(groups.get(key) ?? []), file]);
  }
  return [...groups.values()];
}

async function upload(container: ContainerClient, path: string, signal?: AbortSignal): Promise<string> {
  // Same-named files from different folders must not overwrite each other.
  const digest = createHash("sha256").update(path).digest("hex").slice(0, 16);
  const blobName = `${digest}/${basename(path)}`;
  try {
    await container.getBlockBlobClient(blobName).uploadFile(path, { abortSignal: signal });
  } catch (error) {
    throw translateStorageError(error, container.containerName);
  }
  return blobName;
}
