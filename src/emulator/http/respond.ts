/**
 * Writes answers the way the service does: common headers on every response, `BatchError`
 * bodies with `odata.metadata`, JSON bodies, and file content or properties.
 * @module
 */
import { createReadStream, statSync, type Stats } from "node:fs";
import type { ServerResponse } from "node:http";
import { pipeline } from "node:stream";
import { BatchServiceError } from "../errors.js";
import type { FileAnswer, HandlerResult } from "./context.js";

const JSON_TYPE = "application/json; odata=minimalmetadata";
const ERROR_METADATA = "Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element";

/** Per-request values that go into headers and error messages. */
export interface ResponseContext {
  readonly requestId: string;
  readonly baseUrl: string;
  /** Echoed as `client-request-id` when the client asked for it. */
  readonly echoClientRequestId?: string;
  readonly method: string;
}

function commonHeaders(rc: ResponseContext): Record<string, string> {
  const headers: Record<string, string> = { "request-id": rc.requestId, DataServiceVersion: "3.0" };
  if (rc.echoClientRequestId !== undefined) headers["client-request-id"] = rc.echoClientRequestId;
  return headers;
}

function httpDate(iso: unknown): string {
  return new Date(String(iso)).toUTCString();
}

function sendJson(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: unknown,
  head: boolean,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "Content-Type": JSON_TYPE,
    "Content-Length": String(Buffer.byteLength(text)),
  });
  res.end(head ? undefined : text);
}

/** Writes a `BatchError` answer (a 304 goes out bare). */
export function sendError(res: ServerResponse, rc: ResponseContext, error: BatchServiceError): void {
  const headers = { ...commonHeaders(rc), ...error.headers };
  if (error.status === 304) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body: Record<string, unknown> = {
    "odata.metadata": `${rc.baseUrl}/$metadata#${ERROR_METADATA}`,
    code: error.code,
    message: {
      lang: "en-US",
      value: `${error.message}\nRequestId:${rc.requestId}\nTime:${new Date().toISOString()}`,
    },
  };
  if (error.values.length > 0) body.values = error.values;
  sendJson(res, error.status, headers, body, rc.method === "HEAD");
}

function fileMode(stats: Stats): string {
  return `0o${stats.mode.toString(8)}`;
}

/** Headers describing a node file. */
function fileHeaders(file: FileAnswer, stats: Stats): Record<string, string> {
  return {
    "ocp-creation-time": stats.birthtime.toUTCString(),
    "ocp-batch-file-isdirectory": stats.isDirectory() ? "True" : "False",
    "ocp-batch-file-url": encodeURIComponent(file.url),
    "ocp-batch-file-mode": fileMode(stats),
    "Last-Modified": stats.mtime.toUTCString(),
    "Content-Type": stats.isDirectory() ? "application/octet-stream" : "text/plain",
  };
}

/** Parses `bytes=a-b` (either end optional) into an inclusive range within `size`, or throws 416-style 400. */
function parseRange(raw: string, size: number): { start: number; end: number } {
  const m = /^bytes=(\d*)-(\d*)$/.exec(raw.trim());
  if (!m || (m[1] === "" && m[2] === "")) {
    throw new BatchServiceError(
      400,
      "InvalidHeaderValue",
      "The ocp-range header is not a valid byte range.",
      [
        { key: "HeaderName", value: "ocp-range" },
        { key: "HeaderValue", value: raw },
      ],
    );
  }
  let start: number;
  let end: number;
  if (m[1] === "") {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) {
    throw new BatchServiceError(416, "InvalidRange", "The requested range is not satisfiable.", [
      { key: "HeaderName", value: "ocp-range" },
      { key: "HeaderValue", value: raw },
    ]);
  }
  return { start, end };
}

function sendFile(
  res: ServerResponse,
  rc: ResponseContext,
  status: number,
  file: FileAnswer,
  range: string | undefined,
): void {
  const stats = statSync(file.path);
  const headers = { ...commonHeaders(rc), ...fileHeaders(file, stats) };
  if (rc.method === "HEAD" || stats.isDirectory()) {
    res.writeHead(status, { ...headers, "Content-Length": stats.isDirectory() ? "0" : String(stats.size) });
    res.end();
    return;
  }
  const { start, end } =
    range && stats.size > 0 ? parseRange(range, stats.size) : { start: 0, end: stats.size - 1 };
  res.writeHead(status, { ...headers, "Content-Length": String(Math.max(0, end - start + 1)) });
  if (end < start) {
    res.end();
    return;
  }
  // pipeline destroys the file stream when the client goes away mid-download (else its descriptor
  // leaks) and ends the answer on a read error (else the error would be unhandled).
  pipeline(createReadStream(file.path, { start, end }), res, () => undefined);
}

/** Writes a handler's result. */
export function sendResult(
  res: ServerResponse,
  rc: ResponseContext,
  status: number,
  result: HandlerResult,
  range?: string,
): void {
  if (result.file) {
    sendFile(res, rc, status, result.file, range);
    return;
  }
  const headers = commonHeaders(rc);
  if (result.entity?.eTag !== undefined) headers.ETag = String(result.entity.eTag);
  if (result.entity?.lastModified !== undefined)
    headers["Last-Modified"] = httpDate(result.entity.lastModified);
  if (result.location) headers.Location = result.location;
  if (result.dataServiceId) headers.DataServiceId = result.dataServiceId;
  if (result.body) {
    const body = { "odata.metadata": `${rc.baseUrl}/$metadata#${result.metadata ?? ""}`, ...result.body };
    sendJson(res, status, headers, body, rc.method === "HEAD");
    return;
  }
  res.writeHead(status, { ...headers, "Content-Length": "0" });
  res.end();
}
