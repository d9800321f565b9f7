/**
 * The api-versions the local service serves, each in its own shape: the generated difference table
 * says what an older version lacks, renames, adds and answers unwrapped compared with 2024-07-01.20.0
 * (the contract the service is built on), and {@link ApiVersionShape} turns that into a schema table
 * to validate requests against, a request body in the contract's shape, and an answer in the
 * version's shape.
 * @module
 */
import { API_VERSION } from "../../protocol/api-version.generated.js";
import type { Route, SchemaNode } from "../../protocol/route-types.js";
import { definitions as contractDefinitions } from "../../protocol/schemas.generated.js";
import { API_VERSION_DIFFERENCES } from "../generated/api-versions.generated.js";
import type { SchemaTable } from "../validation/body.js";
import type { ApiVersionDifference, OlderPropertyType } from "./difference.js";

export type { ApiVersionDifference, OlderPropertyType, VersionOperation } from "./difference.js";

/**
 * Every api-version served, oldest first → whether the generated table shapes it (absent: the
 * 2024-07-01.20.0 contract itself, or a newer version answered in its shape).
 */
const SERVED: readonly string[] = [...Object.keys(API_VERSION_DIFFERENCES), API_VERSION, "2025-06-01"];

/** Api-versions the service accepts, oldest first. */
export const SUPPORTED_API_VERSIONS: readonly string[] = SERVED;

/** Response definitions of the operations only older versions have. */
const OLDER_OPERATION_RESPONSES: Readonly<Record<string, string>> = {
  Job_GetAllLifetimeStatistics: "JobStatistics",
  Pool_GetAllLifetimeStatistics: "PoolStatistics",
};

/** Routes for the operations that only older api-versions have (served at those versions only). */
export const OLDER_VERSION_ROUTES: readonly Route[] = [
  ...new Map(
    Object.values(API_VERSION_DIFFERENCES)
      .flatMap((d) => d.extraOperations)
      .map((op): [string, Route] => {
        const [group, name] = op.operationId.split("_");
        return [
          op.operationId,
          {
            operationId: op.operationId,
            group: group.charAt(0).toLowerCase() + group.slice(1),
            name: name.charAt(0).toLowerCase() + name.slice(1),
            method: op.method.toUpperCase() as Route["method"],
            path: op.path,
            parameters: [],
            successCodes: [200],
            responseSchema: OLDER_OPERATION_RESPONSES[op.operationId],
            binaryResponse: false,
            pageable: false,
            responseHeaders: [],
          },
        ];
      }),
  ).values(),
];

const OLDER_OPERATION_IDS = new Set(OLDER_VERSION_ROUTES.map((r) => r.operationId));

type ObjectSchema = Extract<SchemaNode, { type: "object" }>;
type Visit = (definition: string, value: Record<string, unknown>) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function declared(table: SchemaTable, schema: ObjectSchema): Record<string, SchemaNode> {
  const props: Record<string, SchemaNode> = {};
  for (const base of schema.allOf ?? []) {
    const node = table[base];
    if (node && "type" in node && node.type === "object") Object.assign(props, declared(table, node));
  }
  return Object.assign(props, schema.properties ?? {});
}

/** Rebuilds `value` along `schema`, children first, letting `visit` replace each object of a named definition. */
function walk(table: SchemaTable, schema: SchemaNode, value: unknown, visit: Visit, name = ""): unknown {
  if ("ref" in schema) {
    const target = table[schema.ref];
    return target ? walk(table, target, value, visit, schema.ref) : value;
  }
  if (schema.type === "array") {
    return Array.isArray(value) ? value.map((item) => walk(table, schema.items, item, visit)) : value;
  }
  if (schema.type !== "object" || !isRecord(value)) return value;
  const props = declared(table, schema);
  const extra = typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const childSchema = props[key] ?? extra;
    out[key] = childSchema ? walk(table, childSchema, child, visit) : child;
  }
  return name ? visit(name, out) : out;
}

/**
 * A copy of `value` without the `drop` keys and with each `[from, to]` key renamed; `value` itself
 * when there is nothing to change.
 */
function reshaped(
  value: Record<string, unknown>,
  drop: readonly string[],
  renames: readonly (readonly [string, string])[],
): Record<string, unknown> {
  if (drop.length === 0 && renames.length === 0) return value;
  const out = { ...value };
  for (const key of drop) delete out[key];
  for (const [from, to] of renames) {
    if (from in out) {
      out[to] = out[from];
      delete out[from];
    }
  }
  return out;
}

