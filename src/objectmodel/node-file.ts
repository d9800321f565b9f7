/**
 * `NodeFile`: a file or directory on a compute node, either in a task's directory or anywhere on the node.
 * @module
 */
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Readable } from "node:stream";
import type { NodeFile as NodeFileWire } from "../protocol/models.generated.js";
import type { ResponseHeaders } from "../protocol/operation-types.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { NodeFileProperties } from "./generated/entity-properties.generated.js";
import type { DetailLevel } from "./detail-level.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import type { EntityRequests } from "./runtime/entity-lifecycle.js";
import { peekProperty } from "./runtime/property-container.js";

/** Optional arguments of the node-file list calls. */
export interface ListNodeFilesOptions {
  /** Also list files in subdirectories. */
  recursive?: boolean;
  /** `$filter` on the file list. */
  detailLevel?: DetailLevel;
}

/** Where a node file lives: in a task's directory, or on a compute node. */
export type NodeFileLocation = TaskFileLocation | ComputeNodeFileLocation;

/** A file in a task's directory. */
export interface TaskFileLocation {
  /** Discriminant. */
  readonly kind: "task";
  /** The job of the task. */
  readonly jobId: string;
  /** The task. */
  readonly taskId: string;
}

/** A file anywhere on a compute node. */
export interface ComputeNodeFileLocation {
  /** Discriminant. */
  readonly kind: "node";
  /** The pool of the node. */
  readonly poolId: string;
  /** The node. */
  readonly computeNodeId: string;
}

/** What names one node file: where it lives and its path there. */
interface NodeFileKey {
  location: NodeFileLocation;
  filePath: string;
}

/** An inclusive byte range of a file download (Batch .NET `GetFileRequestByteRange`). */
export interface GetFileRequestByteRange {
  /** First byte, counting from 0. */
  readonly start: number;
  /** Last byte, inclusive. */
  readonly end: number;
}

/** Formats a byte range as the `ocp-range` header value. */
export function formatByteRange(range: GetFileRequestByteRange | undefined): string | undefined {
  if (range === undefined) return undefined;
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`byteRange must satisfy 0 ≤ start ≤ end (integers), got ${start}-${end}`);
  }
  return `bytes=${start}-${end}`;
}

/**
 * A file on a compute node (Batch .NET `NodeFile`), from a list call or `getNodeFile`. Read-only.
 * Content is streamed: {@link NodeFile.copyToStream} never buffers the whole file.
 */
