/**
 * Emits `routes.generated.ts` (the route table shared by the client and the local service),
 * `schemas.generated.ts` (the validation subset of every definition) and `operations.generated.ts`
 * (typed parameters and the method signatures of `ProtocolClient`).
 */
import type { Route, RouteParameter } from "../../src/protocol/route-types.js";
import { propertyName } from "./emit-models.js";
import { toSchemaNode, type Swagger } from "./swagger.js";

/**
 * Named runs of parameter keys many operations share, written once in the table: the standard
 * parameters every operation takes and the conditional-request headers.
 */
const PARAMETER_GROUPS: Readonly<Record<string, readonly string[]>> = {
  standard: ["timeout", "clientRequestId", "returnClientRequestId", "ocpDate"],
  conditions: ["ifMatch", "ifNoneMatch", "ifModifiedSince", "ifUnmodifiedSince"],
};

/** A JavaScript literal with unquoted keys where they are identifiers, on one line. */
function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const fields = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${literal(v)}`,
    );
    return fields.length ? `{ ${fields.join(", ")} }` : "{}";
  }
  return JSON.stringify(value);
}

/**
 * Gives every distinct parameter an id: its key, or for the less used of several definitions under one
 * key the key plus its maximum (`maxResults10`) or a counter.
 */
function parameterIds(routes: readonly Route[]): Map<string, RouteParameter> {
  const byKey = new Map<string, Map<string, { parameter: RouteParameter; uses: number }>>();
  for (const parameter of routes.flatMap((r) => r.parameters)) {
    const variants = byKey.get(parameter.key) ?? new Map();
    byKey.set(parameter.key, variants);
    const text = JSON.stringify(parameter);
    const variant = variants.get(text) ?? { parameter, uses: 0 };
    variant.uses++;
    variants.set(text, variant);
  }
  const ids = new Map<string, RouteParameter>();
  for (const [key, variants] of byKey) {
    const ranked = [...variants.values()].sort((a, b) => b.uses - a.uses);
    ranked.forEach(({ parameter }, index) => {
      let id = index === 0 ? key : `${key}${parameter.maximum ?? index + 1}`;
      while (ids.has(id)) id += "_";
      ids.set(id, parameter);
    });
  }
  return ids;
}

/** The ids of a route's parameters, with each run of a group replaced by `...group`. */
function parameterList(route: Route, idOf: (p: RouteParameter) => string): string {
  const ids = route.parameters.map(idOf);
  for (const [name, keys] of Object.entries(PARAMETER_GROUPS)) {
    const start = ids.findIndex((_, i) => keys.every((k, j) => ids[i + j] === k));
    if (start >= 0) ids.splice(start, keys.length, `...${name}`);
  }
  return ids.join(" ");
}

/** The full text of `routes.generated.ts`: the compact table of `route-table.ts`. */
export function emitRoutes(routes: readonly Route[], header: string): string {
  const parameters = parameterIds(routes);
  const idByText = new Map([...parameters].map(([id, p]) => [JSON.stringify(p), id]));
  const idOf = (p: RouteParameter) => idByText.get(JSON.stringify(p))!;
  const shared = routes
    .map((r) => r.responseHeaders)
    .reduce((common, headers) => common.filter((h) => headers.includes(h)));
  const operations = routes.map((route) => {
    const body = route.binaryResponse ? "binary" : (route.responseSchema ?? "");
    const line = [
      `${route.method} ${route.path}`,
      parameterList(route, idOf),
      route.successCodes,
      `${route.pageable ? "pageable " : ""}${body}`,
      route.responseHeaders.filter((h) => !shared.includes(h)).join(" "),
    ];
    return `    ${route.operationId}: ${literal(line)},`;
  });
  const parameterLines = [...parameters.keys()]
    .sort()
    .map((id) => `    ${id}: ${literal(parameters.get(id))},`);
  const groupLines = Object.entries(PARAMETER_GROUPS).map(
    ([name, keys]) => `    ${name}: ${JSON.stringify(keys.join(" "))},`,
  );
  return `${header}
import { expandRoutes } from "./route-table.js";
import type { Route } from "./route-types.js";

