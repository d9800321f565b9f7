/**
 * Fault injection for the local Batch service, off by default: failed requests (500 / 503 with
 * `Retry-After`), dropped connections, lost responses, per-task `servererror` results in add-collection,
 * failing start tasks and dying nodes — deterministic for a seed. The returned {@link FaultController}
 * is `service.faults` on a started service.
 * @module
 */
import type { HandlerTable } from "../http/context.js";
import type { InjectedFault } from "../http/server.js";
import type { Store } from "../store/store.js";
import { withTaskServerErrors } from "./add-collection.js";
import { FaultInjector, type FaultStats } from "./injector.js";
import { NodeFaults } from "./node-faults.js";
import type { FaultOptions, ResolvedFaultOptions } from "./options.js";

export { FAULT_STATUSES, type FaultOptions, type FaultStatus, type ResolvedFaultOptions } from "./options.js";
export type { FaultStats } from "./injector.js";
export { seededRandom, streamSeed, type RandomSource } from "./random.js";

/** Runtime control of fault injection on a running service. */
export interface FaultController {
  /** Counters of the faults injected so far (live). */
  readonly stats: Readonly<FaultStats>;
  /** The options in force. */
  readonly options: ResolvedFaultOptions;
  /** Changes some options while the service runs (e.g. turn faults on after a test's setup); a seed restarts the generators. */
  configure(options: FaultOptions): void;
  /** Makes a node die: `unusable`, no new tasks, its running tasks requeued. */
  killNode(poolId: string, nodeId: string): void;
  /** Makes the start task fail on the next `count` nodes of a pool that run it (all of them by default). */
  failStartTask(poolId: string, count?: number): void;
}

/** Fault injection for one service: the hooks it installs, and the controller once bound to the store. */
export interface FaultInjection {
  /** The HTTP layer's per-request hook. */
  readonly requestFault: (operationId: string) => InjectedFault | undefined;
  /** Wraps the handler table with the handler-level faults. */
  readonly wrapHandlers: (handlers: HandlerTable) => HandlerTable;
  /** Binds the node faults to the service's store and returns the runtime controller. */
  attach(store: Store): FaultController;
}

/** Sets up fault injection; validates the options first (TypeError / RangeError on bad ones). */
export function createFaultInjection(options: FaultOptions = {}): FaultInjection {
  const injector = new FaultInjector(options);
  return {
    requestFault: (operationId) => injector.requestFault(operationId),
    wrapHandlers: (handlers) => withTaskServerErrors(handlers, injector),
    attach(store) {
      const nodes = new NodeFaults(store, injector);
      return {
        get stats() {
          return injector.stats;
        },
        get options() {
          return injector.options;
        },
        configure: (changes) => injector.configure(changes),
        killNode: (poolId, nodeId) => nodes.killNode(poolId, nodeId),
        failStartTask: (poolId, count) => nodes.failStartTask(poolId, count),
      };
    },
  };
}
