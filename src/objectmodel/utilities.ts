/**
 * `Utilities`: helpers that are not tied to one resource.
 * @module
 */
import { InheritedBehaviors } from "./inherited-behaviors.js";
import { TaskStateMonitor } from "./task-state-monitor.js";

/** Batch .NET `Utilities`, reached as `batchClient.utilities`. */
export class Utilities extends InheritedBehaviors {
  /** A monitor that waits for tasks to reach a state; it polls with this object's behaviors. */
  createTaskStateMonitor(): TaskStateMonitor {
    return new TaskStateMonitor(this.caller.child());
  }
}
