/**
 * Downloads a task's resource files into its working directory before the command runs, as a
 * node does: `httpUrl` (a plain GET, SAS URLs included), `storageContainerUrl` and
 * `autoStorageContainerName` (every blob under `blobPrefix`, keeping the blob names' folders).
 * A failure becomes a {@link TaskFailureError} with the service's failure codes.
 * @module
 */
import { createWriteStream } from "node:fs";
import { chmod, lstat, mkdir, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ContainerClient } from "@azure/storage-blob";
import type { NameValuePair, ResourceFile } from "../../protocol/models.generated.js";
import {
  containerFromAutoStorage,
  containerFromUrl,
  storageErrorInfo,
  type AutoStorageAccount,
} from "./blob-access.js";
import { redactUrl, TaskFailureCode, TaskFailureError } from "./failure.js";
import { PathEscapeError, realPathInside, resolveInside } from "./safe-path.js";

/** Options of {@link downloadResourceFiles}. */
export interface ResourceFileDownloadOptions {
  /** The task's working directory; every `filePath` is relative to it and must stay inside it. */
  readonly workingDir: string;
  /** The linked storage account for `autoStorageContainerName`. */
  readonly autoStorage?: AutoStorageAccount;
  /** Aborts the downloads (task killed); the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Time allowed for each file before it fails with `BlobDownloadTimedOut` (default 10 minutes). */
  readonly timeoutMs?: number;
}

/** A Linux node applies this mode when a resource file names none. */
const DEFAULT_FILE_MODE = 0o770;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;

function fail(code: TaskFailureCode, message: string, details: NameValuePair[], cause?: unknown): never {
  throw new TaskFailureError("preProcessing", code, message, details, { cause });
}

/** Parses an octal `fileMode` string such as `"0755"` or `"644"`. */
export function parseFileMode(fileMode: string | undefined): number {
  if (fileMode === undefined) return DEFAULT_FILE_MODE;
  if (!/^0?[0-7]{3}$/.test(fileMode))
    throw new RangeError(`fileMode '${fileMode}' is not an octal mode like 0755`);
  return parseInt(fileMode, 8);
}

/** The failure code of a download the server answered with `status` (undefined: no answer). */
export function codeForStatus(status: number | undefined): TaskFailureCode {
  if (status === 404) return TaskFailureCode.BlobNotFound;
  if (status === 401 || status === 403) return TaskFailureCode.BlobAccessDenied;
  return TaskFailureCode.BlobDownloadMiscError;
}

/** Runs one download with its own timeout, distinguishing our timeout from the caller's abort. */
async function withTimeout<T>(
  options: ResourceFileDownloadOptions,
  onTimeout: () => never,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    return await run(signal);
  } catch (error) {
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) onTimeout();
    throw error;
  }
}

/** The nearest of `dir` and its ancestors that exists. */
async function existingAncestor(dir: string): Promise<string> {
  for (let current = dir; ; current = path.dirname(current)) {
    const info = await lstat(current).catch(() => undefined);
    if (info || path.dirname(current) === current) return current;
  }
}

/**
 * Makes `target`'s folder and clears the way for writing it. An earlier attempt of the task may have
 * left symbolic links: a folder that leads outside the working directory is refused, and a link at the
 * target itself is removed so that the download replaces it rather than writing where it points.
 */
async function prepareTarget(target: string, workingDir: string, details: NameValuePair[]): Promise<void> {
  const parent = path.dirname(target);
  const reached = path.relative(workingDir, await existingAncestor(parent));
  try {
    // Above the working directory (not made yet) nothing can link anywhere.
    if (!reached.startsWith("..")) await realPathInside(workingDir, reached);
  } catch (error) {
    if (!(error instanceof PathEscapeError)) throw error;
    fail(
      TaskFailureCode.ResourceFileWriteFailed,
      "A resource file's folder links outside the task's working directory.",
      details,
      error,
    );
  }
  try {
    await mkdir(parent, { recursive: true });
    if ((await lstat(target).catch(() => undefined))?.isSymbolicLink()) await unlink(target);
  } catch (error) {
    fail(
      TaskFailureCode.ResourceDirectoryCreateFailed,
      "A directory for a resource file could not be created.",
      details,
      error,
    );
  }
}

async function applyMode(target: string, mode: number, details: NameValuePair[]): Promise<void> {
  try {
    await chmod(target, mode);
  } catch (error) {
    fail(
      TaskFailureCode.ResourceFileWriteFailed,
      "The file mode of a resource file could not be set.",
      details,
      error,
    );
  }
}

