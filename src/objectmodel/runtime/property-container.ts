/**
 * The table-driven property runtime behind every entity and value type: property access by binding
 * state, read-only (committed) objects, child objects that follow their parent's access, change
 * tracking, and conversion between object-model values and wire JSON.
 *
 * Each class describes its properties once in a {@link TypeSpec}; the generated getters and setters
 * only call {@link readProperty} and {@link writeProperty}.
 * @module
 */
import { InvalidOperationException } from "../errors.js";
import { dateFromWire, dateToWire, durationFromWire, durationToWire } from "./durations.js";

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

interface Owner {
  readonly container: PropertyContainer;
  readonly property: PropertySpec;
}

interface ContainerState {
  readonly spec: TypeSpec;
  readonly byName: ReadonlyMap<string, PropertySpec>;
  readonly values: Map<string, unknown>;
  readonly modified: Set<string>;
  bound: boolean;
  readOnlyReason?: string;
  owner?: Owner;
}

/**
 * Where an instance keeps its state: a non-enumerable symbol-keyed property (invisible to spreads,
 * `Object.keys` and JSON). A `WeakMap` keyed by instance cost the garbage collector more than
 * building the object, for every entity read from the service.
 */
const STATE: unique symbol = Symbol("azbatch.propertyState");
type Stateful = PropertyContainer & { readonly [STATE]?: ContainerState };
const lookups = new WeakMap<TypeSpec, ReadonlyMap<string, PropertySpec>>();
const arrayViews = new WeakMap<unknown[], unknown[]>();

/** Base class of every entity and value type; all state lives in the runtime, keyed by instance. */
export abstract class PropertyContainer {
  /** @internal Registers the instance with its property table. */
  protected constructor(spec: TypeSpec) {
    register(this, spec);
  }

  /** The readable properties as a plain object (used by `JSON.stringify` and debuggers). */
  toJSON(): Record<string, unknown> {
    const s = stateOf(this);
    const result: Record<string, unknown> = {};
    for (const [name, value] of s.values) {
      const property = s.byName.get(name)!;
      if ((s.bound ? property.bound : property.unbound) !== "none" && value !== undefined)
        result[name] = value;
    }
    return result;
  }
}

function register(container: PropertyContainer, spec: TypeSpec): void {
  let byName = lookups.get(spec);
  if (byName === undefined) {
    byName = new Map(spec.properties.map((p) => [p.name, p]));
    lookups.set(spec, byName);
  }
  const state: ContainerState = { spec, byName, values: new Map(), modified: new Set(), bound: false };
  Object.defineProperty(container, STATE, { value: state });
  if (!spec.ownFields) return;
  for (const { name } of spec.properties) {
    Object.defineProperty(container, name, {
      enumerable: true,
      get: () => readProperty(container, name),
      set: (value: unknown) => writeProperty(container, name, value),
    });
  }
}

function stateOf(container: PropertyContainer): ContainerState {
  const s = (container as Stateful)[STATE];
  if (s === undefined) throw new TypeError("Not an object-model instance");
  return s;
}

function propertyOf(s: ContainerState, name: string): PropertySpec {
  const property = s.byName.get(name);
  if (property === undefined) throw new TypeError(`${s.spec.typeName} has no property '${name}'`);
  return property;
}

function stateName(s: ContainerState): string {
  return s.bound ? "bound" : "unbound";
}

/** Why `property` of `container` cannot be written now, or `undefined` when it can. */
function writeDenial(container: PropertyContainer, property: PropertySpec): string | undefined {
  const s = stateOf(container);
  const where = `${s.spec.typeName}.${property.name}`;
  if (s.readOnlyReason !== undefined) return `the ${s.spec.typeName} is read-only (${s.readOnlyReason})`;
  const access = s.bound ? property.bound : property.unbound;
  if (access !== "write" && access !== "patch") {
    return s.spec.kind === "value"
      ? `${where} is reported by the service and cannot be set`
      : `${where} cannot be changed while the ${s.spec.typeName} is ${stateName(s)}`;
  }
  return s.owner ? writeDenial(s.owner.container, s.owner.property) : undefined;
}

function assertWritable(container: PropertyContainer, property: PropertySpec): void {
  const reason = writeDenial(container, property);
  if (reason !== undefined) {
    throw new InvalidOperationException(
      `Cannot set ${stateOf(container).spec.typeName}.${property.name}: ${reason}.`,
    );
  }
}

function markModified(container: PropertyContainer, name: string): void {
  const s = stateOf(container);
  s.modified.add(name);
  if (s.owner) markModified(s.owner.container, s.owner.property.name);
}

