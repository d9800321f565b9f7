/**
 * Bound access against the local Batch service: what `commit()` and `commitChanges()` each send, and
 * that an edit neither request can carry is refused instead of being lost.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import {
  BatchClient,
  BatchPoolIdentity,
  BatchSharedKeyCredentials,
  ComputeNodeUserCommitSemantics,
  ImageReference,
  InvalidOperationException,
  MetadataItem,
  NodeVMExtension,
  PoolIdentityType,
  UserAssignedIdentity,
  VirtualMachineConfiguration,
  type CloudPool,
} from "../../../src/index.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";

let service: LocalBatchService;
let client: BatchClient;

beforeAll(async () => {
  service = await startLocalBatchService({ timeScale: 0 });
  client = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
});

afterAll(async () => {
  client?.close();
  await service?.close();
});

const vmConfiguration = () =>
  new VirtualMachineConfiguration(
    new ImageReference(LINUX_VM_CONFIGURATION.imageReference),
    LINUX_VM_CONFIGURATION.nodeAgentSKUId,
  );

async function boundPool(
  poolId: string,
  init: Partial<Pick<CloudPool, "identity">> = {},
): Promise<CloudPool> {
  const pool = client.poolOperations.createPool({
    poolId,
    virtualMachineSize: "standard_d2s_v3",
    virtualMachineConfiguration: vmConfiguration(),
    targetDedicatedComputeNodes: 0,
  });
  pool.displayName = "before";
  if (init.identity !== undefined) pool.identity = init.identity;
  await pool.commit();
  return client.poolOperations.getPool(poolId);
}

const IDENTITY_ID =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/reader";

describe("a bound pool", () => {
  it("refuses commit() while a change only commitChanges() can send is pending, naming it, and sends nothing", async () => {
    const pool = await boundPool("bound-display-name");
    pool.displayName = "after";
    pool.metadata = [new MetadataItem("owner", "team-a")];
    const refused = pool.commit();
    await expect(refused).rejects.toThrow(InvalidOperationException);
    await expect(refused).rejects.toThrow(/CloudPool\.displayName.*commitChanges\(\)/);
    const onService = await client.poolOperations.getPool("bound-display-name");
    expect(onService.displayName).toBe("before");
    expect(onService.metadata ?? []).toEqual([]);

    // The refused edits are still pending: commitChanges() sends every one of them.
    await pool.commitChanges();
    const patched = await client.poolOperations.getPool("bound-display-name");
    expect(patched.displayName).toBe("after");
    expect(patched.metadata?.map((m) => [m.name, m.value])).toEqual([["owner", "team-a"]]);
  });

  it("names every pending patch-only property (virtualMachineSize, taskSlotsPerNode, resourceTags)", async () => {
    const pool = await boundPool("bound-many");
    pool.virtualMachineSize = "standard_d4s_v3";
    pool.taskSlotsPerNode = 4;
    pool.resourceTags = { team: "a" };
    await expect(pool.commit()).rejects.toThrow(
      /CloudPool\.virtualMachineSize, CloudPool\.taskSlotsPerNode, CloudPool\.resourceTags/,
    );
    await pool.commitChanges();
    const patched = await client.poolOperations.getPool("bound-many");
    expect([patched.virtualMachineSize, patched.taskSlotsPerNode, patched.resourceTags]).toEqual([
      "standard_d4s_v3",
      4,
      { team: "a" },
    ]);
  });

  it("commit() sends a change updateproperties holds (metadata)", async () => {
    const pool = await boundPool("bound-metadata");
    pool.metadata = [new MetadataItem("stage", "one")];
    await pool.commit();
    const replaced = await client.poolOperations.getPool("bound-metadata");
    expect(replaced.metadata?.map((m) => [m.name, m.value])).toEqual([["stage", "one"]]);
  });

  it("refuses at the setter a property no request can change (identity, resizeTimeout)", async () => {
    const pool = await boundPool("bound-read-only");
    expect(() => {
      pool.identity = new BatchPoolIdentity({ type: PoolIdentityType.None });
    }).toThrow(/CloudPool\.identity cannot be changed while the CloudPool is bound/);
    expect(() => {
      pool.resizeTimeout = 60_000;
    }).toThrow(InvalidOperationException);
  });
});

describe("a bound job", () => {
  it("refuses commit() with a pending networkConfiguration change, and commitChanges() sends it", async () => {
    await boundPool("job-pool");
    const job = client.jobOperations.createJob("bound-job", { poolId: "job-pool" });
    await job.commit();
    const bound = await client.jobOperations.getJob("bound-job");
    bound.networkConfiguration = {
      subnetId: "/subscriptions/s/resourceGroups/r/providers/Microsoft.Network/virtualNetworks/v/subnets/a",
    };
    await expect(bound.commit()).rejects.toThrow(/CloudJob\.networkConfiguration.*commitChanges\(\)/);
    bound.priority = 5;
    await bound.commitChanges();
    const patched = await client.jobOperations.getJob("bound-job");
    expect(patched.priority).toBe(5);
    expect(patched.networkConfiguration?.subnetId).toMatch(/subnets\/a$/);
  });
});

describe("pool identity", () => {
  it("a pool created with a user-assigned identity reads it back", async () => {
    const pool = await boundPool("identity-pool", {
      identity: new BatchPoolIdentity({
        type: PoolIdentityType.UserAssigned,
        userAssignedIdentities: [new UserAssignedIdentity({ resourceId: IDENTITY_ID })],
      }),
    });
    expect(pool.identity?.type).toBe("UserAssigned");
    expect(pool.identity?.userAssignedIdentities?.map((u) => u.resourceId)).toEqual([IDENTITY_ID]);
  });

  it("BatchPoolIdentity and UserAssignedIdentity are settable while unbound; the service's ids are not", () => {
    const identity = new BatchPoolIdentity();
    identity.type = PoolIdentityType.UserAssigned;
    identity.userAssignedIdentities = [{ resourceId: IDENTITY_ID }];
    expect(identity.userAssignedIdentities?.[0]).toBeInstanceOf(UserAssignedIdentity);
    expect(() => {
      (identity.userAssignedIdentities![0] as unknown as { clientId: string }).clientId = "x";
    }).toThrow(InvalidOperationException);
  });

  it("NodeVMExtension takes provisioningState, vmExtension and instanceView as Batch .NET does", () => {
    const extension = new NodeVMExtension({ provisioningState: "Succeeded" });
    extension.vmExtension = { name: "ext", publisher: "p", type: "t" };
    expect([extension.provisioningState, extension.vmExtension?.name]).toEqual(["Succeeded", "ext"]);
  });
});

describe("a compute node user", () => {
  it("commit(UpdateUser) refuses a change the update request cannot carry instead of dropping it", async () => {
    const user = client.poolOperations.createComputeNodeUser("any-pool", "any-node");
    user.name = "someone";
    user.password = "secret-value-1";
    user.isAdmin = true;
    await expect(user.commit(ComputeNodeUserCommitSemantics.UpdateUser)).rejects.toThrow(
      /ComputeNodeUser\.isAdmin/,
    );
  });
});
