/**
 * The read-only and bound flags of a container: committed objects are frozen until refreshed, and an
 * entity's binding state selects the access column of its property table.
 * @module
 */
import type { PropertyContainer } from "./property-container.js";
import { stateOf } from "./container-state.js";

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
