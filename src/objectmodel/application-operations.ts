/**
 * `ApplicationOperations`: the application packages of the account.
 * @module
 */
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { DetailLevel } from "./detail-level.js";
import { ApplicationSummary } from "./generated/values.generated.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
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
    return valueFromWire(
      ApplicationSummary,
      await this.#caller.body("application.get", { applicationId }, call),
    );
  }

  /** Lists the account's applications (lazily). The service supports no detail-level clauses here. */
  listApplicationSummaries(
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<ApplicationSummary> {
    const read = { operation: "listApplicationSummaries", detailLevel, call };
    return this.#caller.list("application.list", {}, read, (wire) => valueFromWire(ApplicationSummary, wire));
  }
}
