/**
 * `uploadbatchservicelogs`: copies a node's log files ({@link NodeLogWriter}) to the blob container
 * a SAS URL names, under `<poolId>/<nodeId>/<unique id>/`. As the service documents, a file goes
 * whole when it holds any line from the requested time range. Unlike the service, which answers
 * first and uploads afterwards, the local service uploads before it answers: the blobs exist when
 * the answer arrives, and a container it cannot write is refused with the answer.
 * @module
 */
import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { containerFromUrl, storageErrorInfo } from "../agent/blob-access.js";
import { BatchServiceError, invalidProperty } from "../errors.js";
import type { NodeLogs } from "./writer.js";

/** What to upload: the node, the container and the time range. */
export interface NodeLogUpload {
  readonly poolId: string;
  readonly nodeId: string;
  /** A container URL with a SAS granting write (or create) permission. */
  readonly containerUrl: string;
  /** Files with a line at or after this time go. */
  readonly startTime: Date;
  /** Files with a line at or before this time go (no bound when absent). */
  readonly endTime?: Date;
  /** Stops the upload; the request then fails with `OperationTimedOut`. */
  readonly signal: AbortSignal;
}

/** The `UploadBatchServiceLogsResult` of an upload. */
export interface NodeLogUploadResult {
  readonly virtualDirectoryName: string;
  readonly numberOfFilesUploaded: number;
}

/**
 * The virtual directory of one upload: the pool id, the node id with `_` turned into `-` (as in the
 * service's published example) and a fresh GUID.
 */
export function logDirectoryName(poolId: string, nodeId: string): string {
  return `${poolId}/${nodeId.replace(/_/g, "-")}/${randomUUID()}`;
}

function checkContainerUrl(containerUrl: string): void {
  let url: URL;
  try {
    url = new URL(containerUrl);
  } catch {
    throw invalidProperty("containerUrl", "The container URL is not an absolute URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw invalidProperty("containerUrl", "The container URL must be an http or https URL.");
}

/** Whether a log's text holds a line stamped inside the range (lines start with an ISO 8601 time). */
function hasLineInRange(text: string, startTime: Date, endTime: Date | undefined): boolean {
  for (const line of text.split("\n")) {
    const time = Date.parse(line.slice(0, line.indexOf(" ")));
    if (Number.isNaN(time)) continue;
    if (time >= startTime.getTime() && (endTime === undefined || time <= endTime.getTime())) return true;
  }
  return false;
}

/** The node's log files with a line in the range, by name, in name order. */
async function logsInRange(
  dir: string,
  startTime: Date,
  endTime: Date | undefined,
): Promise<Array<{ name: string; content: Buffer }>> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    return []; // Nothing was logged for the node yet.
  }
  const files: Array<{ name: string; content: Buffer }> = [];
  for (const name of names) {
    const content = await readFile(join(dir, name));
    if (hasLineInRange(content.toString("utf8"), startTime, endTime)) files.push({ name, content });
  }
  return files;
}

function uploadFailed(error: unknown, signal: AbortSignal): BatchServiceError {
  if (signal.aborted)
    return new BatchServiceError(
      500,
      "OperationTimedOut",
      "The operation could not be completed within the permitted time.",
    );
  const { statusCode, code } = storageErrorInfo(error);
  const answer =
    statusCode === undefined
      ? "the storage service could not be reached"
      : `the storage service answered ${statusCode}${code ? ` ${code}` : ""}`;
  return invalidProperty("containerUrl", `The log files could not be written to the container: ${answer}.`);
}

/**
 * Uploads the node's log files in the range and answers what the service answers.
 * @throws BatchServiceError 400 `InvalidPropertyValue` (`containerUrl`) for a URL that is not http(s)
 *   or a container that refuses the upload (or cannot be reached); 500 `OperationTimedOut` when
 *   `signal` aborts first.
 */
export async function uploadNodeLogs(logs: NodeLogs, upload: NodeLogUpload): Promise<NodeLogUploadResult> {
  const { poolId, nodeId, containerUrl, startTime, endTime, signal } = upload;
  checkContainerUrl(containerUrl);
  await logs.settled(poolId, nodeId);
  const files = await logsInRange(logs.directory(poolId, nodeId), startTime, endTime);
  const virtualDirectoryName = logDirectoryName(poolId, nodeId);
  const container = containerFromUrl(containerUrl);
  try {
    for (const { name, content } of files) {
      await container.getBlockBlobClient(`${virtualDirectoryName}/${name}`).uploadData(content, {
        abortSignal: signal,
        blobHTTPHeaders: { blobContentType: "text/plain; charset=utf-8" },
      });
    }
  } catch (error) {
    throw uploadFailed(error, signal);
  }
  return { virtualDirectoryName, numberOfFilesUploaded: files.length };
}
