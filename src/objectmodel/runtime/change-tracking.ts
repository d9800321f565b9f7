/**
 * Change tracking: which properties changed since the last load or commit, through a child object
 * or a list edit too, so that a PATCH carries only those.
 * @module
 */
import type { PropertyContainer } from "./property-container.js";
import { isContainer, stateOf } from "./container-state.js";

/** Records a change of `name`, and so of the owner's property holding this object. */
export function markModified(container: PropertyContainer, name: string): void {
  const s = stateOf(container);
  s.modified.add(name);
  if (s.owner) markModified(s.owner.container, s.owner.property.name);
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
    if (Array.isArray(value)) {
      for (const child of value) if (isContainer(child)) clearChanges(child);
    } else if (isContainer(value)) clearChanges(value);
  }
}
