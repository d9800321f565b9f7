/**
 * Shapes of the generated route table and schema table (see `routes.generated.ts` and
 * `schemas.generated.ts`). Both the client and the local Batch service are driven by these.
 * @module
 */

/** Where an operation parameter travels on the wire. */
export type ParameterLocation = "path" | "query" | "header" | "body";

/** The scalar kinds a non-body parameter can have. */
export type ParameterKind = "string" | "integer" | "boolean" | "date-time-rfc1123" | "uuid";

/** One parameter of an operation, as declared by the REST contract. */
export interface RouteParameter {
  /** Key in the protocol client's parameters object: the wire name in camelCase without `$` or `-`. */
  readonly key: string;
  /** Name on the wire (path placeholder, query name, header name, or body parameter name). */
  readonly wireName: string;
  /** Where the parameter travels. */
  readonly in: ParameterLocation;
  /** Whether the contract requires the parameter. */
  readonly required: boolean;
  /** Scalar kind for path/query/header parameters; `"body"` parameters use {@link RouteParameter.schema}. */
  readonly kind?: ParameterKind;
  /** Definition name of the body schema (body parameters only). */
  readonly schema?: string;
  /** Lowest accepted value (integer parameters with a declared minimum). */
  readonly minimum?: number;
  /** Highest accepted value (integer parameters with a declared maximum). */
  readonly maximum?: number;
}

/** One REST operation. */
export interface Route {
  /** The contract's operation id, e.g. `Pool_Add`. */
  readonly operationId: string;
  /** Protocol client group: the operation id prefix in camelCase, e.g. `pool`, `computeNodeExtension`. */
  readonly group: string;
  /** Protocol client method: the operation id suffix in camelCase, e.g. `add`, `getFromTask`. */
  readonly name: string;
  /** HTTP method. */
  readonly method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Path template with `{placeholders}`, e.g. `/pools/{poolId}`. */
  readonly path: string;
  /** Every parameter except `api-version`, which the pipeline adds. */
  readonly parameters: readonly RouteParameter[];
  /** Status codes that mean success. */
  readonly successCodes: readonly number[];
  /** Definition name of the success body, when there is one. */
  readonly responseSchema?: string;
  /** True when the success body is raw file content rather than JSON. */
  readonly binaryResponse: boolean;
  /** True when the operation returns a list envelope with `odata.nextLink`. */
  readonly pageable: boolean;
  /** Response header names (lower case) declared for the success response. */
  readonly responseHeaders: readonly string[];
}

/** A reference to another definition of the schema table. */
export interface SchemaRef {
  /** Name of the referenced definition. */
  readonly ref: string;
}

/** A string value, possibly with a format (`date-time`, `duration`, `uuid`…) or a closed set of values. */
export interface StringSchema {
  /** Discriminator. */
  readonly type: "string";
  /** The contract's format name, when it declares one. */
  readonly format?: string;
  /** The allowed values, when the contract declares an enumeration. */
  readonly enum?: readonly string[];
}

/** A numeric value. */
export interface NumberSchema {
  /** Discriminator: `integer` for whole numbers. */
  readonly type: "integer" | "number";
  /** `int32`, `int64` or `double`, when declared. */
  readonly format?: string;
  /** Lowest accepted value, when declared. */
  readonly minimum?: number;
  /** Highest accepted value, when declared. */
  readonly maximum?: number;
}

/** A boolean value. */
export interface BooleanSchema {
  /** Discriminator. */
  readonly type: "boolean";
}

/** A list. */
export interface ArraySchema {
  /** Discriminator. */
  readonly type: "array";
  /** Schema of every element. */
  readonly items: SchemaNode;
}

/** An object with declared properties, a free-form map, or both. */
export interface ObjectSchema {
  /** Discriminator. */
  readonly type: "object";
  /** Declared properties by wire name. */
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  /** Names of the required properties. */
  readonly required?: readonly string[];
  /** A schema for the values of a free-form map, or `true` when anything goes. */
  readonly additionalProperties?: SchemaNode | true;
  /** Definitions whose properties this one includes (swagger `allOf`). */
  readonly allOf?: readonly string[];
}

/** A JSON-schema subset describing a wire definition. */
export type SchemaNode = SchemaRef | StringSchema | NumberSchema | BooleanSchema | ArraySchema | ObjectSchema;
