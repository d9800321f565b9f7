/**
 * Behaviors: objects that change how the object model talks to the service (Batch .NET
 * `BatchClientBehavior` and its subclasses). A client's `customBehaviors` are copied to each
 * operations object and each entity it creates, and a call's `additionalBehaviors` come last.
 * @module
 */
import type { IRetryPolicy } from "../http/retry-decision.js";
import { ExponentialRetry, LinearRetry, NoRetry } from "../http/retry-policies.js";
import type { InterceptedRequest, RequestOptions } from "../http/types.js";
import { AddTaskStatus, AddTaskResultStatus, type AddTaskResult } from "./add-task/types.js";
import { AddTaskCollectionTerminatedException } from "./errors.js";

/** Base of every behavior. Only its subclasses have an effect. */
export abstract class BatchClientBehavior {}

/**
 * Sets the retry policy for requests (Batch .NET `RetryPolicyProvider`); the last one in the list wins.
 * A request whose behaviors hold none is not retried, as in Batch .NET.
 */
export class RetryPolicyProvider extends BatchClientBehavior {
  /** The policy the pipeline consults after each failed attempt. */
  readonly policy: IRetryPolicy;

  /** Wraps any retry policy: a built-in one or your own class implementing {@link IRetryPolicy}. */
  constructor(policy: IRetryPolicy) {
    super();
    if (!policy || typeof policy.shouldRetry !== "function") {
      throw new TypeError("RetryPolicyProvider needs a retry policy with a shouldRetry method");
    }
    this.policy = policy;
  }

  /**
   * Waits 2^n × `deltaBackoff` milliseconds before retry n (n = 0, 1, …), at most `maxBackoff`, or
   * the service's `Retry-After` when it sends one; gives up after `maxRetries` retries.
   */
  static exponentialRetryProvider(
    deltaBackoff: number,
    maxRetries: number,
    maxBackoff?: number,
  ): RetryPolicyProvider {
    return new RetryPolicyProvider(new ExponentialRetry(deltaBackoff, maxRetries, maxBackoff));
  }

  /** Waits `deltaBackoff` milliseconds before every retry; gives up after `maxRetries` retries. */
  static linearRetryProvider(deltaBackoff: number, maxRetries: number): RetryPolicyProvider {
    return new RetryPolicyProvider(new LinearRetry(deltaBackoff, maxRetries));
  }

  /** Never retries. */
  static noRetryProvider(): RetryPolicyProvider {
    return new RetryPolicyProvider(new NoRetry());
  }
}

/** Changes a request before it is sent. */
export type ModificationInterceptHandler = (request: InterceptedRequest) => void | Promise<void>;

/**
 * Runs a function on every request before it is sent (Batch .NET `Protocol.RequestInterceptor`):
 * it may change headers, the URL's query string and the per-attempt timeout. Interceptors run in
 * the order they appear in the behavior lists.
 */
export class RequestInterceptor extends BatchClientBehavior {
  /** The function applied to each request. */
  modificationInterceptHandler: ModificationInterceptHandler;

  /** Creates an interceptor from a function. */
  constructor(modificationInterceptHandler: ModificationInterceptHandler) {
    super();
    if (typeof modificationInterceptHandler !== "function") {
      throw new TypeError("RequestInterceptor needs a function");
    }
    this.modificationInterceptHandler = modificationInterceptHandler;
  }
}

/**
 * Sets timeouts on every request (Batch .NET `BatchRequestTimeout`): `serverTimeout` is sent as
 * the `timeout` query parameter (whole seconds, the longest the service may spend on the request)
 * and `clientTimeout` replaces the per-attempt client timeout. Both are milliseconds.
 */
export class BatchRequestTimeout extends RequestInterceptor {
  /** Server-side processing limit in milliseconds (sent rounded down to whole seconds). */
  serverTimeout?: number;
  /** Per-attempt client timeout in milliseconds. */
  clientTimeout?: number;

  /** Creates the behavior; leave a value undefined to keep the default. */
  constructor(serverTimeout?: number, clientTimeout?: number) {
    super((request) => this.apply(request));
    checkDuration("BatchRequestTimeout serverTimeout", serverTimeout, 1000);
    checkDuration("BatchRequestTimeout clientTimeout", clientTimeout, 1);
    this.serverTimeout = serverTimeout;
    this.clientTimeout = clientTimeout;
  }

  private apply(request: InterceptedRequest): void {
    if (this.clientTimeout !== undefined) request.timeoutMs = this.clientTimeout;
    if (this.serverTimeout !== undefined) {
      request.url.searchParams.set("timeout", String(Math.floor(this.serverTimeout / 1000)));
    }
  }
}

/**
 * Chooses the `client-request-id` of each attempt (Batch .NET `ClientRequestIdProvider`); the
 * function is called again for every retry. The last provider in the list wins.
 */
export class ClientRequestIdProvider extends BatchClientBehavior {
  /** Produces a client request id (a UUID string). */
  readonly generateClientRequestIdFunc: () => string;

  /** Creates the provider from a function returning a UUID string. */
  constructor(generateClientRequestIdFunc: () => string) {
    super();
    if (typeof generateClientRequestIdFunc !== "function") {
      throw new TypeError("ClientRequestIdProvider needs a function");
    }
    this.generateClientRequestIdFunc = generateClientRequestIdFunc;
  }
}

