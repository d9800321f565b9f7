/**
 * Live views of stored lists: `pool.metadata.push(item)` goes through the same access checks as an
 * assignment and counts as a change of the property.
 * @module
 */
import { assertWritable } from "./access-control.js";
import { markModified } from "./change-tracking.js";
import type { PropertyContainer } from "./property-container.js";
import type { PropertySpec } from "./property-spec.js";

const arrayViews = new WeakMap<unknown[], unknown[]>();

/**
 * The view of `target`, the stored list of `property`; `store` turns an assigned item (at index
 * `key`) into its stored form.
 */
export function arrayView(
  container: PropertyContainer,
  property: PropertySpec,
  target: unknown[],
  store: (value: unknown, key: string) => unknown,
): unknown[] {
  let view = arrayViews.get(target);
  if (view !== undefined) return view;
  view = new Proxy(target, {
    set(array, key, value, receiver) {
      assertWritable(container, property);
      const stored = typeof key === "string" && /^\d+$/.test(key) ? store(value, key) : value;
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
