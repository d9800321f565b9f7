/**
 * What every operations object and entity carries: the protocol client, its own copy of the
 * behaviors, and the open/closed state of the `BatchClient` it came from.
 * @module
 */
import type { OperationOptions } from "../protocol/operation-types.js";
import type { ProtocolClient } from "../protocol/client.js";
import {
  checkBehaviors,
  inheritBehaviors,
  resolveRequestOptions,
  type BatchClientBehavior,
  type CallOptions,
} from "./behaviors.js";
import {
  applyDetailLevel,
  type DetailLevel,
  type DetailLevelQuery,
  type SupportedClauses,
} from "./detail-level.js";
import { InvalidOperationException } from "./errors.js";
import { PagedEnumerable, type PageSource } from "./paged-enumerable.js";

/** The `BatchClient` state shared by everything it created. */
export interface ClientHandle {
  /** The protocol client requests go through. */
  readonly protocol: ProtocolClient;
  /** True after `BatchClient.close()`. */
  readonly closed: boolean;
}

/** One get or list call: which operation it is, what it accepts, and what the user passed. */
export interface ReadCall {
  /** The operation's name, used in detail-level errors. */
  readonly operation: string;
  /** The OData clauses the operation accepts. */
  readonly clauses: SupportedClauses;
  /** The user's detail level, if any. */
  readonly detailLevel: DetailLevel | undefined;
  /** The user's call options, if any. */
  readonly call: CallOptions | undefined;
}

/** Protocol parameters a read request starts from: the call's options plus the detail level's query. */
export type ReadOptions = OperationOptions & DetailLevelQuery;

/**
 * Sends requests on behalf of one object. `behaviors` is that object's `customBehaviors` list: a copy
 * of its parent's, so changing it affects this object and whatever it creates later, never the parent.
 */
export class Caller {
  #behaviors: BatchClientBehavior[];

  /** Binds a client handle to a behavior list (copied). */
  constructor(
    private readonly client: ClientHandle,
    behaviors: readonly BatchClientBehavior[],
  ) {
    this.#behaviors = inheritBehaviors(behaviors);
  }

  /** The behaviors applied to every request of the owner (the owner's `customBehaviors`). */
  get behaviors(): BatchClientBehavior[] {
    return this.#behaviors;
  }

  /**
   * Replaces the list (the owner's `customBehaviors` setter); the array itself is kept, so later
   * changes to it take effect too.
   * @throws TypeError when the value is not an array of `BatchClientBehavior`.
   */
  set behaviors(value: BatchClientBehavior[]) {
    checkBehaviors(value, "customBehaviors");
    this.#behaviors = value;
  }

  /**
   * The protocol client, once the `BatchClient` is known to be open.
   * @throws InvalidOperationException after `BatchClient.close()`.
   */
  get protocol(): ProtocolClient {
    if (this.client.closed) {
      throw new InvalidOperationException(
        "The BatchClient has been closed; open a new one to make requests.",
      );
    }
    return this.client.protocol;
  }

  /** Protocol call options (signal and pipeline settings) for one call. */
  options(call?: CallOptions): OperationOptions {
    call?.signal?.throwIfAborted();
    return {
      ...(call?.signal ? { signal: call.signal } : {}),
      requestOptions: resolveRequestOptions(this.#behaviors, call),
    };
  }

  /**
   * Sends one read request and resolves to its body. The detail level is checked against the
   * operation's clauses before anything is sent.
   */
  async get<W>(
    read: ReadCall,
    send: (protocol: ProtocolClient, options: ReadOptions) => Promise<{ body: W }>,
  ): Promise<W> {
    const query = applyDetailLevel(read.detailLevel, read.clauses, read.operation);
    const { body } = await send(this.protocol, { ...this.options(read.call), ...query });
    return body;
  }

  /**
   * A lazy list: the detail level is checked now (throwing synchronously), the requests are sent
   * when an iteration starts, and `map` turns each wire item into its object-model form.
   */
  list<W, T>(
    read: ReadCall,
    send: (protocol: ProtocolClient, options: ReadOptions) => PageSource<W>,
    map: (wire: W) => T,
  ): PagedEnumerable<T> {
    const query = applyDetailLevel(read.detailLevel, read.clauses, read.operation);
    return PagedEnumerable.from(() => send(this.protocol, { ...this.options(read.call), ...query }), map);
  }

  /** A caller for a child object: same client, a copy of the current behaviors. */
  child(): Caller {
    return new Caller(this.client, this.behaviors);
  }
}
