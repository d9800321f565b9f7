/**
 * Reading the Batch REST contract: locating the swagger and turning its operations and definitions into the
 * neutral shapes the emitters work from. Nothing here writes files.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { lowerFirst } from "../../src/protocol/route-table.js";
import type { ParameterKind, Route, RouteParameter, SchemaNode } from "../../src/protocol/route-types.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * Path of the swagger the package is generated from: `BatchService.json` of the newest
 * `../shared/spec/batch-<api-version>` folder beside the repository; `undefined` when there is none.
 */
export function findSwagger(): string | undefined {
  const specs = join(repoRoot, "..", "shared", "spec");
  if (!existsSync(specs)) return undefined;
  // api-versions start with their date, so the newest sorts last
  const newest = readdirSync(specs)
    .filter((name) => name.startsWith("batch-") && existsSync(join(specs, name, "BatchService.json")))
    .sort()
    .pop();
  return newest && join(specs, newest, "BatchService.json");
}

/** The subset of swagger 2.0 the generator reads. */
export interface Swagger {
  /** `version` is the contract's api-version. */
  info: { version: string };
  paths: Record<string, Record<string, SwaggerOperation>>;
  definitions: Record<string, SwaggerSchema>;
  parameters: Record<string, SwaggerParameter>;
}

interface SwaggerOperation {
  operationId: string;
  parameters: (SwaggerParameter | { $ref: string })[];
  responses: Record<string, { schema?: SwaggerSchema; headers?: Record<string, unknown> }>;
  "x-ms-pageable"?: { nextLinkName: string };
}

interface SwaggerParameter {
  name: string;
  in: "path" | "query" | "header" | "body";
  required?: boolean;
  type?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  schema?: SwaggerSchema;
}

/** A swagger schema as it appears in definitions and properties. */
export interface SwaggerSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: string[];
  "x-ms-enum"?: { name: string };
  items?: SwaggerSchema;
  properties?: Record<string, SwaggerSchema>;
  required?: string[];
  additionalProperties?: SwaggerSchema | boolean;
  allOf?: SwaggerSchema[];
  minimum?: number;
  maximum?: number;
}

/** Loads and parses the swagger. */
export function loadSwagger(file: string): Swagger {
  return JSON.parse(readFileSync(file, "utf8")) as Swagger;
}

/** `#/definitions/CloudPool` → `CloudPool`. */
export function refName(ref: string): string {
  return ref.slice(ref.lastIndexOf("/") + 1);
}

const lowerCaseCompounds: Record<string, string> = {
  maxresults: "maxResults",
  starttime: "startTime",
  endtime: "endTime",
};

/** Parameter key: the wire name in camelCase without `$` or `-` (`If-Match` → `ifMatch`, `$filter` → `filter`). */
export function parameterKey(wireName: string): string {
  const bare = wireName.replace(/^\$/, "");
  if (lowerCaseCompounds[bare]) return lowerCaseCompounds[bare];
  const words = bare.split("-");
  return words
    .map((word, index) =>
      index === 0
        ? word.charAt(0).toLowerCase() + word.slice(1)
        : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join("");
}

function parameterKind(parameter: SwaggerParameter): ParameterKind {
  if (parameter.type === "integer") return "integer";
  if (parameter.type === "boolean") return "boolean";
  if (parameter.format === "date-time-rfc1123") return "date-time-rfc1123";
  if (parameter.format === "uuid") return "uuid";
  return "string";
}

function toRouteParameter(parameter: SwaggerParameter): RouteParameter {
  const base = {
    key: parameterKey(parameter.name),
    wireName: parameter.name,
    in: parameter.in,
    required: parameter.required === true,
  };
  if (parameter.in === "body") return { ...base, schema: refName(parameter.schema?.$ref ?? "") };
  return {
    ...base,
    kind: parameterKind(parameter),
    ...(parameter.minimum !== undefined ? { minimum: parameter.minimum } : {}),
    ...(parameter.maximum !== undefined ? { maximum: parameter.maximum } : {}),
  };
}

/** Every operation of the contract as a route, sorted by operation id so the output is stable. */
export function readRoutes(swagger: Swagger): Route[] {
  const routes: Route[] = [];
  for (const [path, methods] of Object.entries(swagger.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const [prefix, suffix] = operation.operationId.split("_");
      const parameters = operation.parameters
        .map((p) => ("$ref" in p ? swagger.parameters[refName(p.$ref)] : p))
        .filter((p) => p.name !== "api-version")
        .map(toRouteParameter);
      const successEntries = Object.entries(operation.responses).filter(([code]) => code !== "default");
      const success = successEntries.find(([, r]) => r.schema !== undefined)?.[1] ?? successEntries[0]?.[1];
      const schema = success?.schema;
      routes.push({
        operationId: operation.operationId,
        group: lowerFirst(prefix),
        name: lowerFirst(suffix),
        method: method.toUpperCase() as Route["method"],
        path,
        parameters,
        successCodes: successEntries.map(([code]) => Number(code)),
        ...(schema?.$ref ? { responseSchema: refName(schema.$ref) } : {}),
        binaryResponse: schema?.format === "file",
        pageable: operation["x-ms-pageable"] !== undefined,
        responseHeaders: Object.keys(success?.headers ?? {})
          .map((h) => h.toLowerCase())
          .sort(),
      });
    }
  }
  return routes.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

/** A swagger schema reduced to the validation subset (descriptions and titles dropped). */
export function toSchemaNode(schema: SwaggerSchema): SchemaNode {
  if (schema.$ref) return { ref: refName(schema.$ref) };
  switch (schema.type) {
    case "string":
      return {
        type: "string",
        ...(schema.format ? { format: schema.format } : {}),
        ...(schema.enum ? { enum: schema.enum } : {}),
      };
    case "integer":
    case "number":
      return {
        type: schema.type,
        ...(schema.format ? { format: schema.format } : {}),
        ...(schema.minimum !== undefined ? { minimum: schema.minimum } : {}),
        ...(schema.maximum !== undefined ? { maximum: schema.maximum } : {}),
      };
    case "boolean":
      return { type: "boolean" };
    case "array":
      return { type: "array", items: toSchemaNode(schema.items ?? {}) };
    default:
      return objectNode(schema);
  }
}

function objectNode(schema: SwaggerSchema): SchemaNode {
  const properties = schema.properties
    ? Object.fromEntries(Object.entries(schema.properties).map(([name, p]) => [name, toSchemaNode(p)]))
    : undefined;
  const additional =
    schema.additionalProperties === true
      ? true
      : typeof schema.additionalProperties === "object"
        ? toSchemaNode(schema.additionalProperties)
        : undefined;
  return {
    type: "object",
    ...(properties ? { properties } : {}),
    ...(schema.required?.length ? { required: schema.required } : {}),
    ...(additional !== undefined ? { additionalProperties: additional } : {}),
    ...(schema.allOf ? { allOf: schema.allOf.map((s) => refName(s.$ref ?? "")) } : {}),
  };
}
