/**
 * Where every container's state lives: its values, changes, binding and read-only flags and owner,
 * on the instance under a symbol, so the classes carry no fields of their own.
 * @module
 */
import type { PropertyContainer } from "./property-container.js";
import type { PropertySpec, TypeSpec } from "./property-spec.js";

/** The property of another container that a child value belongs to. */
export interface Owner {
  /** The owning container. */
  readonly container: PropertyContainer;
  /** The owner's property holding the child. */
  readonly property: PropertySpec;
}

/** The runtime state of one container. */
export interface ContainerState {
  /** The container's property table. */
  readonly spec: TypeSpec;
  /** The table's properties by object-model name. */
  readonly byName: ReadonlyMap<string, PropertySpec>;
  /** The stored values by object-model name. */
  readonly values: Map<string, unknown>;
  /** Names of the properties changed since the last load or commit. */
  readonly modified: Set<string>;
  /** True once bound to a service object. */
  bound: boolean;
  /** Why the container is read-only, when it is. */
  readOnlyReason?: string;
  /** The property of another container this one belongs to. */
  owner?: Owner;
}

/**
 * The key of an instance's state: a non-enumerable symbol-keyed property (invisible to spreads,
 * `Object.keys` and JSON). A `WeakMap` keyed by instance cost the garbage collector more than
 * building the object, for every entity read from the service.
 */
const STATE: unique symbol = Symbol("azbatch.propertyState");
type Stateful = { readonly [STATE]?: ContainerState };
const lookups = new WeakMap<TypeSpec, ReadonlyMap<string, PropertySpec>>();

/** Gives a new container an empty state for its property table. */
export function createState(container: PropertyContainer, spec: TypeSpec): void {
  let byName = lookups.get(spec);
  if (byName === undefined) {
    byName = new Map(spec.properties.map((p) => [p.name, p]));
    lookups.set(spec, byName);
  }
  const state: ContainerState = { spec, byName, values: new Map(), modified: new Set(), bound: false };
  Object.defineProperty(container, STATE, { value: state });
}

/** True for an object-model instance (an entity or value type). */
export function isContainer(value: unknown): value is PropertyContainer {
  return typeof value === "object" && value !== null && (value as Stateful)[STATE] !== undefined;
}

/** The state of a container. @throws TypeError for anything else. */
export function stateOf(container: PropertyContainer): ContainerState {
  const s = (container as Stateful)[STATE];
  if (s === undefined) throw new TypeError("Not an object-model instance");
  return s;
}

/** The table entry of a property. @throws TypeError when the type has no such property. */
export function propertyOf(s: ContainerState, name: string): PropertySpec {
  const property = s.byName.get(name);
  if (property === undefined) throw new TypeError(`${s.spec.typeName} has no property '${name}'`);
  return property;
}

/** The binding state's name, for messages. */
export function stateName(s: ContainerState): string {
  return s.bound ? "bound" : "unbound";
}

/** Makes `value` (when it is an object-model value) follow `owner`'s access and report its changes there. */
export function adopt(value: unknown, owner: Owner): unknown {
  if (isContainer(value)) stateOf(value).owner = owner;
  return value;
}

/** True for an object literal (or a null-prototype object). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
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

/** Stores a value the service reported, without access checks or change tracking. */
export function pokeProperty(container: PropertyContainer, name: string, value: unknown): void {
  const s = stateOf(container);
  propertyOf(s, name);
  s.values.set(name, value);
}