/** How a request body's older-only property of each wire type is validated: by type, its content free-form. */
const OLDER_PROPERTY_SCHEMAS: Readonly<Record<OlderPropertyType, SchemaNode>> = {
  string: { type: "string" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  object: { type: "object" },
  "string[]": { type: "array", items: { type: "string" } },
  "object[]": { type: "array", items: { type: "object" } },
};

/** The definitions of an older version: 2024-07's with its lacks removed, renames applied and extras free-form. */
function versionDefinitions(difference: ApiVersionDifference): SchemaTable {
  const table: Record<string, SchemaNode> = {};
  for (const [name, node] of Object.entries(contractDefinitions)) {
    if (!("type" in node) || node.type !== "object" || !node.properties) {
      table[name] = node;
      continue;
    }
    const lacks = new Set(difference.lacks[name] ?? []);
    const renames = difference.renames[name] ?? {};
    const rename = (key: string) => renames[key] ?? key;
    const properties: Record<string, SchemaNode> = {};
    for (const [key, child] of Object.entries(node.properties)) {
      if (!lacks.has(key)) properties[rename(key)] = child;
    }
    for (const [key, type] of Object.entries(difference.extras[name] ?? {}))
      properties[key] = OLDER_PROPERTY_SCHEMAS[type];
    const required = node.required?.filter((key) => !lacks.has(key)).map(rename);
    table[name] = { ...node, properties, ...(required ? { required } : {}) };
  }
  return table;
}

/** How requests and answers look at one api-version. */
export class ApiVersionShape {
  /** The definitions request bodies are validated against at this version. */
  readonly definitions: SchemaTable;
  /** Definitions the version does not have. */
  readonly #missing: ReadonlySet<string>;
  /** The version's names of renamed properties → the contract's (read on every request's query). */
  readonly #queryNames: ReadonlyMap<string, string>;

  constructor(
    /** The api-version as the request named it. */
    readonly version: string,
    private readonly difference?: ApiVersionDifference,
  ) {
    this.definitions = difference ? versionDefinitions(difference) : contractDefinitions;
    this.#missing = new Set(difference?.missingDefinitions);
    this.#queryNames = new Map(
      Object.values(difference?.renames ?? {}).flatMap((r) =>
        Object.entries(r).map(([current, older]): [string, string] => [older, current]),
      ),
    );
  }

  /** Whether the definition exists at this version. */
  hasDefinition(name: string): boolean {
    return !this.#missing.has(name);
  }

  /** Whether the operation exists at this version. */
  has(operationId: string): boolean {
    if (OLDER_OPERATION_IDS.has(operationId)) {
      return this.difference?.extraOperations.some((o) => o.operationId === operationId) ?? false;
    }
    return !(this.difference?.lacksOperations.includes(operationId) ?? false);
  }

  /**
   * The query with `$select` and `$filter` naming properties as the contract does: a client of an
   * older version filters and selects by that version's names (e.g. `maxTasksPerNode`).
   */
  toContractQuery(query: URLSearchParams): URLSearchParams {
    const renames = this.#queryNames;
    if (renames.size === 0) return query;
    const rename = (text: string) => text.replace(/\b\w+\b/g, (word) => renames.get(word) ?? word);
    const out = new URLSearchParams(query);
    const select = query.get("$select");
    if (select !== null) out.set("$select", rename(select));
    const filter = query.get("$filter");
    // Names only, never the text of a quoted literal (OData doubles a quote inside one).
    if (filter !== null)
      out.set(
        "$filter",
        filter
          .split(/('(?:[^']|'')*')/)
          .map((part, i) => (i % 2 ? part : rename(part)))
          .join(""),
      );
    return out;
  }

  /** A request body of definition `name` in the contract's shape: renames undone, extras dropped. */
  toContract(name: string, body: unknown): unknown {
    const difference = this.difference;
    if (!difference) return body;
    return walk(this.definitions, { ref: name }, body, (definition, value) =>
      reshaped(
        value,
        Object.keys(difference.extras[definition] ?? {}),
        Object.entries(difference.renames[definition] ?? {}).map(([current, older]) => [older, current]),
      ),
    );
  }

  /** An answer of definition `name` in this version's shape: lacks dropped, renames applied, envelopes unwrapped. */
  fromContract(name: string, body: Record<string, unknown>): Record<string, unknown> {
    const difference = this.difference;
    if (!difference) return body;
    const shaped = walk(contractDefinitions, { ref: name }, body, (definition, value) => {
      const unwrap = difference.unwraps[definition];
      if (unwrap !== undefined) return value[unwrap];
      return reshaped(
        value,
        difference.lacks[definition] ?? [],
        Object.entries(difference.renames[definition] ?? {}),
      );
    });
    return isRecord(shaped) ? shaped : body;
  }
}

const SHAPES = new Map(
  SERVED.map((version) => [version, new ApiVersionShape(version, API_VERSION_DIFFERENCES[version])]),
);

/** The shape of a served api-version, or undefined when the service does not serve it. */
export function apiVersionShape(version: string): ApiVersionShape | undefined {
  return SHAPES.get(version);
}
