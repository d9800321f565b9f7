/**
 * Emits `routes.generated.ts` (the route table shared by the client and the local service),
 * `schemas.generated.ts` (the validation subset of every definition) and `operations.generated.ts`
 * (typed parameters and the method signatures of `ProtocolClient`).
 */
import type { Route, RouteParameter } from "../../src/protocol/route-types.js";
import { propertyName } from "./emit-models.js";
import { toSchemaNode, type Swagger } from "./swagger.js";

/** The full text of `routes.generated.ts`. */
export function emitRoutes(routes: readonly Route[], header: string): string {
  return `${header}
import type { Route } from "./route-types.js";

/** Every operation of the Batch REST contract, sorted by operation id. */
export const routes: readonly Route[] = ${JSON.stringify(routes, null, 2)};
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
