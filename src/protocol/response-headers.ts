/**
 * Parses the headers of a Batch response into {@link ResponseHeaders}.
 * @module
 */
import { parseRetryAfter } from "../http/errors.js";
import type { ResponseHeaders } from "./operation-types.js";

function date(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}

function number(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/** Maps lower-cased raw headers to the typed header set; absent headers stay `undefined`. */
export function parseResponseHeaders(raw: Readonly<Record<string, string>>): ResponseHeaders {
  const headers: ResponseHeaders = { raw };
  const assign = <K extends keyof ResponseHeaders>(key: K, value: ResponseHeaders[K] | undefined) => {
    if (value !== undefined) headers[key] = value;
  };
  assign("eTag", raw["etag"]);
  assign("lastModified", date(raw["last-modified"]));
  assign("requestId", raw["request-id"]);
  assign("clientRequestId", raw["client-request-id"]);
  assign("dataServiceId", raw["dataserviceid"]);
  assign("location", raw["location"]);
  assign("retryAfter", parseRetryAfter(raw["retry-after"]));
  assign("contentLength", number(raw["content-length"]));
  assign("ocpCreationTime", date(raw["ocp-creation-time"]));
  const isDirectory = raw["ocp-batch-file-isdirectory"];
  assign(
    "ocpBatchFileIsdirectory",
    isDirectory === undefined ? undefined : isDirectory.toLowerCase() === "true",
  );
  assign("ocpBatchFileUrl", raw["ocp-batch-file-url"]);
  assign("ocpBatchFileMode", raw["ocp-batch-file-mode"]);
  return headers;
}
