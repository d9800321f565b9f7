/**
 * Moving local files to and from blob containers: uploads that return ready-to-use
 * `ResourceFile`s, and downloading a container (the tutorial's output step) to a folder.
 * @module
 */
import { mkdir, readdir, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { ContainerClient } from "@azure/storage-blob";
import { checkRelativePath, ResourceFile } from "../objectmodel/resource-file.js";
import { checkBlobName, toContainerClient, type ContainerTarget } from "./clients.js";
import { mapWithConcurrency } from "./concurrency.js";
import { translateStorageError } from "./errors.js";
import { getBlobSasUrl, prepareSasOptions, type BlobSasOptions } from "./sas.js";

/** Parallel transfers when none is given. */
export const DEFAULT_CONCURRENCY = 8;

/** Options shared by the upload helpers. */
export interface UploadOptionsBase {
  /** SAS of the returned resource files (default: read, one hour). */
  sas?: Omit<BlobSasOptions, "signal">;
  /** Octal permission bits for the files on Linux nodes. */
  fileMode?: string;
  /** Cancels the uploads. */
  signal?: AbortSignal;
}

/** Options of {@link uploadFileToContainer}. */
export interface UploadFileOptions extends UploadOptionsBase {
  /** Blob name (default: the local file name). */
  blobName?: string;
  /** Where the node puts the file, relative to the task directory (default: the blob name). */
  filePath?: string;
}

/** Options of {@link uploadFilesToContainer} and {@link uploadFolderToContainer}. */
export interface UploadManyOptions extends UploadOptionsBase {
  /** Prepended to every blob name, for example `"inputs/"`. */
  blobPrefix?: string;
  /** Prepended to every node path, for example `"data/"` (default: none). */
  filePathPrefix?: string;
  /** Parallel uploads (default 8). */
  concurrency?: number;
}

/** Options of {@link downloadContainerToFolder}. */
export interface DownloadOptions {
  /** Only blobs whose names start with this prefix. */
  prefix?: string;
  /** Parallel downloads (default 8). */
  concurrency?: number;
  /** Cancels the downloads. */
  signal?: AbortSignal;
}

interface PlannedUpload {
  readonly localPath: string;
  readonly blobName: string;
  readonly filePath: string;
}

/**
 * Uploads one local file and returns a `ResourceFile` whose URL carries a read SAS for it:
 * the tutorial's `UploadFileToContainerAsync` in one call.
 */
export async function uploadFileToContainer(
  target: ContainerTarget,
  localFilePath: string,
  options: UploadFileOptions = {},
): Promise<ResourceFile> {
  const blobName = options.blobName ?? basename(requireLocalPath(localFilePath));
  const [file] = await uploadPlanned(
    await toContainerClient(target),
    [plan(localFilePath, blobName, options.filePath ?? blobName)],
    {
      ...options,
      concurrency: 1,
    },
  );
  return file;
}

/** Uploads several local files (blob name = file name, plus `blobPrefix`); one resource file each, in order. */
export async function uploadFilesToContainer(
  target: ContainerTarget,
  localFilePaths: readonly string[],
  options: UploadManyOptions = {},
): Promise<ResourceFile[]> {
  if (!Array.isArray(localFilePaths)) throw new TypeError("localFilePaths must be an array of paths");
  const planned = localFilePaths.map((path) => {
    const name = basename(requireLocalPath(path));
    return plan(path, `${options.blobPrefix ?? ""}${name}`, `${options.filePathPrefix ?? ""}${name}`);
  });
  const names = new Set(planned.map((p) => p.blobName));
  if (names.size !== planned.length) throw new RangeError("Two of the files would get the same blob name");
  return uploadPlanned(await toContainerClient(target), planned, options);
}

/**
 * Uploads every file under `folder` (recursively). Blob names and node paths are the paths
 * relative to the folder with `/` separators, prefixed by `blobPrefix` / `filePathPrefix`.
 */
export async function uploadFolderToContainer(
  target: ContainerTarget,
  folder: string,
  options: UploadManyOptions = {},
): Promise<ResourceFile[]> {
  const container = await toContainerClient(target);
  const root = resolve(requireLocalPath(folder));
  const files = await listFiles(root);
  const planned = files.map((path) => {
    const rel = relative(root, path).split(sep).join("/");
    return plan(path, `${options.blobPrefix ?? ""}${rel}`, `${options.filePathPrefix ?? ""}${rel}`);
  });
  return uploadPlanned(container, planned, options);
}

/**
 * Downloads the container's blobs (optionally only those under `prefix`) into `folder`, keeping
 * their `/`-separated names as sub-folders. Resolves the local paths written. A blob name that
 * would land outside `folder` is refused before anything is downloaded.
 */
export async function downloadContainerToFolder(
  target: ContainerTarget,
  folder: string,
  options: DownloadOptions = {},
): Promise<string[]> {
  const container = await toContainerClient(target);
  const root = resolve(requireLocalPath(folder));
  const names: string[] = [];
  try {
    for await (const blob of container.listBlobsFlat({
      prefix: options.prefix,
      abortSignal: options.signal,
    })) {
      if (!blob.name.endsWith("/")) names.push(blob.name);
    }
  } catch (error) {
    throw translateStorageError(error, container.containerName);
  }
  const targets = names.map((name) => {
    const path = resolve(root, name);
    if (!path.startsWith(root + sep) || isAbsolute(name)) {
      throw new RangeError(`Blob "${name}" would be written outside the target folder`);
    }
    return path;
  });
  await mapWithConcurrency(names, options.concurrency ?? DEFAULT_CONCURRENCY, async (name, i) => {
    await mkdir(dirname(targets[i]), { recursive: true });
    await container
      .getBlobClient(name)
      .downloadToFile(targets[i], 0, undefined, { abortSignal: options.signal });
  });
  return targets;
}

function plan(localPath: string, blobName: string, filePath: string): PlannedUpload {
  requireLocalPath(localPath);
  checkBlobName(blobName);
  checkRelativePath(filePath);
  return { localPath, blobName, filePath };
}

/** Checks everything, then uploads and signs; bad input fails before the first request. */
async function uploadPlanned(
  container: ContainerClient,
  planned: readonly PlannedUpload[],
  options: UploadOptionsBase & { concurrency?: number },
): Promise<ResourceFile[]> {
  if (options.fileMode !== undefined && !/^[0-7]{3,4}$/.test(options.fileMode)) {
    throw new RangeError('fileMode must be octal permission bits such as "0644"');
  }
  for (const { localPath } of planned) {
    const info = await stat(localPath);
    if (!info.isFile()) throw new TypeError(`Not a regular file: ${localPath}`);
  }
  const sas = await prepareSasOptions(container, { ...options.sas, signal: options.signal });
  return mapWithConcurrency(planned, options.concurrency ?? DEFAULT_CONCURRENCY, async (item) => {
    const blob = container.getBlockBlobClient(item.blobName);
    try {
      await blob.uploadFile(item.localPath, { abortSignal: options.signal });
    } catch (error) {
      throw translateStorageError(error, container.containerName);
    }
    return ResourceFile.fromUrl(await getBlobSasUrl(blob, sas), item.filePath, options.fileMode);
  });
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function requireLocalPath(path: unknown): string {
  if (typeof path !== "string" || path.length === 0) throw new TypeError("A local path is required");
  return path;
}