/** Decides what an add-task result means; throw `AddTaskCollectionTerminatedException` to stop the call. */
export type AddTaskResultHandlerFunction = (
  result: AddTaskResult,
  signal?: AbortSignal,
) => AddTaskResultStatus;

/**
 * Classifies each per-task result of a multi-task add (Batch .NET `AddTaskCollectionResultHandler`).
 * The last handler in the list wins; without one,
 * {@link AddTaskCollectionResultHandler.defaultAddTaskCollectionResultHandler} applies.
 */
export class AddTaskCollectionResultHandler extends BatchClientBehavior {
  /** The classification function. */
  resultHandler: AddTaskResultHandlerFunction;

  /** Creates the behavior from a classification function. */
  constructor(resultHandler: AddTaskResultHandlerFunction) {
    super();
    if (typeof resultHandler !== "function")
      throw new TypeError("AddTaskCollectionResultHandler needs a function");
    this.resultHandler = resultHandler;
  }

  /**
   * The default classification: success is success; a server error is retried; `TaskExists` is a
   * success only on a resubmission (the earlier submission evidently reached the service), while on
   * the first submission it is a real conflict; any other client error ends the call with
   * `AddTaskCollectionTerminatedException`.
   */
  static defaultAddTaskCollectionResultHandler(this: void, result: AddTaskResult): AddTaskResultStatus {
    switch (result.status) {
      case AddTaskStatus.Success:
        return AddTaskResultStatus.Success;
      case AddTaskStatus.ServerError:
        return AddTaskResultStatus.Retry;
      default:
        if (result.error?.code === "TaskExists" && result.retryCount > 0) return AddTaskResultStatus.Success;
        throw new AddTaskCollectionTerminatedException(result);
    }
  }
}

/** A request-making call's last optional argument: cancellation and per-call behaviors. */
export interface CallOptions {
  /** Cancels the operation; it rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Applied after the inherited behaviors of the client / operations object / entity. */
  additionalBehaviors?: readonly BatchClientBehavior[];
}

const NO_RETRY = new NoRetry();

/** A copy of a behavior list, for a child object to own (changes to the copy do not reach the parent). */
export function inheritBehaviors(parent: readonly BatchClientBehavior[]): BatchClientBehavior[] {
  checkBehaviors(parent, "behaviors");
  return [...parent];
}

/** The inherited behaviors followed by the call's additional ones, checked. */
export function effectiveBehaviors(
  behaviors: readonly BatchClientBehavior[],
  call?: CallOptions,
): BatchClientBehavior[] {
  checkBehaviors(behaviors, "behaviors");
  const extra = call?.additionalBehaviors ?? [];
  checkBehaviors(extra, "additionalBehaviors");
  return [...behaviors, ...extra];
}

/**
 * Translates behaviors (plus a call's additional behaviors and signal) into pipeline request
 * options: the last retry policy provider and client-request-id provider win (without a retry
 * policy provider, no retries), interceptors run in order. The per-attempt timeout is left to the
 * pipeline's defaults (an interceptor may still change it).
 */
export function resolveRequestOptions(
  behaviors: readonly BatchClientBehavior[],
  call?: CallOptions,
): RequestOptions {
  const all = effectiveBehaviors(behaviors, call);
  const options: RequestOptions = { retryPolicy: NO_RETRY };
  const interceptors: ModificationInterceptHandler[] = [];
  for (const behavior of all) {
    if (behavior instanceof RetryPolicyProvider) options.retryPolicy = behavior.policy;
    else if (behavior instanceof ClientRequestIdProvider)
      options.clientRequestIdProvider = behavior.generateClientRequestIdFunc;
    else if (behavior instanceof RequestInterceptor) {
      const interceptor = behavior;
      // Read the handler at send time so later edits to the behavior's property take effect.
      interceptors.push((request) => interceptor.modificationInterceptHandler(request));
    }
  }
  if (interceptors.length > 0) options.interceptors = interceptors;
  if (call?.signal) options.signal = call.signal;
  return options;
}

/** The result handler in effect: the last `AddTaskCollectionResultHandler`, or the default one. */
export function resolveAddTaskResultHandler(
  behaviors: readonly BatchClientBehavior[],
): AddTaskResultHandlerFunction {
  let handler: AddTaskResultHandlerFunction =
    AddTaskCollectionResultHandler.defaultAddTaskCollectionResultHandler;
  for (const behavior of behaviors) {
    if (behavior instanceof AddTaskCollectionResultHandler) handler = behavior.resultHandler;
  }
  return handler;
}

/**
 * Checks a behavior list.
 * @throws TypeError when it is not an array of `BatchClientBehavior`.
 */
export function checkBehaviors(list: readonly BatchClientBehavior[], what: string): void {
  if (!Array.isArray(list)) throw new TypeError(`${what} must be an array of BatchClientBehavior`);
  list.forEach((behavior, index) => {
    if (!(behavior instanceof BatchClientBehavior)) {
      throw new TypeError(`${what}[${index}] is not a BatchClientBehavior`);
    }
  });
}

function checkDuration(what: string, value: number | undefined, minimum: number): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < minimum) {
    throw new RangeError(`${what} must be a number of milliseconds ≥ ${minimum}`);
  }
}
