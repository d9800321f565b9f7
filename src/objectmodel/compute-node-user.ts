/**
 * `ComputeNodeUser`: a user account on a compute node.
 * @module
 */
import type {
  ComputeNodeUser as ComputeNodeUserWire,
  NodeUpdateUserParameter,
} from "../protocol/models.generated.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { ComputeNodeUserCommitSemantics } from "./generated/enums.generated.js";
import { ComputeNodeUserProperties } from "./generated/entity-properties.generated.js";
import { bodyFields, type EntityRequests } from "./runtime/entity-lifecycle.js";
import { changedProperties, peekProperty } from "./runtime/property-container.js";
import { InvalidOperationException } from "./errors.js";

/** The definition of the `UpdateUser` body: the fields that request can change. */
const UPDATE_DEFINITION = "NodeUpdateUserParameter";

/** The path parameters naming the node of an account. */
interface NodeKey {
  poolId: string;
  nodeId: string;
}

/** The path parameters naming one account. */
interface UserKey extends NodeKey {
  userName: string;
}

/** Whether {@link ComputeNodeUser.commit} creates the account or updates an existing one (Batch .NET `ComputeNodeUserCommitSemantics`). */
export { ComputeNodeUserCommitSemantics };

/**
 * A user account on a node (Batch .NET `ComputeNodeUser`), from `createComputeNodeUser()`. The service
 * never returns accounts, so the object stays unbound and writable after each commit.
 */
export class ComputeNodeUser extends ComputeNodeUserProperties {
  /** The requests behind an account's commit; an account lives on a node. */
  static readonly #requests: EntityRequests<ComputeNodeUser, UserKey, ComputeNodeUserWire, NodeKey> = {
    key: (account) => ({ ...account.#node, userName: peekProperty(account, "name") as string }),
    parent: (account) => account.#node,
    create: {
      send: (protocol, request, user: ComputeNodeUserWire) =>
        protocol.computeNode.addUser({ ...request, user }),
    },
    replace: {
      definition: UPDATE_DEFINITION,
      send: (protocol, request, nodeUpdateUserParameter: NodeUpdateUserParameter) =>
        protocol.computeNode.updateUser({ ...request, nodeUpdateUserParameter }),
    },
  };

  readonly #node: NodeKey;

  /** @internal Created by `PoolOperations.createComputeNodeUser` / `ComputeNode.createComputeNodeUser`. */
  constructor(caller: Caller, node: NodeKey) {
    super(caller, ComputeNodeUser.#requests);
    this.#node = { poolId: node.poolId, nodeId: node.nodeId };
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
    if (commitSemantics === ComputeNodeUserCommitSemantics.AddUser) return this.lifecycle.commit(call);
    const updatable = bodyFields(UPDATE_DEFINITION);
    const unsent = changedProperties(this).filter((n) => n !== "name" && !updatable.has(n));
    if (unsent.length > 0) {
      throw new InvalidOperationException(
        `ComputeNodeUser.commit(UpdateUser) cannot change ${unsent.map((n) => `ComputeNodeUser.${n}`).join(", ")}: ` +
          `updating an account sets only ${[...updatable].join(", ")}; delete and add the account instead.`,
      );
    }
    return this.lifecycle.replace(call);
  }

  /** Deletes the account from the node. */
  async delete(call?: CallOptions): Promise<void> {
    await this.caller.send("computeNode.deleteUser", ComputeNodeUser.#requests.key(this), call);
  }
}