/** Makes `value` (when it is an object-model value) follow `owner`'s access and report its changes there. */
function adopt(value: unknown, owner: Owner): unknown {
  if (value instanceof PropertyContainer) stateOf(value).owner = owner;
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Normalizes a value assigned by the user into its stored form. */
function fromUser(converter: Converter, value: unknown, owner: Owner, path: string): unknown {
  if (value === undefined || value === null) return value;
  switch (converter.kind) {
    case "scalar":
      return value;
    case "date":
      if (!(value instanceof Date)) throw new TypeError(`${path} must be a Date`);
      return value;
    case "duration":
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new TypeError(`${path} must be a number of milliseconds`);
      }
      return value;
    case "int64":
      if (typeof value !== "number" || !Number.isInteger(value))
        throw new TypeError(`${path} must be an integer`);
      return value;
    case "map":
      if (typeof value !== "object") throw new TypeError(`${path} must be an object`);
      return { ...(value as object) };
    case "value": {
      const type = converter.type();
      if (value instanceof type) return adopt(value, owner);
      if (!isPlainObject(value)) throw new TypeError(`${path} must be a ${type.name} or a plain object`);
      const created = new type();
      assignInit(created, value);
      return adopt(created, owner);
    }
    case "external":
      return adopt(converter.fromUser(value), owner);
    case "array":
      if (!Array.isArray(value)) throw new TypeError(`${path} must be an array`);
      return value.map((item, i) => fromUser(converter.item, item, owner, `${path}[${i}]`));
  }
}

function fromWire(converter: Converter, value: unknown, owner: Owner): unknown {
  if (value === undefined || value === null) return undefined;
  switch (converter.kind) {
    case "scalar":
      return value;
    case "date":
      return dateFromWire(value as string);
    case "duration":
      return durationFromWire(value as string);
    case "int64":
      return typeof value === "string" ? Number(value) : value;
    case "map":
      return { ...(value as object) };
    case "value": {
      const created = new (converter.type())();
      loadWire(created, value as Record<string, unknown>);
      return adopt(created, owner);
    }
    case "external":
      return adopt(converter.fromWire(value), owner);
    case "array":
      return (value as unknown[]).map((item) => fromWire(converter.item, item, owner));
  }
}

function toWire(converter: Converter, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (converter.kind) {
    case "scalar":
      return value;
    case "int64":
      return String(value);
    case "date":
      return dateToWire(value as Date);
    case "duration":
      return durationToWire(value as number);
    case "map":
      return { ...(value as object) };
    case "value":
      return toWireObject(value as PropertyContainer);
    case "external":
      return value instanceof PropertyContainer
        ? toWireObject(value)
        : (JSON.parse(JSON.stringify(value)) as unknown);
    case "array":
      return (value as unknown[])
        .filter((item) => !converter.omit?.includes(item))
        .map((item) => toWire(converter.item, item));
  }
}

/** A live view of a stored list: writes go through the same access checks and count as changes. */
function arrayView(container: PropertyContainer, property: PropertySpec, target: unknown[]): unknown[] {
  let view = arrayViews.get(target);
  if (view !== undefined) return view;
  const item = (property.converter as { item: Converter }).item;
  const owner: Owner = { container, property };
  view = new Proxy(target, {
    set(array, key, value, receiver) {
      assertWritable(container, property);
      const stored =
        typeof key === "string" && /^\d+$/.test(key)
          ? fromUser(item, value, owner, `${property.name}[${key}]`)
          : value;
      const done = Reflect.set(array, key, stored, receiver === view ? array : receiver);
      markModified(container, property.name);
      return done;
    },
    deleteProperty(array, key) {
      assertWritable(container, property);
      markModified(container, property.name);
      return Reflect.deleteProperty(array, key);
    },
  });
  arrayViews.set(target, view);
  return view;
}

/**
 * Reads a property, enforcing the access of the object's binding state.
 * @throws InvalidOperationException when the property cannot be read in this state.
 */
export function readProperty(container: PropertyContainer, name: string): unknown {
  const s = stateOf(container);
  const property = propertyOf(s, name);
  if ((s.bound ? property.bound : property.unbound) === "none") {
    throw new InvalidOperationException(
      `Cannot read ${s.spec.typeName}.${name} while the ${s.spec.typeName} is ${stateName(s)}: ` +
        (s.bound
          ? "the service does not return it."
          : "the service sets it; get a bound object (refresh() or a get call) to read it."),
    );
  }
  const value = s.values.get(name);
  return Array.isArray(value) && property.converter.kind === "array"
    ? arrayView(container, property, value)
    : value;
}

/**
 * Writes a property, enforcing access (binding state, read-only objects, the owner's access) and
 * recording the change. Plain object literals become instances of the property's value type.
 * @throws InvalidOperationException when the property cannot be written now.
 * @throws TypeError when the value has the wrong shape.
 */
