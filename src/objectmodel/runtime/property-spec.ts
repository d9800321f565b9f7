/**
 * The property tables: what each entity and value type declares about its properties (names, wire
 * names, conversion, access per binding state). The generated classes hold one table each.
 * @module
 */
import type { PropertyContainer } from "./property-container.js";

/**
 * What a property allows in one binding state: nothing, reading, or reading and writing. While an
 * entity is bound, a `"write"` change is sent by both `commit()` and `commitChanges()`, a `"patch"`
 * change by `commitChanges()` alone (the service's full-replace request has no field for it).
 */
export type Access = "none" | "read" | "patch" | "write";

/** A class whose instances hold properties (value types are constructible without arguments). */
export type ContainerClass = new () => PropertyContainer;

/** How a property's value moves between its object-model form and its wire form. */
export type Converter =
  /** Strings, numbers, booleans and enum values: identical on both sides. */
  | { readonly kind: "scalar" }
  /** `Date` ↔ ISO-8601 date-time. */
  | { readonly kind: "date" }
  /** Milliseconds ↔ ISO-8601 duration. */
  | { readonly kind: "duration" }
  /** A number ↔ an OData Int64, which the service writes as a JSON string (`"12"`). */
  | { readonly kind: "int64" }
  /** A free-form JSON object (tags, extension settings), copied shallowly. */
  | { readonly kind: "map" }
  /** A nested value type described by its own {@link TypeSpec}. */
  | { readonly kind: "value"; readonly type: () => ContainerClass }
  /**
   * A type with hand-written constructors (resource and output files, identity references). When the
   * built value is a {@link PropertyContainer} it follows its owner's access like any value type.
   */
  | {
      readonly kind: "external";
      /** Builds the object-model instance from wire JSON. */
      readonly fromWire: (wire: unknown) => unknown;
      /** Normalizes a user-assigned value (class instance or literal). */
      readonly fromUser: (value: unknown) => unknown;
    }
  /**
   * A list of another converter's values. `omit` lists values that stand for "nothing" (Batch .NET's
   * `CertificateVisibility.None`): they are kept in the object but left out of the wire list.
   */
  | { readonly kind: "array"; readonly item: Converter; readonly omit?: readonly unknown[] };

/** One property: its object-model name, wire name, conversion and access in each binding state. */
export interface PropertySpec {
  /** Object-model (Batch .NET) name in camelCase. */
  readonly name: string;
  /** Wire (REST) name. */
  readonly wire: string;
  /** Value conversion. */
  readonly converter: Converter;
  /** Access while the object is unbound (built locally, or a value type). */
  readonly unbound: Access;
  /** Access while the object is bound (fetched from the service). */
  readonly bound: Access;
  /** Rejects a bad user-assigned value (not `undefined` / `null`) with a TypeError or RangeError. */
  readonly check?: (value: unknown) => void;
}

/** The property table of one class. */
export interface TypeSpec {
  /** Class name used in error messages, e.g. `CloudPool`. */
  readonly typeName: string;
  /** `entity` objects have a binding state; `value` objects follow their owner. */
  readonly kind: "entity" | "value";
  /** The properties, in wire order. */
  readonly properties: readonly PropertySpec[];
  /**
   * The properties are own enumerable accessors of each instance instead of prototype getters, so
   * that spreading the object or listing its keys sees its fields as it would a plain object's.
   */
  readonly ownFields?: boolean;
}

/** Strings, numbers, booleans and enum values. */
export const SCALAR: Converter = { kind: "scalar" };
/** `Date` ↔ ISO-8601 date-time. */
export const DATE: Converter = { kind: "date" };
/** Milliseconds ↔ ISO-8601 duration. */
export const DURATION: Converter = { kind: "duration" };
/** Numbers the service sends as OData Int64 strings. */
export const INT64: Converter = { kind: "int64" };
/** Free-form JSON objects. */
export const MAP: Converter = { kind: "map" };

/** A value-type property that is writable whenever its owner allows it; the wire name is the same. */
export function valueField(
  name: string,
  converter: Converter,
  check?: (value: unknown) => void,
): PropertySpec {
  return { name, wire: name, converter, unbound: "write", bound: "write", ...(check ? { check } : {}) };
}
