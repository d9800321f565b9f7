/**
 * Checks the api-version and the operation's query and header parameters against the route table.
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Route, RouteParameter } from "../../protocol/route-types.js";
import { BatchServiceError, invalidHeader, invalidQueryParameter } from "../errors.js";

/** Api-versions the service accepts (answers always take the 2024-07-01.20.0 shape). */
export const SUPPORTED_API_VERSIONS: readonly string[] = [
  "2022-10-01.16.0",
  "2023-05-01.17.0",
  "2023-11-01.18.0",
  "2024-02-01.19.0",
  "2024-07-01.20.0",
  "2025-06-01",
];

/** Throws 400 `MissingRequiredQueryParameter` / `UnsupportedApiVersion` unless the api-version is accepted. */
export function checkApiVersion(query: URLSearchParams): void {
  const version = query.get("api-version");
  if (version === null || version === "") {
    throw new BatchServiceError(400, "MissingRequiredQueryParameter", "A query parameter the operation requires is missing.", [
      { key: "QueryParameterName", value: "api-version" },
    ]);
  }
  if (!SUPPORTED_API_VERSIONS.includes(version)) {
    throw new BatchServiceError(400, "UnsupportedApiVersion", "This service does not support the requested api-version.", [
      { key: "QueryParameterName", value: "api-version" },
      { key: "QueryParameterValue", value: version },
      { key: "Reason", value: `Supported versions: ${SUPPORTED_API_VERSIONS.join(", ")}` },
    ]);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why `raw` is not a valid value of `param`, or undefined when it is. */
function problem(param: RouteParameter, raw: string): string | undefined {
  switch (param.kind) {
    case "integer": {
      if (!/^[+-]?\d+$/.test(raw)) return "The value is not an integer";
      const n = Number(raw);
      if (param.minimum !== undefined && n < param.minimum) return `${param.wireName} cannot be less than ${param.minimum}`;
      if (param.maximum !== undefined && n > param.maximum) return `${param.wireName} cannot be more than ${param.maximum}`;
      return undefined;
    }
    case "boolean":
      return /^(true|false)$/i.test(raw) ? undefined : "The value is not a boolean";
    case "uuid":
      return UUID.test(raw) ? undefined : "The value is not a GUID";
    case "date-time-rfc1123":
      return Number.isNaN(Date.parse(raw)) ? "The value is not an RFC 1123 date" : undefined;
    default:
      return undefined;
  }
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/** Throws 400 `InvalidQueryParameterValue` / `InvalidHeaderValue` / `MissingRequired…` for a bad parameter. */
export function checkParameters(route: Route, query: URLSearchParams, headers: IncomingHttpHeaders): void {
  for (const param of route.parameters) {
    if (param.in !== "query" && param.in !== "header") continue;
    const raw = param.in === "query" ? (query.get(param.wireName) ?? undefined) : headerValue(headers, param.wireName);
    if (raw === undefined) {
      if (param.required && param.wireName !== "api-version") {
        const code = param.in === "query" ? "MissingRequiredQueryParameter" : "MissingRequiredHeader";
        throw new BatchServiceError(400, code, "A parameter the operation requires is missing.", [
          { key: param.in === "query" ? "QueryParameterName" : "HeaderName", value: param.wireName },
        ]);
      }
      continue;
    }
    const reason = problem(param, raw);
    if (reason === undefined) continue;
    throw param.in === "query" ? invalidQueryParameter(param.wireName, raw, reason) : invalidHeader(param.wireName, raw, reason);
  }
}