export function writeProperty(container: PropertyContainer, name: string, value: unknown): void {
  const s = stateOf(container);
  const property = propertyOf(s, name);
  assertWritable(container, property);
  if (value !== undefined && value !== null) property.check?.(value);
  const stored = fromUser(property.converter, value, { container, property }, `${s.spec.typeName}.${name}`);
  s.values.set(name, stored);
  markModified(container, name);
}

/**
 * Applies an init object (`{ commandLine, waitForSuccess }`) property by property.
 * @throws TypeError for a key that is not a property of the type.
 */
export function assignInit(container: PropertyContainer, init: object | undefined): void {
  if (init === undefined || init === null) return;
  if (typeof init !== "object")
    throw new TypeError(`${stateOf(container).spec.typeName}: expected an init object`);
  for (const [key, value] of Object.entries(init)) {
    if (value !== undefined) writeProperty(container, key, value);
  }
}

/**
 * Handles the two constructor forms of a value type: `new T(init)` and `new T(positional…)`, where
 * `positional` names the leading arguments as in Batch .NET's constructor.
 */
export function initFromArguments(
  container: PropertyContainer,
  args: readonly unknown[],
  positional: readonly string[],
): void {
  const [first] = args;
  if (args.length === 1 && isPlainObject(first) && !isLoneValueArgument(container, first, positional)) {
    assignInit(container, first);
    return;
  }
  if (args.length > positional.length + 1) {
    throw new TypeError(`${stateOf(container).spec.typeName}: too many constructor arguments`);
  }
  positional.forEach((name, i) => {
    if (args[i] !== undefined) writeProperty(container, name, args[i]);
  });
  const extra = args[positional.length];
  if (extra !== undefined) assignInit(container, extra as object);
}

/** One constructor of a type with several: its leading arguments and the `typeof` its first one has. */
export interface ConstructorForm {
  /** Property names of the leading arguments, in order. */
  readonly positional: readonly string[];
  /** `typeof` of the first argument (`"string"`, `"object"`…), which tells the forms apart. */
  readonly first: string;
}

/**
 * Fills a new value type whose Batch .NET class has several constructors (`UserIdentity(userName)`,
 * `UserIdentity(autoUser)`): an init object as usual, else the form whose first argument has the
 * type of `args[0]`.
 * @throws TypeError when the first argument fits no form.
 */
export function initFromForms(
  container: PropertyContainer,
  args: readonly unknown[],
  forms: readonly ConstructorForm[],
): void {
  const [first] = args;
  const s = stateOf(container);
  const isInit =
    args.length === 1 && isPlainObject(first) && !Object.keys(first).some((key) => !s.byName.has(key));
  if (first === undefined || isInit) {
    initFromArguments(container, args, []);
    return;
  }
  const form = forms.find((f) => f.first === (first === null ? "null" : typeof first));
  if (!form) {
    const expected = forms.map((f) => `${f.positional[0]} (${f.first})`).join(" or ");
    throw new TypeError(
      `${s.spec.typeName}: the first constructor argument must be ${expected} or an init object`,
    );
  }
  initFromArguments(container, args, form.positional);
}

/**
 * True when a lone plain object is the value of the only positional argument rather than an init
 * object: that argument is itself a value type (as `JobSpecification(PoolInformation)`) and the object
 * names none of the container's own properties. An init object always names at least one of them
 * (`{ poolInformation, priority }`); a value literal names the positional type's (`{ poolId }`).
 */
function isLoneValueArgument(
  container: PropertyContainer,
  value: Record<string, unknown>,
  positional: readonly string[],
): boolean {
  const s = stateOf(container);
  if (positional.length !== 1 || propertyOf(s, positional[0] as string).converter.kind !== "value")
    return false;
  const keys = Object.keys(value);
  return keys.length > 0 && !keys.some((key) => s.byName.has(key));
}

/** Replaces all values with those of a wire object (unknown wire fields are ignored); clears changes. */
export function loadWire(container: PropertyContainer, wire: Readonly<Record<string, unknown>>): void {
  const s = stateOf(container);
  s.values.clear();
  s.modified.clear();
  for (const property of s.spec.properties) {
    const raw = wire[property.wire];
    // Most properties are absent from a response: skip them before building an owner for each.
    if (raw === undefined || raw === null) continue;
    const value = fromWire(property.converter, raw, { container, property });
    if (value !== undefined) s.values.set(property.name, value);
  }
}

/** Options of {@link toWireObject}. */
export interface WireOptions {
  /** Only these wire names are emitted. */
  readonly include?: ReadonlySet<string>;
  /** Only properties changed since the last load or commit are emitted. */
  readonly onlyModified?: boolean;
  /** Only properties writable while unbound (those a create request carries) are emitted. */
  readonly unboundWritable?: boolean;
}