async function downloadHttp(
  url: string,
  target: string,
  mode: number,
  options: ResourceFileDownloadOptions,
): Promise<void> {
  const details = [
    { name: "FilePath", value: target },
    { name: "Url", value: redactUrl(url) },
  ];
  await prepareTarget(target, options.workingDir, details);
  await withTimeout(
    options,
    () => fail(TaskFailureCode.BlobDownloadTimedOut, "Downloading a resource file timed out.", details),
    async (signal) => {
      let response: Response;
      try {
        response = await fetch(url, { signal, redirect: "follow" });
      } catch (error) {
        if (signal.aborted) throw error;
        fail(
          TaskFailureCode.BlobDownloadMiscError,
          "A resource file could not be downloaded.",
          details,
          error,
        );
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        fail(
          codeForStatus(response.status),
          `A resource file could not be downloaded (HTTP ${response.status}).`,
          [...details, { name: "HttpStatusCode", value: String(response.status) }],
        );
      }
      try {
        await pipeline(
          Readable.fromWeb(response.body as import("node:stream/web").ReadableStream),
          createWriteStream(target),
        );
      } catch (error) {
        if (signal.aborted) throw error;
        fail(
          TaskFailureCode.ResourceFileWriteFailed,
          "A resource file could not be written.",
          details,
          error,
        );
      }
    },
  );
  await applyMode(target, mode, details);
}

function storageFailure(error: unknown, message: string, details: NameValuePair[]): never {
  const { statusCode, code } = storageErrorInfo(error);
  const extra: NameValuePair[] = [];
  if (statusCode !== undefined) extra.push({ name: "HttpStatusCode", value: String(statusCode) });
  if (code !== undefined) extra.push({ name: "StorageErrorCode", value: code });
  fail(codeForStatus(statusCode), message, [...details, ...extra], error);
}

async function downloadContainer(
  container: ContainerClient,
  source: string,
  file: ResourceFile,
  mode: number,
  options: ResourceFileDownloadOptions,
): Promise<void> {
  const baseDetails = [{ name: "ContainerUrl", value: source }];
  const targetDir = resolveInside(options.workingDir, file.filePath ?? "");
  const names: string[] = [];
  await withTimeout(
    options,
    () => fail(TaskFailureCode.BlobDownloadTimedOut, "Listing a resource container timed out.", baseDetails),
    async (abortSignal) => {
      try {
        for await (const blob of container.listBlobsFlat({ prefix: file.blobPrefix, abortSignal }))
          names.push(blob.name);
      } catch (error) {
        if (abortSignal.aborted) throw error;
        storageFailure(error, "The blobs of a resource container could not be listed.", baseDetails);
      }
    },
  );
  for (const name of names) {
    const target = resolveInside(targetDir, name);
    const details = [...baseDetails, { name: "BlobName", value: name }, { name: "FilePath", value: target }];
    await prepareTarget(target, options.workingDir, details);
    await withTimeout(
      options,
      () => fail(TaskFailureCode.BlobDownloadTimedOut, "Downloading a resource file timed out.", details),
      async (abortSignal) => {
        try {
          await container.getBlobClient(name).downloadToFile(target, 0, undefined, { abortSignal });
        } catch (error) {
          if (abortSignal.aborted) throw error;
          storageFailure(error, "A resource file could not be downloaded.", details);
        }
      },
    );
    await applyMode(target, mode, details);
  }
}

async function downloadOne(file: ResourceFile, options: ResourceFileDownloadOptions): Promise<void> {
  const mode = parseFileMode(file.fileMode);
  if (file.httpUrl !== undefined) {
    if (!file.filePath) throw new RangeError("a resource file with httpUrl needs a filePath");
    await downloadHttp(file.httpUrl, resolveInside(options.workingDir, file.filePath), mode, options);
  } else if (file.storageContainerUrl !== undefined) {
    let container: ContainerClient;
    try {
      container = containerFromUrl(file.storageContainerUrl);
    } catch (error) {
      fail(TaskFailureCode.BlobDownloadMiscError, "The resource container URL is not valid.", [], error);
    }
    await downloadContainer(container, redactUrl(file.storageContainerUrl), file, mode, options);
  } else if (file.autoStorageContainerName !== undefined) {
    const details = [{ name: "ContainerName", value: file.autoStorageContainerName }];
    if (!options.autoStorage) {
      fail(
        TaskFailureCode.BlobDownloadMiscError,
        "No auto-storage account is linked to the Batch account.",
        details,
      );
    }
    const container = containerFromAutoStorage(options.autoStorage, file.autoStorageContainerName);
    await downloadContainer(container, file.autoStorageContainerName, file, mode, options);
  } else {
    throw new RangeError(
      "a resource file needs one of httpUrl, storageContainerUrl or autoStorageContainerName",
    );
  }
}

/**
 * Downloads `files` one after another into `options.workingDir`.
 * @throws TaskFailureError (stage `preProcessing`) when a download fails or a `filePath` / blob name
 *   would leave the working directory, or the abort reason when `options.signal` fires.
 */
export async function downloadResourceFiles(
  files: readonly ResourceFile[] | undefined,
  options: ResourceFileDownloadOptions,
): Promise<void> {
  for (const file of files ?? []) {
    try {
      await downloadOne(file, options);
    } catch (error) {
      if (error instanceof TaskFailureError || options.signal?.aborted) throw error;
      if (error instanceof PathEscapeError) {
        fail(TaskFailureCode.ResourceDirectoryCreateFailed, error.message, [
          { name: "FilePath", value: error.requestedPath },
        ]);
      }
      if (error instanceof RangeError) fail(TaskFailureCode.BlobDownloadMiscError, error.message, []);
      throw error;
    }
  }
}
