/**
 * What every operations object and entity carries: the protocol client, its own copy of the
 * behaviors, and the open/closed state of the `BatchClient` it came from.
 * @module
 */
import type { OperationOptions } from "../protocol/operation-types.js";
import type { ProtocolClient } from "../protocol/client.js";
import {
  inheritBehaviors,
  resolveRequestOptions,
  type BatchClientBehavior,
  type CallOptions,
  type RequestKind,
} from "./behaviors.js";
import { InvalidOperationException } from "./errors.js";

/** The `BatchClient` state shared by everything it created. */
export interface ClientHandle {
  /** The protocol client requests go through. */
  readonly protocol: ProtocolClient;
  /** True after `BatchClient.close()`. */
  readonly closed: boolean;
}

/**
 * Sends requests on behalf of one object. `behaviors` is that object's `customBehaviors` list: a copy
 * of its parent's, so changing it affects this object and whatever it creates later, never the parent.
 */
export class Caller {
  /** The behaviors applied to every request of the owner. */
  readonly behaviors: BatchClientBehavior[];

  /** Binds a client handle to a behavior list (copied). */
  constructor(
    private readonly client: ClientHandle,
    behaviors: readonly BatchClientBehavior[],
  ) {
    this.behaviors = inheritBehaviors(behaviors);
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
  options(call?: CallOptions, kind?: RequestKind): OperationOptions {
    call?.signal?.throwIfAborted();
    return {
      ...(call?.signal ? { signal: call.signal } : {}),
      requestOptions: resolveRequestOptions(this.behaviors, call, kind),
    };
  }

  /** A caller for a child object: same client, a copy of the current behaviors. */
  child(): Caller {
    return new Caller(this.client, this.behaviors);
  }
}