/** Builds the wire JSON of an object from its set properties, regardless of read access. */
export function toWireObject(
  container: PropertyContainer,
  options: WireOptions = {},
): Record<string, unknown> {
  const s = stateOf(container);
  const wire: Record<string, unknown> = {};
  for (const property of s.spec.properties) {
    if (options.include && !options.include.has(property.wire)) continue;
    if (options.onlyModified && !s.modified.has(property.name)) continue;
    if (options.unboundWritable && property.unbound !== "write") continue;
    const value = s.values.get(property.name);
    if (value !== undefined && value !== null) wire[property.wire] = toWire(property.converter, value);
  }
  return wire;
}

/** Names of properties changed (directly, through a child object, or by a list edit) since the last load or commit. */
export function changedProperties(container: PropertyContainer): string[] {
  return [...stateOf(container).modified];
}

/** Names of changed properties that only a PATCH can send (bound access `"patch"`). */
export function patchOnlyChanges(container: PropertyContainer): string[] {
  const s = stateOf(container);
  return [...s.modified].filter((name) => s.bound && s.byName.get(name)?.bound === "patch");
}

/** Names of changed properties whose value is now `null` or `undefined` (a PATCH cannot express those). */
export function clearedProperties(container: PropertyContainer): string[] {
  const s = stateOf(container);
  return [...s.modified].filter((name) => s.values.get(name) === undefined || s.values.get(name) === null);
}

/** Forgets recorded changes (after a successful commit), including those of child objects. */
export function clearChanges(container: PropertyContainer): void {
  const s = stateOf(container);
  s.modified.clear();
  for (const value of s.values.values()) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child instanceof PropertyContainer) clearChanges(child);
    }
  }
}

/**
 * Marks an object (and so every child object) read-only; `reason` appears in later error messages.
 * `undefined` makes it writable again (by its access table).
 */
export function makeReadOnly(container: PropertyContainer, reason: string | undefined): void {
  stateOf(container).readOnlyReason = reason;
}

/** True when the object was made read-only. */
export function isReadOnly(container: PropertyContainer): boolean {
  return stateOf(container).readOnlyReason !== undefined;
}

/** Sets the binding state of an entity. */
export function setBound(container: PropertyContainer, bound: boolean): void {
  stateOf(container).bound = bound;
}

/** True when the entity is bound to a service object. */
export function isBound(container: PropertyContainer): boolean {
  return stateOf(container).bound;
}

/** A stored value without access checks (for the entity's own requests, e.g. its id). */
export function peekProperty(container: PropertyContainer, name: string): unknown {
  const s = stateOf(container);
  propertyOf(s, name);
  return s.values.get(name);
}

/** The type name of an instance, for messages. */
export function typeNameOf(container: PropertyContainer): string {
  return stateOf(container).spec.typeName;
}

/** Builds a value-type instance from wire JSON. */
export function valueFromWire<T extends PropertyContainer>(type: new () => T, wire: object): T {
  const value = new type();
  loadWire(value, wire as Record<string, unknown>);
  return value;
}

/** Stores a value the service reported, without access checks or change tracking. */
export function pokeProperty(container: PropertyContainer, name: string, value: unknown): void {
  const s = stateOf(container);
  propertyOf(s, name);
  s.values.set(name, value);
}

/** A value-type property that is writable whenever its owner allows it; the wire name is the same. */
export function valueField(
  name: string,
  converter: Converter,
  check?: (value: unknown) => void,
): PropertySpec {
  return { name, wire: name, converter, unbound: "write", bound: "write", ...(check ? { check } : {}) };
}

/**
 * Builds an instance of a hand-written value type from service data without running its constructor's
 * argument checks: the service's own data is taken as it is (enum casing included).
 */
export function reviveContainer<T extends PropertyContainer>(
  type: { readonly prototype: T },
  spec: TypeSpec,
  wire: unknown,
): T {
  const container = Object.create(type.prototype) as T;
  register(container, spec);
  loadWire(container, wire as Record<string, unknown>);
  return container;
}

/**
 * The converter of a hand-written value type: instances are kept, init literals go through `create`
 * (the type's own constructor and checks), service data is revived unchecked.
 */
export function handWrittenConverter<T extends PropertyContainer>(
  type: abstract new (...args: never[]) => T,
  spec: TypeSpec,
  create: (init: unknown) => T,
): Converter {
  return {
    kind: "external",
    fromWire: (wire) => reviveContainer(type, spec, wire),
    fromUser: (value) => (value instanceof type ? value : create(value)),
  };
}
