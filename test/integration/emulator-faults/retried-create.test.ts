import { afterEach, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import {
  BatchClient,
  BatchSharedKeyCredentials,
  ClientRequestIdProvider,
  RetryPolicyProvider,
} from "../../../src/index.js";
import {
  ImageReference,
  VirtualMachineConfiguration,
} from "../../../src/objectmodel/generated/values.generated.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";

const started: LocalBatchService[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close()));
});

describe("a pool create against the local service whose first response is lost", () => {
  it("commit() resolves: the retry meets PoolExists and the pool read back is the one sent", async () => {
    const service = await startLocalBatchService({
      timeScale: 0,
      runTasks: false,
      faults: { loseResponseFraction: 1, operations: ["Pool_Add"] },
    });
    started.push(service);
    let attempts = 0;
    // Only the first attempt loses its response: the fault is switched off as the second one starts.
    const attemptIds = new ClientRequestIdProvider(() => {
      if (++attempts === 2) service.faults.configure({ loseResponseFraction: 0 });
      return crypto.randomUUID();
    });
    const client = BatchClient.open(
      new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
      { customBehaviors: [RetryPolicyProvider.linearRetryProvider(10, 3), attemptIds] },
    );
    const pool = client.poolOperations.createPool({
      poolId: "p1",
      virtualMachineSize: "STANDARD_D1_V2",
      virtualMachineConfiguration: new VirtualMachineConfiguration(
        new ImageReference(LINUX_VM_CONFIGURATION.imageReference),
        LINUX_VM_CONFIGURATION.nodeAgentSKUId,
      ),
      targetDedicatedComputeNodes: 0,
    });
    pool.resizeTimeout = 3_600_000;
    await pool.commit();
    // Two create attempts, then the get that read the pool back.
    expect(attempts).toBe(3);
    expect(service.faults.stats.lostResponses).toBe(1);
    expect(service.service.store.pools.find("p1")).toBeDefined();
  });
});
