/**
 * The base of the entities whose binding state the service drives with create, replace, patch and get
 * requests (`CloudPool`, `CloudJob`, `CloudJobSchedule`, `Certificate`): each passes its own request
 * table, the lifecycle itself lives here once.
 * @module
 */
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { DetailLevel } from "./detail-level.js";
import {
  bindingStateOf,
  EntityLifecycle,
  loadBound,
  type BindingState,
  type EntityRequests,
} from "./runtime/entity-lifecycle.js";
import { PropertyContainer, type TypeSpec } from "./runtime/property-container.js";

/**
 * @internal What an entity passes to its base: the caller its requests go through, its type's request
 * table, and the service's data when it is bound.
 */
export type ServiceEntityArguments = [
  caller: Caller,
  requests: EntityRequests<PropertyContainer, object, object>,
  wire?: object,
];

/** An entity created on the service by `commit()` and read back by `refresh()`. */
export abstract class ServiceEntity extends PropertyContainer {
  readonly #caller: Caller;
  readonly #lifecycle: EntityLifecycle<PropertyContainer, object, object>;

  /** @internal Registers the property table, then binds the entity to the service data when given. */
  protected constructor(spec: TypeSpec, ...[caller, requests, wire]: ServiceEntityArguments) {
    super(spec);
    this.#caller = caller;
    this.#lifecycle = new EntityLifecycle<PropertyContainer, object, object>(this, caller, requests);
    if (wire !== undefined) loadBound(this, wire);
  }

  /** `"unbound"` until the entity is read from the service. */
  get bindingState(): BindingState {
    return bindingStateOf(this);
  }

  /** The behaviors applied to this entity's requests (a copy of its parent's). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }
  /** Replaces the list (later changes to the array take effect too); a TypeError if it is not behaviors. */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  /** @internal The caller the entity's own operations go through. */
  protected get caller(): Caller {
    return this.#caller;
  }

  /**
   * Unbound: creates the entity on the service, after which this object is read-only until refreshed.
   * Bound (where the service allows it): replaces every updatable property with this object's values;
   * the entity's own documentation lists them.
   */
  commit(call?: CallOptions): Promise<void> {
    return this.#lifecycle.commit(call);
  }

  /** Replaces this object's state with the service's (binding it if it was committed unbound). */
  refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    return this.#lifecycle.refresh(detailLevel, call);
  }

  /** @internal Sends the changed properties; exposed as `commitChanges()` by {@link PatchableEntity}. */
  protected patch(call?: CallOptions): Promise<void> {
    return this.#lifecycle.commitChanges(call);
  }
}

/** A {@link ServiceEntity} whose bound state can also be saved property by property. */
export abstract class PatchableEntity extends ServiceEntity {
  /** Sends only the properties changed since the entity was read (a PATCH); nothing at all when none changed. Bound entities only. */
  commitChanges(call?: CallOptions): Promise<void> {
    return this.patch(call);
  }
}
