/**
 * `BatchClient`: the entry point of the object model.
 * @module
 */
import type { BatchCredentials } from "../auth/batch-credentials.js";
import { ProtocolClient, type ProtocolClientOptions } from "../protocol/client.js";
import { ApplicationOperations } from "./application-operations.js";
import { defaultRetryPolicy } from "../http/retry-policies.js";
import { BatchClientBehavior, RetryPolicyProvider, checkBehaviors } from "./behaviors.js";
import { Caller } from "./caller.js";
import { CertificateOperations } from "./certificate-operations.js";
import { InvalidOperationException } from "./errors.js";
import { JobOperations } from "./job-operations.js";
import { JobScheduleOperations } from "./job-schedule-operations.js";
import { PoolOperations } from "./pool-operations.js";
import { Utilities } from "./utilities.js";

/** Options of {@link BatchClient.open}. */
export interface BatchClientOptions {
  /** Behaviors to start with instead of the default retry policy provider. */
  customBehaviors?: readonly BatchClientBehavior[];
  /**
   * Settings of the underlying protocol client (user agent, a custom HTTP sender…). Its
   * `defaultTimeoutMs` is the per-attempt timeout of every request; its `retryPolicy` becomes the
   * policy of the client's default `RetryPolicyProvider` (when `customBehaviors` is not given).
   */
  protocolOptions?: ProtocolClientOptions;
}

/**
 * A connection to one Batch account (Batch .NET `BatchClient`).
 *
 * Each access to an operations property returns a new operations object holding a copy of
 * {@link BatchClient.customBehaviors} as they are at that moment; objects created from it inherit a
 * copy in turn. After {@link BatchClient.close} every request-making call throws `InvalidOperationException`.
 *
 * @example
 * ```ts
 * const batchClient = BatchClient.open(new BatchSharedKeyCredentials(url, account, key));
 * const pool = await batchClient.poolOperations.getPool("mypool");
 * ```
 */
export class BatchClient {
  /** The protocol client every request goes through. */
  readonly protocol: ProtocolClient;
  #customBehaviors: BatchClientBehavior[];
  #closed = false;

  private constructor(protocol: ProtocolClient, customBehaviors: readonly BatchClientBehavior[]) {
    this.protocol = protocol;
    checkBehaviors(customBehaviors, "customBehaviors");
    this.#customBehaviors = [...customBehaviors];
  }

  /**
   * Behaviors applied to every request (by default one `RetryPolicyProvider`). Change the array or
   * assign a new one, as in Batch .NET: `client.customBehaviors = client.customBehaviors.filter(…)`.
   * Without a `RetryPolicyProvider` in the list, requests are not retried.
   */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#customBehaviors;
  }

  /**
   * Replaces the list; the array itself is kept, so later changes to it take effect too.
   * @throws TypeError when the value is not an array of `BatchClientBehavior`.
   */
  set customBehaviors(value: BatchClientBehavior[]) {
    checkBehaviors(value, "customBehaviors");
    this.#customBehaviors = value;
  }

  /**
   * Opens a client for the account that `credentials` point at (`credentials.baseUrl`).
   * No request is made.
   */
  static open(credentials: BatchCredentials, options: BatchClientOptions = {}): BatchClient {
    if (credentials === null || typeof credentials !== "object" || typeof credentials.baseUrl !== "string") {
      throw new TypeError(
        "BatchClient.open: credentials must be BatchSharedKeyCredentials or BatchTokenCredentials",
      );
    }
    const protocol = new ProtocolClient(credentials.baseUrl, credentials, options.protocolOptions);
    const behaviors = options.customBehaviors ?? [
      new RetryPolicyProvider(options.protocolOptions?.retryPolicy ?? defaultRetryPolicy()),
    ];
    return new BatchClient(protocol, behaviors);
  }

  /** True after {@link BatchClient.close}. */
  get closed(): boolean {
    return this.#closed;
  }

  #caller(): Caller {
    if (this.#closed) throw new InvalidOperationException("The BatchClient has been closed; open a new one.");
    return new Caller(this, this.#customBehaviors);
  }

  /** Pools, compute nodes and their files. */
  get poolOperations(): PoolOperations {
    return new PoolOperations(this.#caller());
  }

  /** Jobs, tasks and task files. */
  get jobOperations(): JobOperations {
    return new JobOperations(this.#caller());
  }

  /** Job schedules. */
  get jobScheduleOperations(): JobScheduleOperations {
    return new JobScheduleOperations(this.#caller());
  }

  /** Account certificates. */
  get certificateOperations(): CertificateOperations {
    return new CertificateOperations(this.#caller());
  }

  /** Application packages. */
  get applicationOperations(): ApplicationOperations {
    return new ApplicationOperations(this.#caller());
  }

  /** Helpers such as the task state monitor. */
  get utilities(): Utilities {
    return new Utilities(this.#caller());
  }

  /** Closes the client: later requests through it or anything created from it throw. Idempotent. */
  close(): void {
    this.#closed = true;
  }
}
