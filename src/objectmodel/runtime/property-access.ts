/**
 * Reading and writing properties as a user does: the generated getters and setters call
 * {@link readProperty} and {@link writeProperty}, which check access, normalize assigned values
 * (object literals become value-type instances) and record the change.
 * @module
 */
import { assertReadable, assertWritable } from "./access-control.js";
import { arrayView } from "./array-views.js";
import { markModified } from "./change-tracking.js";
import { adopt, isPlainObject, propertyOf, stateOf, type Owner } from "./container-state.js";
import type { PropertyContainer } from "./property-container.js";
import type { Converter } from "./property-spec.js";

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

/**
 * Reads a property, enforcing the access of the object's binding state.
 * @throws InvalidOperationException when the property cannot be read in this state.
 */
export function readProperty(container: PropertyContainer, name: string): unknown {
  const s = stateOf(container);
  const property = propertyOf(s, name);
  assertReadable(container, property);
  const value = s.values.get(name);
  if (!Array.isArray(value) || property.converter.kind !== "array") return value;
  const { item } = property.converter;
  const owner: Owner = { container, property };
  return arrayView(container, property, value, (assigned, key) =>
    fromUser(item, assigned, owner, `${property.name}[${key}]`),
  );
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
