/**
 * The binding-state transitions every entity shares (create, replace, patch, load), driven by the
 * wire definitions of the create / update / patch bodies from the generated schema table.
 * @module
 */
import { definitions } from "../../protocol/schemas.generated.js";
import { InvalidOperationException } from "../errors.js";
import {
  clearChanges,
  clearedProperties,
  isBound,
  isReadOnly,
  loadWire,
  makeReadOnly,
  setBound,
  toWireObject,
  typeNameOf,
  type PropertyContainer,
} from "./property-container.js";

/** The binding state of an entity, as Batch .NET's `BindingState`. */
export type BindingState = "unbound" | "bound";

interface BodyShape {
  readonly names: ReadonlySet<string>;
  readonly requiredLists: readonly string[];
}
const shapes = new Map<string, BodyShape>();

function shapeOf(definition: string): BodyShape {
  let shape = shapes.get(definition);
  if (shape === undefined) {
    const node = definitions[definition];
    if (node === undefined || !("type" in node) || node.type !== "object") {
      throw new Error(`Unknown body definition ${definition}`);
    }
    const properties = node.properties ?? {};
    shape = {
      names: new Set(Object.keys(properties)),
      requiredLists: (node.required ?? []).filter((name) => {
        const property = properties[name];
        return property !== undefined && "type" in property && property.type === "array";
      }),
    };
    shapes.set(definition, shape);
  }
  return shape;
}

/** The binding state of an entity. */
export function bindingStateOf(entity: PropertyContainer): BindingState {
  return isBound(entity) ? "bound" : "unbound";
}

/**
 * Throws unless the entity is in `state` (and, for unbound entities, not yet committed).
 * @throws InvalidOperationException naming the operation and the state.
 */
export function requireState(entity: PropertyContainer, state: BindingState, operation: string): void {
  const type = typeNameOf(entity);
  const current = bindingStateOf(entity);
  if (current !== state) {
    throw new InvalidOperationException(
      `${type}.${operation}() is not allowed while the ${type} is ${current}` +
        (state === "bound" ? "; get it from the service (or refresh() it after commit()) first." : "."),
    );
  }
  if (state === "unbound" && isReadOnly(entity)) {
    throw new InvalidOperationException(
      `${type}.${operation}() is not allowed: the ${type} was already committed; call refresh() to bind it.`,
    );
  }
}

/** The create-request body: every set property the `definition` accepts. */
export function createBody<T>(entity: PropertyContainer, definition: string): T {
  return toWireObject(entity, { include: shapeOf(definition).names }) as T;
}

/** The full-replace body (PUT / update-properties): lists the service requires default to empty. */
export function replaceBody<T>(entity: PropertyContainer, definition: string): T {
  const shape = shapeOf(definition);
  const body = toWireObject(entity, { include: shape.names });
  for (const name of shape.requiredLists) body[name] ??= [];
  return body as T;
}

/**
 * The PATCH body: only the properties changed since the entity was loaded or last committed, or
 * `undefined` when nothing changed (the caller then sends no request at all).
 * @throws InvalidOperationException when a changed property was set to `null`/`undefined`
 *   (a PATCH cannot clear a property), before any request is made.
 */
export function patchBody<T>(entity: PropertyContainer, definition: string): T | undefined {
  const cleared = clearedProperties(entity);
  if (cleared.length > 0) {
    const type = typeNameOf(entity);
    throw new InvalidOperationException(
      `${type}.commitChanges() cannot clear ${cleared.map((n) => `${type}.${n}`).join(", ")}: ` +
        "a property set to null or undefined cannot be sent as a change; use commit() to replace the whole object.",
    );
  }
  const body = toWireObject(entity, { include: shapeOf(definition).names, onlyModified: true });
  return Object.keys(body).length === 0 ? undefined : (body as T);
}

/** After a create request succeeded: the object is frozen until refreshed. */
export function markCreated(entity: PropertyContainer): void {
  clearChanges(entity);
  makeReadOnly(entity, "it was committed; refresh() it or get it again to change it");
}

/** After a replace or patch succeeded: changes are no longer pending. */
export function markSaved(entity: PropertyContainer): void {
  clearChanges(entity);
}

/** Replaces the entity's state with the service's and binds it. */
export function loadBound(entity: PropertyContainer, wire: object): void {
  loadWire(entity, wire as Record<string, unknown>);
  setBound(entity, true);
  makeReadOnly(entity, undefined);
}
