/**
 * `ComputeNodeUser`: a user account on a compute node.
 * @module
 */
import type {
  ComputeNodeUser as ComputeNodeUserWire,
  NodeUpdateUserParameter,
} from "../protocol/models.generated.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { ComputeNodeUserCommitSemantics } from "./generated/enums.generated.js";
import { ComputeNodeUserProperties } from "./generated/entity-properties.generated.js";
import { bodyFields, createBody, markSaved, replaceBody } from "./runtime/entity-lifecycle.js";
import { changedProperties, peekProperty } from "./runtime/property-container.js";
import { InvalidOperationException } from "./errors.js";

/** The definition of the `UpdateUser` body: the fields that request can change. */
const UPDATE_DEFINITION = "NodeUpdateUserParameter";

/** Whether {@link ComputeNodeUser.commit} creates the account or updates an existing one (Batch .NET `ComputeNodeUserCommitSemantics`). */
export { ComputeNodeUserCommitSemantics };

/** A user account on a node (Batch .NET `ComputeNodeUser`), from `createComputeNodeUser()`. */
export class ComputeNodeUser extends ComputeNodeUserProperties {
  readonly #caller: Caller;
  readonly #node: { readonly poolId: string; readonly nodeId: string };

  /** @internal Created by `PoolOperations.createComputeNodeUser` / `ComputeNode.createComputeNodeUser`. */
  constructor(caller: Caller, node: { poolId: string; nodeId: string }) {
    super();
    this.#caller = caller;
    this.#node = { poolId: node.poolId, nodeId: node.nodeId };
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
    if (commitSemantics === ComputeNodeUserCommitSemantics.AddUser) {
      const user = createBody<ComputeNodeUserWire>(this);
      await this.#caller.send("computeNode.addUser", { ...this.#node, user }, call);
      markSaved(this);
      return;
    }
    const updatable = bodyFields(UPDATE_DEFINITION);
    const unsent = changedProperties(this).filter((n) => n !== "name" && !updatable.has(n));
    if (unsent.length > 0) {
      throw new InvalidOperationException(
        `ComputeNodeUser.commit(UpdateUser) cannot change ${unsent.map((n) => `ComputeNodeUser.${n}`).join(", ")}: ` +
          `updating an account sets only ${[...updatable].join(", ")}; delete and add the account instead.`,
      );
    }
    const nodeUpdateUserParameter = replaceBody<NodeUpdateUserParameter>(this, UPDATE_DEFINITION);
    await this.#caller.send(
      "computeNode.updateUser",
      { ...this.#node, userName: this.#name, nodeUpdateUserParameter },
      call,
    );
    markSaved(this);
  }

  get #name(): string {
    return peekProperty(this, "name") as string;
  }

  /** Deletes the account from the node. */
  async delete(call?: CallOptions): Promise<void> {
    await this.#caller.send("computeNode.deleteUser", { ...this.#node, userName: this.#name }, call);
  }
}
