/**
 * `InheritedBehaviors`: the base of the objects `BatchClient` hands out (the operations classes and
 * `Utilities`), which carry a copy of the client's behaviors and pass a copy on to what they create.
 * @module
 */
import type { BatchClientBehavior } from "./behaviors.js";
import type { Caller } from "./caller.js";

/**
 * An object with its own `customBehaviors` (Batch .NET `IInheritedBehaviors`): a copy of its parent's
 * list, applied to every request made through it and copied into every object it creates.
 */
export abstract class InheritedBehaviors {
  readonly #caller: Caller;

  /** @internal Created by `BatchClient`, with a copy of the client's behaviors. */
  constructor(caller: Caller) {
    this.#caller = caller;
  }

  /** The behaviors applied to every request made through this object (a copy of the client's). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }
  /** Replaces the list (later changes to the array take effect too); a TypeError if it is not behaviors. */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  /** @internal The caller this object's requests go through. */
  protected get caller(): Caller {
    return this.#caller;
  }
}
