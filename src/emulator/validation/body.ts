/**
 * Validates JSON bodies against the REST contract's definitions (the generated schema table).
 * Only reports: whatever the input, it returns issues and never throws.
 * @module
 */
import { definitions as contractDefinitions } from "../../protocol/schemas.generated.js";
import type { SchemaNode } from "../../protocol/route-types.js";
import { integerFormatProblem, stringFormatProblem } from "./formats.js";
import { invalidBody, invalidProperty, missingProperty, type ValidationIssue } from "./issues.js";

/** A table of named definitions, like the generated `definitions`. */
export type SchemaTable = Readonly<Record<string, SchemaNode>>;

/** Options of {@link validateBody} and {@link validateResponse}. */
export interface BodyValidationOptions {
  /** Accept properties the definition does not declare (the service rejects them in requests). */
  readonly allowUnknownProperties?: boolean;
  /** The definitions to validate against; the REST contract's by default. */
  readonly definitions?: SchemaTable;
}

type ObjectSchema = Extract<SchemaNode, { type: "object" }>;

interface Walk {
  readonly table: SchemaTable;
  readonly allowUnknown: boolean;
  /** Checking a response rather than a request. */
  readonly response: boolean;
  readonly issues: ValidationIssue[];
}

function definition(table: SchemaTable, name: string): SchemaNode {
  const found = table[name];
  if (!found) throw new TypeError(`Unknown schema definition '${name}'`);
  return found;
}

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** Declared properties of an object schema, including those it takes from `allOf` definitions. */
function propertiesOf(
  table: SchemaTable,
  schema: ObjectSchema,
  seen = new Set<string>(),
): Map<string, SchemaNode> {
  const props = new Map<string, SchemaNode>();
  for (const base of schema.allOf ?? []) {
    if (seen.has(base)) continue;
    seen.add(base);
    const node = definition(table, base);
    if ("type" in node && node.type === "object") {
      for (const [k, v] of propertiesOf(table, node, seen)) props.set(k, v);
    }
  }
  for (const [k, v] of Object.entries(schema.properties ?? {})) props.set(k, v);
  return props;
}

/**
 * Secrets the service never sends back even where the contract marks them required (a user account's
 * password): their absence from a response is not an error.
 */
const WRITE_ONLY = new Set(["password"]);

function requiredOf(table: SchemaTable, schema: ObjectSchema): string[] {
  const required = [...(schema.required ?? [])];
  for (const base of schema.allOf ?? []) {
    const node = definition(table, base);
    if ("type" in node && node.type === "object") required.push(...requiredOf(table, node));
  }
  return required;
}

/** An object schema's declared and required properties, with those of its `allOf` bases. */
interface ObjectShape {
  readonly properties: ReadonlyMap<string, SchemaNode>;
  readonly required: readonly string[];
}

/**
 * Shapes by table, then schema: resolving `allOf` on every object of every request body cost more
 * than checking the values. A schema object may be shared by the tables of several api-versions
 * whose bases differ, hence one cache per table.
 */
const shapes = new WeakMap<SchemaTable, WeakMap<ObjectSchema, ObjectShape>>();

function shapeOf(table: SchemaTable, schema: ObjectSchema): ObjectShape {
  let byTable = shapes.get(table);
  if (!byTable) shapes.set(table, (byTable = new WeakMap()));
  let shape = byTable.get(schema);
  if (!shape) {
    shape = { properties: propertiesOf(table, schema), required: [...new Set(requiredOf(table, schema))] };
    byTable.set(schema, shape);
  }
  return shape;
}

function checkObject(walk: Walk, schema: ObjectSchema, value: unknown, path: string, typeName: string): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    walk.issues.push(
      invalidBody(path, `expected an object${path ? ` for '${path}'` : ""}, found ${describeType(value)}`),
    );
    return;
  }
  const record = value as Record<string, unknown>;
  const { properties: props, required } = shapeOf(walk.table, schema);
  for (const [key, child] of Object.entries(record)) {
    const childPath = join(path, key);
    const declared = props.get(key);
    if (declared) {
      if (child !== null) check(walk, declared, child, childPath, typeName);
    } else if (schema.additionalProperties === true) {
      continue;
    } else if (schema.additionalProperties) {
      if (child !== null) check(walk, schema.additionalProperties, child, childPath, typeName);
    } else if (!walk.allowUnknown && !key.startsWith("odata.")) {
      walk.issues.push(invalidBody(childPath, `the property '${key}' does not exist on type '${typeName}'`));
    }
  }
  for (const key of required) {
    if (walk.response && WRITE_ONLY.has(key)) continue;
    if (record[key] === undefined || record[key] === null) walk.issues.push(missingProperty(join(path, key)));
  }
}

