/**
 * Checks the api-version, the operation's query and header parameters, and its body against the contract.
 * @module
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Route } from "../../protocol/route-types.js";
import { BatchServiceError } from "../errors.js";
import { validateBody, validateParameter, type ValidationIssue } from "../validation/index.js";
import { apiVersionShape, SUPPORTED_API_VERSIONS, type ApiVersionShape } from "../versions/index.js";

/** Throws 400 `MissingRequiredQueryParameter` / `UnsupportedRequestVersion` unless the api-version is served. */
export function checkApiVersion(query: URLSearchParams): ApiVersionShape {
  const version = query.get("api-version");
  if (version === null || version === "") {
    throw new BatchServiceError(
      400,
      "MissingRequiredQueryParameter",
      "A query parameter the operation requires is missing.",
      [{ key: "QueryParameterName", value: "api-version" }],
    );
  }
  const shape = apiVersionShape(version);
  if (!shape) {
    throw new BatchServiceError(
      400,
      "UnsupportedRequestVersion",
      "The specified Request Version is not supported.",
      [
        { key: "QueryParameterName", value: "api-version" },
        { key: "QueryParameterValue", value: version },
        { key: "Reason", value: `Supported versions: ${SUPPORTED_API_VERSIONS.join(", ")}` },
      ],
    );
  }
  return shape;
}

function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(",") : value;
}

/** The 400 answer for a validation finding. */
export function issueError(issue: ValidationIssue): BatchServiceError {
  return new BatchServiceError(400, issue.code, `The request is not valid: ${issue.reason}.`, issue.values);
}

/** Throws 400 `InvalidQueryParameterValue` / `InvalidHeaderValue` / `MissingRequired…` for a bad parameter. */
export function checkParameters(route: Route, query: URLSearchParams, headers: IncomingHttpHeaders): void {
  for (const param of route.parameters) {
    if (param.wireName === "api-version") continue;
    const raw =
      param.in === "query" ? (query.get(param.wireName) ?? undefined) : headerValue(headers, param.wireName);
    const issue = validateParameter(param, raw);
    if (issue) throw issueError(issue);
  }
}

/**
 * Request-body properties the service accepts beyond the contract, by operation: property → the
 * definition it is checked against. A pool's managed identity is part of the pool the service returns
 * and of Batch .NET's `CloudPool`, but 2024-07-01's add body does not list it; the local service takes
 * it so that identity pools (and the identity references that name them) can be tried locally.
 */
const BODY_EXTENSIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Pool_Add: { identity: "BatchPoolIdentity" },
};

/** The definition name of an operation's request body, if it takes one. */
export function bodySchema(route: Route): string | undefined {
  return route.parameters.find((p) => p.in === "body")?.schema;
}

/** Throws 400 with the first violation of a request body against the api-version's schema. */
export function checkBody(route: Route, body: unknown, shape: ApiVersionShape): void {
  const schema = bodySchema(route);
  if (!schema) return;
  const extensions = Object.entries(BODY_EXTENSIONS[route.operationId] ?? {});
  let contractPart = body;
  if (extensions.length > 0 && body !== null && typeof body === "object" && !Array.isArray(body)) {
    const rest: Record<string, unknown> = { ...(body as Record<string, unknown>) };
    for (const [property, definition] of extensions) {
      // At a version that lacks the extension's definition the property is unknown, like any other.
      if (!shape.hasDefinition(definition)) continue;
      const value = rest[property];
      delete rest[property];
      if (value === undefined || value === null) continue;
      const [issue] = validateBody(definition, value);
      if (issue) throw issueError({ ...issue, reason: `${property}: ${issue.reason}` });
    }
    contractPart = rest;
  }
  const [issue] = validateBody(schema, contractPart, { definitions: shape.definitions });
  if (issue) throw issueError(issue);
}
