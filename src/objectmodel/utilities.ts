/**
 * `Utilities`: helpers that are not tied to one resource.
 * @module
 */
import type { BatchClientBehavior } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { TaskStateMonitor } from "./task-state-monitor.js";

/** Batch .NET `Utilities`, reached as `batchClient.utilities`. */
export class Utilities {
  readonly #caller: Caller;

  /** @internal Created by `BatchClient`. */
  constructor(caller: Caller) {
    this.#caller = caller;
  }

  /** The behaviors applied to the requests of the helpers created here (a copy of the client's). */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }
  /** Replaces the list (later changes to the array take effect too); a TypeError if it is not behaviors. */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  /** A monitor that waits for tasks to reach a state; it polls with this object's behaviors. */
  createTaskStateMonitor(): TaskStateMonitor {
    return new TaskStateMonitor(this.#caller.child());
  }
}
