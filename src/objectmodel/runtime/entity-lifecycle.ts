/**
 * The binding-state transitions every entity shares (create, replace, patch, load), driven by the
 * wire definitions of the create / update / patch bodies from the generated schema table, and the
 * `commit` / `commitChanges` / `refresh` requests built on them.
 * @module
 */
import type { OperationOptions } from "../../protocol/operation-types.js";
import type { ProtocolClient } from "../../protocol/client.js";
import { definitions } from "../../protocol/schemas.generated.js";
import type { CallOptions } from "../behaviors.js";
import type { Caller, OperationName, ReadCall } from "../caller.js";
import type { DetailLevel } from "../detail-level.js";
import type { PagedEnumerable } from "../paged-enumerable.js";
import { InvalidOperationException } from "../errors.js";
import {
  clearChanges,
  clearedProperties,
  isBound,
  isReadOnly,
  loadWire,
  makeReadOnly,
  patchOnlyChanges,
  peekProperty,
  setBound,
  toWireObject,
  typeNameOf,
  type PropertyContainer,
} from "./property-container.js";
import { createTolerantOfLostResponse } from "./retried-create.js";

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

/** The fields of a request body definition, by wire name (also the object model's names). */
export function bodyFields(definition: string): ReadonlySet<string> {
  return shapeOf(definition).names;
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

/**
 * The create-request body: every set property writable while unbound. The generated access table
 * holds exactly the create definition's fields (plus the few Batch .NET lets a client set beyond
 * it), so no accepted edit is left out.
 */
export function createBody<T>(entity: PropertyContainer): T {
  return toWireObject(entity, { unboundWritable: true }) as T;
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

/**
 * Refuses a bound `commit()` while a change waits that the full-replace request has no field for:
 * sending the rest would lose it without a word.
 * @throws InvalidOperationException naming the properties and the request that can send them.
 */
function requireReplaceable(entity: PropertyContainer): void {
  const pending = patchOnlyChanges(entity);
  if (pending.length === 0) return;
  const type = typeNameOf(entity);
  const names = pending.map((name) => `${type}.${name}`).join(", ");
  throw new InvalidOperationException(
    `${type}.commit() cannot send the change to ${names}: the service's full-replace request has no field ` +
      "for it; call commitChanges() to send it (or refresh() to drop it).",
  );
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

/**
 * The entity's `id`, for the requests that name it.
 * @throws TypeError when the id is not set.
 */
export function entityId(entity: PropertyContainer): string {
  const id = peekProperty(entity, "id");
  if (typeof id !== "string" || id === "") throw new TypeError(`${typeNameOf(entity)}.id must be set`);
  return id;
}

/**
 * A request carrying an entity body built from the swagger `definition`. `request` holds the call's
 * protocol options plus the path parameters `K` naming the entity.
 */
export interface BodyRequest<K extends object> {
  /** The swagger definition the body is built for. */
  readonly definition: string;
  /** Sends the body (typed by each entity as its wire parameter). */
  send(protocol: ProtocolClient, request: OperationOptions & K, body: object): Promise<unknown>;
}

/**
 * The requests behind one entity type's lifecycle; `E` is the entity, `K` the path parameters naming
 * it, `W` its wire form and `P` the path parameters of its parent (`{ jobId }` for a task, `{ poolId }`
 * for a node, none for an account-level entity).
 */
export interface EntityRequests<
  E extends PropertyContainer,
  K extends P,
  W extends object,
  P extends object = Record<never, never>,
> {
  /** The path parameters naming `entity` on the service. */
  key(entity: E): K;
  /** A bound entity from the service's data; `caller` is its own, `parent` names where it lives. */
  wrap?(caller: Caller, wire: W, parent: P): E;
  /** The path parameters of the entity's parent, for its create request (a user account's node). */
  parent?(entity: E): P;
  /**
   * Creates the entity (commit while unbound); the body holds every property writable while unbound.
   * An entity the service can be asked for (`get`) is frozen until refreshed and read back when the
   * create's response is lost; one it never returns (a user account) stays unbound and writable.
   */
  readonly create?: Pick<BodyRequest<P>, "send">;
  /**
   * Replaces the updatable properties (commit while bound, or {@link EntityLifecycle.replace}); without
   * it, bound entities cannot commit.
   */
  readonly replace?: BodyRequest<K>;
  /** Sends only the changed properties (commitChanges). */
  readonly patch?: BodyRequest<K>;
  /**
   * Reads one entity (get and refresh): the operation, whose route says which OData clauses it accepts,
   * or a reader for an entity whose wire form is not one response body (a node file's headers).
   * Without it, the entity cannot be refreshed.
   */
  readonly get?: OperationName | EntityReader<K, W>;
  /** The operation that lists the entities of one parent (none for an entity listed several ways). */
  readonly list?: OperationName;
  /** Why an entity built locally cannot send requests yet (a task never added): the error's message. */
  readonly unattached?: string;
}

/** The requests of an entity type that one operation lists. */
export type ListedEntityRequests<
  E extends PropertyContainer,
  K extends P,
  W extends object,
  P extends object = Record<never, never>,
> = ReadEntityRequests<E, K, W, P> & { readonly list: OperationName };

/** The requests of an entity type the service returns by one get operation. */
export type ReadEntityRequests<
  E extends PropertyContainer,
  K extends P,
  W extends object,
  P extends object = Record<never, never>,
> = EntityRequests<E, K, W, P> & {
  wrap(caller: Caller, wire: W, parent: P): E;
  readonly get: OperationName | EntityReader<K, W>;
};

/** Reads the wire form of an entity whose wire form is not one response body. */
export interface EntityReader<K, W> {
  /** Reads the entity named by `key`. */
  read(caller: Caller, key: K, read: ReadCall): Promise<W>;
}

/**
 * Reads one entity's wire form with its type's get request.
 * @throws TypeError when the type has none.
 */
function readEntity<K extends object, W extends object>(
  caller: Caller,
  requests: { readonly get?: OperationName | EntityReader<K, W> },
  key: K,
  read: ReadCall,
): Promise<W> {
  const get = requests.get;
  if (get === undefined) throw new TypeError(`${read.operation}() is not available for this object`);
  if (typeof get === "object") return get.read(caller, key, read);
  // The tables name their operations by string, so the parameters are checked by each table's key().
  return caller.get(get, key as never, read) as Promise<W>;
}

/** Gets one entity as a bound object (`getPool`, `getJob`…); `operation` names the call in errors. */
export async function getEntity<E extends PropertyContainer, K extends P, W extends object, P extends object>(
  caller: Caller,
  requests: ReadEntityRequests<E, K, W, P>,
  key: K,
  read: ReadCall,
): Promise<E> {
  return requests.wrap(caller.child(), await readEntity(caller, requests, key, read), key);
}

/**
 * Lists the entities of one parent, lazily, as bound objects (`listPools`, `listTasks`…); `operation`
 * replaces the type's list request for another list of the same entities (the jobs of a schedule).
 */
export function listEntities<E extends PropertyContainer, K extends P, W extends object, P extends object>(
  caller: Caller,
  requests: ListedEntityRequests<E, K, W, P>,
  parent: P,
  read: ReadCall,
  operation: OperationName = requests.list,
): PagedEnumerable<E> {
  return caller.list(operation, parent as never, read, (wire) =>
    requests.wrap(caller.child(), wire as W, parent),
  );
}

/**
 * `commit`, `replace`, `commitChanges` and `refresh` of one entity: the binding-state checks and body
 * rules of this module applied to the entity type's own {@link EntityRequests}.
 */
export class EntityLifecycle<
  E extends PropertyContainer,
  K extends P,
  W extends object,
  P extends object = Record<never, never>,
> {
  /** Binds the lifecycle to one entity, the caller its requests go through, and its type's requests. */
  constructor(
    private readonly entity: E,
    private readonly caller: Caller,
    private readonly requests: EntityRequests<E, K, W, P>,
  ) {}

  /** Unbound: creates the entity, then freezes it. Bound: replaces its updatable properties. */
  async commit(call?: CallOptions): Promise<void> {
    const { entity, caller, requests } = this;
    const { create, replace, get } = requests;
    if (isBound(entity) && replace !== undefined) return this.replace(call);
    requireState(entity, "unbound", "commit");
    if (create === undefined) throw new TypeError(`${typeNameOf(entity)} cannot be created by commit()`);
    const protocol = caller.protocol;
    const body: object = createBody(entity);
    const parent = requests.parent?.(entity) ?? ({} as P);
    if (get === undefined) {
      await create.send(protocol, { ...caller.options(call), ...parent }, body);
      markSaved(entity);
      return;
    }
    await createTolerantOfLostResponse(
      caller.options(call),
      body,
      (options) => create.send(protocol, { ...options, ...parent }, body),
      () =>
        readEntity(caller, requests, requests.key(entity), {
          operation: "commit",
          detailLevel: undefined,
          call,
        }),
    );
    markCreated(entity);
  }

  /** Replaces the updatable properties with the entity's values (a bound commit). */
  async replace(call?: CallOptions): Promise<void> {
    const { entity, caller, requests } = this;
    const replace = requests.replace;
    if (replace === undefined) throw new TypeError(`${typeNameOf(entity)} cannot be replaced`);
    requireReplaceable(entity);
    const protocol = caller.protocol;
    const request = { ...caller.options(call), ...requests.key(entity) };
    await replace.send(protocol, request, replaceBody(entity, replace.definition));
    markSaved(entity);
  }

  /**
   * Sends the changed properties as a PATCH; nothing at all when none changed. Bound entities only.
   * @throws TypeError when the entity type has no patch request.
   */
  async commitChanges(call?: CallOptions): Promise<void> {
    const { entity, caller, requests } = this;
    const patch = requests.patch;
    if (patch === undefined) throw new TypeError(`${typeNameOf(entity)} cannot be patched`);
    requireState(entity, "bound", "commitChanges");
    const body = patchBody<object>(entity, patch.definition);
    if (body === undefined) return;
    const protocol = caller.protocol;
    await patch.send(protocol, { ...caller.options(call), ...requests.key(entity) }, body);
    markSaved(entity);
  }

  /** Replaces the entity's state with the service's and binds it. */
  async refresh(detailLevel: DetailLevel | undefined, call: CallOptions | undefined): Promise<void> {
    const { entity, caller, requests } = this;
    const read = { operation: "refresh", detailLevel, call };
    loadBound(entity, await readEntity(caller, requests, requests.key(entity), read));
  }
}
