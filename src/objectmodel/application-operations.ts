/**
 * `ApplicationOperations`: the application packages of the account.
 * @module
 */
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { DetailLevel } from "./detail-level.js";
import { applyDetailLevel } from "./detail-level.js";
import { ApplicationSummary } from "./generated/values.generated.js";
import { PagedEnumerable } from "./paged-enumerable.js";
import { valueFromWire } from "./runtime/property-container.js";

/** Application operations (Batch .NET `ApplicationOperations`), reached as `batchClient.applicationOperations`. */
export class ApplicationOperations {
  readonly #caller: Caller;

  /** @internal Created by `BatchClient`. */
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

  /** Gets one application and its versions. */
  async getApplicationSummary(applicationId: string, call?: CallOptions): Promise<ApplicationSummary> {
    const { body } = await this.#caller.protocol.application.get({
      ...this.#caller.options(call),
      applicationId,
    });
    return valueFromWire(ApplicationSummary, body);
  }

  /** Lists the account's applications (lazily). The service supports no detail-level clauses here. */
  listApplicationSummaries(
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<ApplicationSummary> {
    applyDetailLevel(detailLevel, {}, "listApplicationSummaries");
    return PagedEnumerable.from(
      () => this.#caller.protocol.application.list({ ...this.#caller.options(call) }),
      (wire) => valueFromWire(ApplicationSummary, wire),
    );
  }
}
