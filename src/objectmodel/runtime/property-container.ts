/**
 * The table-driven property runtime behind every entity and value type. Each class describes its
 * properties once in a {@link TypeSpec}; the generated getters and setters only call
 * {@link readProperty} and {@link writeProperty}. The jobs live in their own modules, as Batch .NET
 * splits its property accessors, property collection and access control: the tables
 * (`property-spec`), the state store (`container-state`), access control (`access-control`), change
 * tracking (`change-tracking`), read-only and bound flags (`binding-state`), list views
 * (`array-views`), user assignment (`property-access`), wire conversion (`wire-conversion`) and
 * constructor forms (`constructors`). This module holds the base class and is the runtime's entry.
 * @module
 */
import { createState, stateOf } from "./container-state.js";
import { readProperty, writeProperty } from "./property-access.js";
import type { Converter, TypeSpec } from "./property-spec.js";
import { loadWire } from "./wire-conversion.js";

export * from "./property-spec.js";
export { isReadOnly, isBound, makeReadOnly, setBound } from "./binding-state.js";
export { changedProperties, clearChanges, clearedProperties, patchOnlyChanges } from "./change-tracking.js";
export { peekProperty, pokeProperty, typeNameOf } from "./container-state.js";
export { assignInit, readProperty, writeProperty } from "./property-access.js";
export { initFromArguments, initFromForms, type ConstructorForm } from "./constructors.js";
export { loadWire, toWireObject, valueFromWire, type WireOptions } from "./wire-conversion.js";

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

/** Gives a container its state and, for `ownFields` tables, its own enumerable accessors. */
function register(container: PropertyContainer, spec: TypeSpec): void {
  createState(container, spec);
  if (!spec.ownFields) return;
  for (const { name } of spec.properties) {
    Object.defineProperty(container, name, {
      enumerable: true,
      get: () => readProperty(container, name),
      set: (value: unknown) => writeProperty(container, name, value),
    });
  }
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
