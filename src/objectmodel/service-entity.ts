/**
 * The bases of every entity: each passes its own request table, the lifecycle itself lives here once.
 * `ServiceEntity` adds the `commit()` / `refresh()` of the entities the service creates and reads back
 * (`CloudPool`, `CloudJob`, `CloudJobSchedule`, `Certificate`, `CloudTask`).
 * @module
 */
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { DetailLevel } from "./detail-level.js";
import { InvalidOperationException } from "./errors.js";
import {
  bindingStateOf,
  EntityLifecycle,
  loadBound,
  type BindingState,
  type EntityRequests,
} from "./runtime/entity-lifecycle.js";
import { PropertyContainer, typeNameOf, type TypeSpec } from "./runtime/property-container.js";

/**
 * @internal What an entity passes to its base: the caller its requests go through (none yet for a task
 * built locally, which gets one when it is added), its type's request table, and the service's data
 * when it is bound.
 */
export type ServiceEntityArguments = [
  caller: Caller | undefined,
  requests: EntityRequests<PropertyContainer, object, object>,
  wire?: object,
];

/**
 * The base of every entity: an object with a binding state whose requests go through its own caller
 * (and so its own `customBehaviors`), driven by its type's request table.
 */
export abstract class EntityBase extends PropertyContainer {
  #caller: Caller | undefined;
  readonly #requests: EntityRequests<PropertyContainer, object, object>;

  /** @internal Registers the property table, then binds the entity to the service data when given. */
  protected constructor(spec: TypeSpec, ...[caller, requests, wire]: ServiceEntityArguments) {
    super(spec);
    this.#caller = caller;
    this.#requests = requests;
    if (wire !== undefined) loadBound(this, wire);
  }

  /** `"unbound"` until the entity is read from the service. */
  get bindingState(): BindingState {
    return bindingStateOf(this);
  }

  /** The behaviors applied to this entity's requests (a copy of its parent's; empty while it has none). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller?.behaviors ?? [];
  }
  /**
   * Replaces the list (later changes to the array take effect too).
   * @throws TypeError if it is not behaviors; InvalidOperationException on an entity that was never sent.
   */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.caller.behaviors = value;
  }

  /**
   * @internal The caller the entity's own operations go through.
   * @throws InvalidOperationException for an entity built locally and never sent (a task not yet added).
   */
  protected get caller(): Caller {
    if (this.#caller === undefined) {
      throw new InvalidOperationException(this.#requests.unattached ?? `${typeNameOf(this)} has no caller`);
    }
    return this.#caller;
  }

  /** @internal Gives an entity built locally the caller of its later requests (a task, once added). */
  protected attach(caller: Caller): void {
    this.#caller = caller;
  }

  /** @internal The shared lifecycle, applied to this entity with its type's requests. */
  protected get lifecycle(): EntityLifecycle<PropertyContainer, object, object> {
    return new EntityLifecycle<PropertyContainer, object, object>(this, this.caller, this.#requests);
  }
}

/** An entity created on the service by `commit()` and read back by `refresh()`. */
export abstract class ServiceEntity extends EntityBase {
  /**
   * Unbound: creates the entity on the service, after which this object is read-only until refreshed.
   * Bound (where the service allows it): replaces every updatable property with this object's values;
   * the entity's own documentation lists them.
   */
  async commit(call?: CallOptions): Promise<void> {
    return this.lifecycle.commit(call);
  }

  /** Replaces this object's state with the service's (binding it if it was committed unbound). */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    return this.lifecycle.refresh(detailLevel, call);
  }

  /** @internal Sends the changed properties; exposed as `commitChanges()` by {@link PatchableEntity}. */
  protected async patch(call?: CallOptions): Promise<void> {
    return this.lifecycle.commitChanges(call);
  }
}

/** A {@link ServiceEntity} whose bound state can also be saved property by property. */
export abstract class PatchableEntity extends ServiceEntity {
  /** Sends only the properties changed since the entity was read (a PATCH); nothing at all when none changed. Bound entities only. */
  commitChanges(call?: CallOptions): Promise<void> {
    return this.patch(call);
  }
}
