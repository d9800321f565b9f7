/**
 * `ComputeNodeUser`: a user account on a compute node.
 * @module
 */
import type { ComputeNodeUser as ComputeNodeUserWire } from "../protocol/models.generated.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { ComputeNodeUserCommitSemantics } from "./generated/enums.generated.js";
import { ComputeNodeUserProperties } from "./generated/entity-properties.generated.js";
import { createBody, markSaved } from "./runtime/entity-lifecycle.js";
import { changedProperties, peekProperty, toWireObject } from "./runtime/property-container.js";
import { InvalidOperationException } from "./errors.js";

/** The fields an `UpdateUser` request sets (wire and object-model names are the same). */
const UPDATABLE: ReadonlySet<string> = new Set(["password", "expiryTime", "sshPublicKey"]);

/** Whether {@link ComputeNodeUser.commit} creates the account or updates an existing one (Batch .NET `ComputeNodeUserCommitSemantics`). */
export { ComputeNodeUserCommitSemantics };

/** A user account on a node (Batch .NET `ComputeNodeUser`), from `createComputeNodeUser()`. */
export class ComputeNodeUser extends ComputeNodeUserProperties {
  readonly #caller: Caller;
  readonly #poolId: string;
  readonly #computeNodeId: string;

  /** @internal Created by `PoolOperations.createComputeNodeUser` / `ComputeNode.createComputeNodeUser`. */
  constructor(caller: Caller, poolId: string, computeNodeId: string) {
    super();
    this.#caller = caller;
    this.#poolId = poolId;
    this.#computeNodeId = computeNodeId;
  }

  /** The behaviors applied to this object's requests. */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }
  /** Replaces the list (later changes to the array take effect too); a TypeError if it is not behaviors. */
  set customBehaviors(value: BatchClientBehavior[]) {
    this.#caller.behaviors = value;
  }

  /**
   * Creates the account (`AddUser`, the default) or updates an existing one (`UpdateUser`: password,
   * SSH public key and expiry time).
   * @throws InvalidOperationException for `UpdateUser` when another property was changed, which that
   *   request cannot send.
   */
  async commit(
    commitSemantics: ComputeNodeUserCommitSemantics = ComputeNodeUserCommitSemantics.AddUser,
    call?: CallOptions,
  ): Promise<void> {
    const ids = { poolId: this.#poolId, nodeId: this.#computeNodeId };
    if (commitSemantics === ComputeNodeUserCommitSemantics.AddUser) {
      await this.#caller.protocol.computeNode.addUser({
        ...this.#caller.options(call),
        ...ids,
        user: createBody<ComputeNodeUserWire>(this),
      });
      markSaved(this);
      return;
    }
    const unsent = changedProperties(this).filter((n) => n !== "name" && !UPDATABLE.has(n));
    if (unsent.length > 0) {
      throw new InvalidOperationException(
        `ComputeNodeUser.commit(UpdateUser) cannot change ${unsent.map((n) => `ComputeNodeUser.${n}`).join(", ")}: ` +
          "updating an account sets only password, expiryTime and sshPublicKey; delete and add the account instead.",
      );
    }
    const name = peekProperty(this, "name") as string;
    const body = toWireObject(this, { include: UPDATABLE });
    await this.#caller.protocol.computeNode.updateUser({
      ...this.#caller.options(call),
      ...ids,
      userName: name,
      nodeUpdateUserParameter: body,
    });
    markSaved(this);
  }

  /** Deletes the account from the node. */
  async delete(call?: CallOptions): Promise<void> {
    await this.#caller.protocol.computeNode.deleteUser({
      ...this.#caller.options(call),
      poolId: this.#poolId,
      nodeId: this.#computeNodeId,
      userName: peekProperty(this, "name") as string,
    });
  }
}