export class NodeFile extends NodeFileProperties {
  /** The requests behind a file's refresh; a file lives in a task's directory or on a node. */
  static readonly #requests: EntityRequests<NodeFile, NodeFileKey, NodeFileWire> = {
    key: (file) => ({ location: file.#location, filePath: file.#path }),
    get: {
      read: (caller, { location, filePath }, read) => readProperties(caller, location, filePath, read.call),
    },
  };

  readonly #location: NodeFileLocation;

  /** @internal Created by the operations classes from a list item or a properties response. */
  constructor(caller: Caller, location: NodeFileLocation, wire: NodeFileWire) {
    super(caller, NodeFile.#requests, wire);
    this.#location = location;
  }

  get #path(): string {
    return peekProperty(this, "path") as string;
  }

  /**
   * Streams the content (or `byteRange` of it, sent as `ocp-range: bytes=start-end`) into `destination`.
   * Resolves when everything was written; `destination` is ended afterwards.
   */
  copyToStream(
    destination: NodeJS.WritableStream,
    byteRange?: GetFileRequestByteRange,
    call?: CallOptions,
  ): Promise<void> {
    return copyNodeFileToStream(this.caller, this.#location, this.#path, destination, byteRange, call);
  }

  /** Reads the content (or `byteRange` of it) as text, UTF-8 unless `encoding` says otherwise. */
  readAsString(options: ReadNodeFileOptions = {}, call?: CallOptions): Promise<string> {
    return readNodeFileAsString(this.caller, this.#location, this.#path, options, call);
  }

  /** Deletes the file (or, with `recursive`, a directory and its content). */
  async delete(recursive?: boolean, call?: CallOptions): Promise<void> {
    await deleteNodeFile(this.caller, this.#location, this.#path, recursive, call);
  }

  /** Re-reads the file's properties from the service. */
  async refresh(call?: CallOptions): Promise<void> {
    await this.lifecycle.refresh(undefined, call);
  }
}

/** Options of {@link NodeFile.readAsString}. */
export interface ReadNodeFileOptions {
  /** Text encoding of the content (default UTF-8). */
  encoding?: BufferEncoding;
  /** Only these bytes. */
  byteRange?: GetFileRequestByteRange;
}

/** Opens a file's content (optionally one byte range) as a stream: one GET, no HEAD first. */
async function openContent(
  caller: Caller,
  location: NodeFileLocation,
  filePath: string,
  byteRange: GetFileRequestByteRange | undefined,
  call?: CallOptions,
): Promise<Readable> {
  const file = { filePath, ocpRange: formatByteRange(byteRange) };
  return location.kind === "task"
    ? caller.body("file.getFromTask", { ...taskKey(location), ...file }, call)
    : caller.body("file.getFromComputeNode", { ...nodeKey(location), ...file }, call);
}

/** @internal Streams a file's content into `destination`, ending it. */
export async function copyNodeFileToStream(
  caller: Caller,
  location: NodeFileLocation,
  filePath: string,
  destination: NodeJS.WritableStream,
  byteRange: GetFileRequestByteRange | undefined,
  call?: CallOptions,
): Promise<void> {
  const source = await openContent(caller, location, filePath, byteRange, call);
  await pipeline(source, destination, call?.signal ? { signal: call.signal } : {});
}

/** @internal Reads a file's content as text. */
export async function readNodeFileAsString(
  caller: Caller,
  location: NodeFileLocation,
  filePath: string,
  options: ReadNodeFileOptions,
  call?: CallOptions,
): Promise<string> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  await copyNodeFileToStream(caller, location, filePath, sink, options.byteRange, call);
  return Buffer.concat(chunks).toString(options.encoding ?? "utf8");
}

/** The file's wire form, rebuilt from the headers of a get-properties (HEAD) response. */
function wireFromHeaders(filePath: string, headers: ResponseHeaders): NodeFileWire {
  return {
    name: filePath,
    url: headers.ocpBatchFileUrl ? decodeURIComponent(headers.ocpBatchFileUrl) : undefined,
    isDirectory: headers.ocpBatchFileIsdirectory ?? false,
    properties: {
      creationTime: headers.ocpCreationTime?.toISOString(),
      lastModified: (headers.lastModified ?? new Date(0)).toISOString(),
      contentLength: headers.contentLength ?? 0,
      contentType: headers.raw["content-type"],
      fileMode: headers.ocpBatchFileMode,
    },
  };
}

async function readProperties(
  caller: Caller,
  location: NodeFileLocation,
  filePath: string,
  call?: CallOptions,
): Promise<NodeFileWire> {
  const response =
    location.kind === "task"
      ? await caller.response("file.getPropertiesFromTask", { ...taskKey(location), filePath }, call)
      : await caller.response("file.getPropertiesFromComputeNode", { ...nodeKey(location), filePath }, call);
  return wireFromHeaders(filePath, response.headers);
}

/** @internal Reads a file's properties (HEAD) and wraps them in a {@link NodeFile}. */
export async function getNodeFile(
  caller: Caller,
  location: NodeFileLocation,
  filePath: string,
  call?: CallOptions,
): Promise<NodeFile> {
  return new NodeFile(caller.child(), location, await readProperties(caller, location, filePath, call));
}

/** @internal Lists the files of a task or node as {@link NodeFile} objects. */
export function listNodeFiles(
  caller: Caller,
  location: NodeFileLocation,
  options: { recursive?: boolean; detailLevel?: DetailLevel },
  call?: CallOptions,
): PagedEnumerable<NodeFile> {
  const child = caller.child();
  const read = { operation: "listNodeFiles", detailLevel: options.detailLevel, call };
  const wrap = (wire: NodeFileWire) => new NodeFile(child, location, wire);
  const recursive = options.recursive;
  return location.kind === "task"
    ? caller.list("file.listFromTask", { ...taskKey(location), recursive }, read, wrap)
    : caller.list("file.listFromComputeNode", { ...nodeKey(location), recursive }, read, wrap);
}

/** @internal Deletes a task or node file. */
export async function deleteNodeFile(
  caller: Caller,
  location: NodeFileLocation,
  filePath: string,
  recursive: boolean | undefined,
  call?: CallOptions,
): Promise<void> {
  const file = { filePath, recursive };
  if (location.kind === "task")
    await caller.send("file.deleteFromTask", { ...taskKey(location), ...file }, call);
  else await caller.send("file.deleteFromComputeNode", { ...nodeKey(location), ...file }, call);
}

/** The path parameters naming a task of a task file's location. */
function taskKey(location: TaskFileLocation): { jobId: string; taskId: string } {
  return { jobId: location.jobId, taskId: location.taskId };
}

/** The path parameters naming a node of a node file's location. */
function nodeKey(location: ComputeNodeFileLocation): { poolId: string; nodeId: string } {
  return { poolId: location.poolId, nodeId: location.computeNodeId };
}
