/**
 * `ApplicationOperations`: the application packages of the account.
 * @module
 */
import type { CallOptions } from "./behaviors.js";
import { InheritedBehaviors } from "./inherited-behaviors.js";
import type { DetailLevel } from "./detail-level.js";
import { ApplicationSummary } from "./generated/values.generated.js";
import type { PagedEnumerable } from "./paged-enumerable.js";
import { valueFromWire } from "./runtime/property-container.js";

/** Application operations (Batch .NET `ApplicationOperations`), reached as `batchClient.applicationOperations`. */
export class ApplicationOperations extends InheritedBehaviors {
  /** Gets one application and its versions. */
  async getApplicationSummary(applicationId: string, call?: CallOptions): Promise<ApplicationSummary> {
    return valueFromWire(
      ApplicationSummary,
      await this.caller.body("application.get", { applicationId }, call),
    );
  }

  /** Lists the account's applications (lazily). The service supports no detail-level clauses here. */
  listApplicationSummaries(
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): PagedEnumerable<ApplicationSummary> {
    const read = { operation: "listApplicationSummaries", detailLevel, call };
    return this.caller.list("application.list", {}, read, (wire) => valueFromWire(ApplicationSummary, wire));
  }
}
