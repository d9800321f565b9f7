/**
 * Decides which requests, tasks and nodes get a fault, from seeded generators (one per fault kind, so
 * that the faults of one kind do not shift when another kind's fraction changes), and counts them.
 * @module
 */
import { BatchServiceError, type ServiceErrorCode } from "../errors.js";
import type { InjectedFault } from "../http/server.js";
import { resolveFaultOptions, type FaultOptions, type ResolvedFaultOptions } from "./options.js";
import { seededRandom, streamSeed, type RandomSource } from "./random.js";

/** How many faults were injected so far, by kind. */
export interface FaultStats {
  /** Requests answered with an injected 500 / 503. */
  failedRequests: number;
  /** Connections destroyed before the request was processed. */
  droppedConnections: number;
  /** Requests processed whose response was then lost. */
  lostResponses: number;
  /** Add-collection tasks answered with `servererror` (and not added). */
  taskServerErrors: number;
  /** Start tasks that were made to fail. */
  startTaskFailures: number;
  /** Nodes made unusable through `killNode`. */
  killedNodes: number;
}

const STREAM = { request: 0, status: 1, task: 2, startTask: 3 } as const;

const FAILURES: Readonly<Record<number, { code: ServiceErrorCode; message: string }>> = {
  500: { code: "InternalError", message: "The service met an internal error (injected fault)." },
  503: { code: "ServerBusy", message: "The service is busy; retry the request later (injected fault)." },
};

/** The decision side of fault injection: options, generators and counters. */
export class FaultInjector {
  private current: ResolvedFaultOptions;
  private streams!: Record<keyof typeof STREAM, RandomSource>;
  /** Live counters. */
  readonly stats: FaultStats = {
    failedRequests: 0,
    droppedConnections: 0,
    lostResponses: 0,
    taskServerErrors: 0,
    startTaskFailures: 0,
    killedNodes: 0,
  };

  constructor(options: FaultOptions = {}) {
    this.current = resolveFaultOptions(options);
    this.reseed();
  }

  /** The options in force. */
  get options(): ResolvedFaultOptions {
    return this.current;
  }

  /** Changes some options; a `seed` given restarts every generator from it. */
  configure(options: FaultOptions): void {
    this.current = resolveFaultOptions(options, this.current);
    if (options.seed !== undefined) this.reseed();
  }

  private reseed(): void {
    const seed = this.current.seed;
    this.streams = {
      request: seededRandom(streamSeed(seed, STREAM.request)),
      status: seededRandom(streamSeed(seed, STREAM.status)),
      task: seededRandom(streamSeed(seed, STREAM.task)),
      startTask: seededRandom(streamSeed(seed, STREAM.startTask)),
    };
  }

  /** The fault for one request of `operationId`, or undefined to process it normally. */
  requestFault(operationId: string): InjectedFault | undefined {
    const o = this.current;
    if (o.failRequestFraction + o.dropConnectionFraction + o.loseResponseFraction === 0) return undefined;
    if (o.operations && !o.operations.has(operationId.toLowerCase())) return undefined;
    const draw = this.streams.request();
    if (draw < o.failRequestFraction) {
      this.stats.failedRequests++;
      const status = o.failStatuses[Math.floor(this.streams.status() * o.failStatuses.length)];
      const { code, message } = FAILURES[status];
      const error = new BatchServiceError(status, code, message, [], {
        "Retry-After": String(o.retryAfterSeconds),
      });
      return { kind: "fail", error };
    }
    if (draw < o.failRequestFraction + o.dropConnectionFraction) {
      this.stats.droppedConnections++;
      return { kind: "drop" };
    }
    if (draw < o.failRequestFraction + o.dropConnectionFraction + o.loseResponseFraction) {
      this.stats.lostResponses++;
      return { kind: "loseResponse" };
    }
    return undefined;
  }

  /** For each of `count` tasks of an add-collection, whether it gets a `servererror` result (not counted yet). */
  taskServerErrors(count: number): boolean[] {
    const f = this.current.taskServerErrorFraction;
    return Array.from({ length: count }, () => f > 0 && this.streams.task() < f);
  }

  /** Whether a node's start task, about to be reported done, fails by the configured fraction. */
  startTaskFailureDrawn(): boolean {
    if (this.current.startTaskFailureFraction === 0) return false;
    return this.streams.startTask() < this.current.startTaskFailureFraction;
  }
}