/** The issue with a string, number or boolean value, or undefined when it conforms. */
function scalarIssue(
  schema: SchemaNode & { type: string },
  value: unknown,
  path: string,
): ValidationIssue | undefined {
  const wrongType = (expected: string) =>
    invalidBody(path, `expected ${expected} for '${path}', found ${describeType(value)}`);
  switch (schema.type) {
    case "string": {
      if (typeof value !== "string") return wrongType("a string");
      const { enum: allowed, format } = schema as Extract<SchemaNode, { type: "string" }>;
      // The service itself sends some enum values in other casings (`nodeFillType: "Spread"`).
      if (allowed && !allowed.some((a) => a.toLowerCase() === value.toLowerCase())) {
        return invalidProperty(path, value, `must be one of: ${allowed.join(", ")}`);
      }
      const problem = stringFormatProblem(format, value);
      return problem ? invalidBody(path, `'${path}' is ${problem}`) : undefined;
    }
    case "integer":
    case "number": {
      const numeric = schema as Extract<SchemaNode, { type: "integer" | "number" }>;
      // 64-bit integers may arrive as JSON strings, which OData readers accept.
      const n =
        typeof value === "number"
          ? value
          : numeric.format === "int64" && typeof value === "string" && /^-?\d+$/.test(value)
            ? Number(value)
            : undefined;
      if (n === undefined || !Number.isFinite(n)) {
        return wrongType(schema.type === "integer" ? "an integer" : "a number");
      }
      const problem = schema.type === "integer" ? integerFormatProblem(numeric.format, n) : undefined;
      if (problem) return invalidBody(path, `'${path}' is ${problem}`);
      if (numeric.minimum !== undefined && n < numeric.minimum) {
        return invalidProperty(path, value, `must be at least ${numeric.minimum}`);
      }
      if (numeric.maximum !== undefined && n > numeric.maximum) {
        return invalidProperty(path, value, `must be at most ${numeric.maximum}`);
      }
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : wrongType("a boolean");
    default:
      return undefined;
  }
}

function check(walk: Walk, schema: SchemaNode, value: unknown, path: string, typeName: string): void {
  if ("ref" in schema) {
    check(walk, definition(walk.table, schema.ref), value, path, schema.ref);
    return;
  }
  if (schema.type === "object") {
    // An object that declares nothing is free-form: the contract's examples even send a JSON string there.
    if (!schema.properties && !schema.additionalProperties && !schema.allOf) return;
    checkObject(walk, schema, value, path, typeName);
  } else if (schema.type === "array") {
    if (!Array.isArray(value)) {
      walk.issues.push(invalidBody(path, `expected an array for '${path}', found ${describeType(value)}`));
      return;
    }
    value.forEach((item, i) => {
      const itemPath = `${path}[${i}]`;
      if (item === null) walk.issues.push(invalidBody(itemPath, `'${itemPath}' must not be null`));
      else check(walk, schema.items, item, itemPath, typeName);
    });
  } else {
    const issue = scalarIssue(schema, value, path);
    if (issue) walk.issues.push(issue);
  }
}

function run(
  definitionName: string,
  body: unknown,
  response: boolean,
  options: BodyValidationOptions,
): ValidationIssue[] {
  const table = options.definitions ?? contractDefinitions;
  const walk: Walk = {
    table,
    allowUnknown: options.allowUnknownProperties ?? response,
    response,
    issues: [],
  };
  const root = definition(table, definitionName);
  if (body === undefined || body === null) {
    return [invalidBody("", "the request body is missing or null")];
  }
  check(walk, root, body, "", definitionName);
  return walk.issues;
}

/**
 * Validates a request body against a definition of the REST contract. Returns every issue found, in
 * document order, with the service's error codes: `InvalidRequestBody` for wrong JSON types, unknown
 * properties and unparsable formats; `InvalidPropertyValue` for enum and range violations;
 * `MissingRequiredProperty` for absent required properties. Null counts as absent.
 * @throws TypeError only when `definitionName` is not in the table (a programming error).
 */
export function validateBody(
  definitionName: string,
  body: unknown,
  options: BodyValidationOptions = {},
): ValidationIssue[] {
  return run(definitionName, body, false, options);
}

/**
 * Validates a response body against a definition: like {@link validateBody}, but properties the
 * contract does not declare (`odata.metadata`, fields of newer api-versions) are tolerated by default.
 */
export function validateResponse(
  definitionName: string,
  body: unknown,
  options: BodyValidationOptions = {},
): ValidationIssue[] {
  return run(definitionName, body, true, options);
}