/** Every operation of the Batch REST contract, sorted by operation id. */
export const routes: readonly Route[] = expandRoutes({
  parameters: {
${parameterLines.join("\n")}
  },
  groups: {
${groupLines.join("\n")}
  },
  headers: ${literal(shared)},
  operations: {
${operations.join("\n")}
  },
});
`;
}

/** The full text of `schemas.generated.ts`. */
export function emitSchemas(swagger: Swagger, header: string): string {
  const names = Object.keys(swagger.definitions).sort();
  const table = Object.fromEntries(names.map((name) => [name, toSchemaNode(swagger.definitions[name])]));
  return `${header}
import type { SchemaNode } from "./route-types.js";

/** Every definition of the Batch REST contract reduced to what request and response validation needs. */
export const definitions: Readonly<Record<string, SchemaNode>> = ${JSON.stringify(table, null, 2)};
`;
}

function pascal(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `Pool_Add` → `PoolAddParameters`. */
export function parametersTypeName(route: Route): string {
  return `${pascal(route.group)}${pascal(route.name)}Parameters`;
}

function parameterType(parameter: RouteParameter): string {
  if (parameter.in === "body") return parameter.schema ?? "unknown";
  switch (parameter.kind) {
    case "integer":
      return "number";
    case "boolean":
      return "boolean";
    case "date-time-rfc1123":
      return "Date | string";
    default:
      return parameter.wireName === "starttime" || parameter.wireName === "endtime"
        ? "Date | string"
        : "string";
  }
}

function parameterDoc(parameter: RouteParameter): string {
  const where =
    parameter.in === "body" ? "request body" : `${parameter.in} parameter \`${parameter.wireName}\``;
  return `Sent as the ${where}.`;
}

function listItemType(swagger: Swagger, route: Route): string {
  const schema = route.responseSchema ? swagger.definitions[route.responseSchema] : undefined;
  const item = schema?.properties?.value?.items?.$ref;
  return item ? item.slice(item.lastIndexOf("/") + 1) : "unknown";
}

function resultType(swagger: Swagger, route: Route): string {
  if (route.pageable) return `Pager<${listItemType(swagger, route)}>`;
  if (route.binaryResponse) return "Promise<OperationResponse<Readable>>";
  return `Promise<OperationResponse<${route.responseSchema ?? "undefined"}>>`;
}

function emitParameters(route: Route): string {
  const fields = route.parameters.map(
    (p) =>
      `  /** ${parameterDoc(p)} */\n  ${propertyName(p.key)}${p.required ? "" : "?"}: ${parameterType(p)};`,
  );
  return `/** Parameters of \`${route.operationId}\` (${route.method} ${route.path}). */
export interface ${parametersTypeName(route)} extends OperationOptions {
${fields.join("\n")}
}
`;
}

function emitGroups(swagger: Swagger, routes: readonly Route[]): string {
  const groups = new Map<string, Route[]>();
  for (const route of routes) groups.set(route.group, [...(groups.get(route.group) ?? []), route]);
  const members = [...groups.entries()].map(([group, members]) => {
    const methods = members.map((route) => {
      const optional = route.parameters.some((p) => p.required) ? "" : "?";
      return `    /** Calls \`${route.operationId}\`: ${route.method} ${route.path}. */
    ${route.name}(parameters${optional}: ${parametersTypeName(route)}): ${resultType(swagger, route)};`;
    });
    return `  /** Operations whose id starts with \`${pascal(group)}_\`. */
  readonly ${group}: {
${methods.join("\n")}
  };`;
  });
  return `/** The operations of the Batch REST contract, grouped by operation id prefix. */
export interface ProtocolOperationGroups {
${members.join("\n")}
}
`;
}

/** The full text of `operations.generated.ts`. */
export function emitOperations(swagger: Swagger, routes: readonly Route[], header: string): string {
  const models = new Set<string>();
  for (const route of routes) {
    if (route.responseSchema)
      models.add(route.pageable ? listItemType(swagger, route) : route.responseSchema);
    for (const p of route.parameters) if (p.schema) models.add(p.schema);
  }
  return `${header}
import type { Readable } from "node:stream";
import type { Pager } from "../http/paging.js";
import type { ${[...models].sort().join(", ")} } from "./models.generated.js";
import type { OperationOptions, OperationResponse } from "./operation-types.js";

${routes.map(emitParameters).join("\n")}
${emitGroups(swagger, routes)}`;
}
