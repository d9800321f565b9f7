/**
 * Uploads a task's `outputFiles` to their blob-container destinations after the process ends,
 * as a node does: patterns are relative to the working directory (`../stdout.txt` reaches the task
 * directory), a pattern without wildcards uploads one file to exactly `path` (or its file name),
 * a wildcard pattern uploads every match under `path` as a virtual folder, keeping the folders
 * below the pattern's literal part. A log is appended to `fileuploadout.txt` / `fileuploaderr.txt`
 * in the task directory, and a failed upload becomes a `FileUploadMiscError`.
 * @module
 */
import { appendFile, stat } from "node:fs/promises";
import path from "node:path";
import type { BlobHTTPHeaders } from "@azure/storage-blob";
import type { HttpHeader, OutputFile, OutputFileUploadCondition } from "../../protocol/models.generated.js";
import { containerFromUrl, storageErrorInfo } from "./blob-access.js";
import { redactUrl, TaskFailureCode, TaskFailureError } from "./failure.js";
import { GlobPattern, hasWildcard, listFilesRecursively, splitPattern } from "./glob.js";
import { PathEscapeError, realPathInside } from "./safe-path.js";

/** Options of {@link uploadOutputFiles}. */
export interface OutputFileUploadContext {
  /** The task directory; no pattern may reach above it. */
  readonly taskDir: string;
  /** The working directory patterns are relative to. */
  readonly workingDir: string;
  /** Whether the task process succeeded (exit code 0); selects `tasksuccess` or `taskfailure` uploads. */
  readonly succeeded: boolean;
  /** Aborts the uploads; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** One file that was uploaded. */
export interface UploadedFile {
  /** Local path of the file. */
  readonly filePath: string;
  /** Name of the blob it was written to. */
  readonly blobName: string;
  /** The destination container URL with its SAS redacted. */
  readonly containerUrl: string;
}

/** Whether an output file with `condition` is uploaded for a run that `succeeded` or not. */
export function shouldUpload(condition: OutputFileUploadCondition, succeeded: boolean): boolean {
  return condition === "taskcompletion" || (condition === "tasksuccess") === succeeded;
}

/** The blob HTTP headers and metadata `uploadHeaders` ask for. */
function headersFor(uploadHeaders: readonly HttpHeader[] | undefined): {
  blobHTTPHeaders: BlobHTTPHeaders;
  metadata: Record<string, string>;
} {
  const blobHTTPHeaders: BlobHTTPHeaders = {};
  const metadata: Record<string, string> = {};
  for (const { name, value = "" } of uploadHeaders ?? []) {
    const lower = name.toLowerCase();
    if (lower === "content-type") blobHTTPHeaders.blobContentType = value;
    else if (lower === "content-encoding") blobHTTPHeaders.blobContentEncoding = value;
    else if (lower === "content-language") blobHTTPHeaders.blobContentLanguage = value;
    else if (lower === "content-disposition") blobHTTPHeaders.blobContentDisposition = value;
    else if (lower === "cache-control") blobHTTPHeaders.blobCacheControl = value;
    else if (lower.startsWith("x-ms-meta-")) metadata[lower.slice("x-ms-meta-".length)] = value;
  }
  return { blobHTTPHeaders, metadata };
}

function insideDir(dir: string, candidate: string): boolean {
  const rel = path.relative(dir, candidate);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * `candidate` (inside `taskDir`) with symbolic links resolved, or undefined when it does not exist.
 * @throws RangeError when it links outside the task directory.
 */
async function realPathOf(taskDir: string, candidate: string, pattern: string): Promise<string | undefined> {
  try {
    return await realPathInside(taskDir, path.relative(taskDir, candidate));
  } catch (error) {
    if (error instanceof PathEscapeError) {
      throw new RangeError(`the file pattern '${pattern}' links outside the task directory`);
    }
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** The local files a pattern selects and the blob name each goes to. */
async function expand(
  file: OutputFile,
  context: OutputFileUploadContext,
): Promise<Array<{ local: string; blob: string }>> {
  const pattern = file.filePattern.replace(/\\/g, "/");
  const destPath = (file.destination.container?.path ?? "").replace(/^\/+/, "");
  const { base, rest } = splitPattern(pattern);
  const baseDir = path.resolve(context.workingDir, base);
  const taskDir = path.resolve(context.taskDir);
  if (!insideDir(taskDir, baseDir)) {
    throw new RangeError(`the file pattern '${file.filePattern}' reaches outside the task directory`);
  }
  // A task may leave symbolic links behind: what is read is where they lead, which must be inside too.
  const realBase = await realPathOf(taskDir, baseDir, file.filePattern);
  if (realBase === undefined) return [];
  if (!hasWildcard(pattern)) {
    const info = await stat(realBase).catch(() => undefined);
    if (!info?.isFile()) return [];
    return [{ local: realBase, blob: destPath || path.basename(baseDir) }];
  }
  const glob = new GlobPattern(rest);
  // The walk does not follow links, so every match below the real base is a regular file inside it.
  const matches = (await listFilesRecursively(realBase)).filter((rel) => glob.matches(rel));
  return matches.map((rel) => ({
    local: path.join(realBase, rel),
    blob: destPath ? `${destPath.replace(/\/+$/, "")}/${rel}` : rel,
  }));
}

/**
 * Uploads the output files whose condition matches `context.succeeded`. Every file is attempted;
 * when any fails, the first failure is thrown after the others were tried.
 * @returns the files uploaded.
 * @throws TaskFailureError (stage `fileUpload`, code `FileUploadMiscError`).
 */
export async function uploadOutputFiles(
  files: readonly OutputFile[] | undefined,
  context: OutputFileUploadContext,
): Promise<UploadedFile[]> {
  const selected = (files ?? []).filter((f) =>
    shouldUpload(f.uploadOptions.uploadCondition, context.succeeded),
  );
  const uploaded: UploadedFile[] = [];
  let firstFailure: TaskFailureError | undefined;
  const log = (name: string, line: string): Promise<void> =>
    appendFile(path.join(context.taskDir, name), `${new Date().toISOString()} ${line}\n`).catch(
      () => undefined,
    );

  for (const file of selected) {
    const destination = file.destination.container;
    const containerUrl = destination ? redactUrl(destination.containerUrl) : "";
    try {
      if (!destination) throw new RangeError("the output file has no container destination");
      const container = containerFromUrl(destination.containerUrl);
      const { blobHTTPHeaders, metadata } = headersFor(destination.uploadHeaders);
      const targets = await expand(file, context);
      if (targets.length === 0) await log("fileuploadout.txt", `no file matches '${file.filePattern}'`);
      for (const target of targets) {
        await container
          .getBlockBlobClient(target.blob)
          .uploadFile(target.local, { blobHTTPHeaders, metadata, abortSignal: context.signal });
        uploaded.push({ filePath: target.local, blobName: target.blob, containerUrl });
        await log("fileuploadout.txt", `uploaded ${target.local} to ${containerUrl} as ${target.blob}`);
      }
    } catch (error) {
      if (context.signal?.aborted) throw context.signal.reason;
      const { statusCode, code } = storageErrorInfo(error);
      const reason =
        error instanceof RangeError
          ? error.message
          : `storage answered ${statusCode ?? "nothing"}${code ? ` (${code})` : ""}`;
      await log("fileuploaderr.txt", `upload of '${file.filePattern}' to ${containerUrl} failed: ${reason}`);
      firstFailure ??= new TaskFailureError(
        "fileUpload",
        TaskFailureCode.FileUploadMiscError,
        "An output file could not be uploaded.",
        [
          { name: "FilePattern", value: file.filePattern },
          { name: "ContainerUrl", value: containerUrl },
          { name: "Reason", value: reason },
        ],
        { cause: error },
      );
    }
  }
  if (firstFailure) throw firstFailure;
  return uploaded;
}
