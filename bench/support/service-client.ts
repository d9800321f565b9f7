/** The benchmark driver's own connection to the local Batch service, for setting up jobs and pools. */
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { ProtocolClient } from "../../src/protocol/client.js";
import type { ServiceEndpoint } from "./processes.js";

/** A protocol client signed for `service`. */
export function protocolFor(service: ServiceEndpoint): ProtocolClient {
  return new ProtocolClient(
    service.url,
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
}

/** Creates job `jobId` on a pool that does not exist, so that its tasks stay active. */
export async function createIdleJob(protocol: ProtocolClient, jobId: string): Promise<void> {
  await protocol.job.add({ job: { id: jobId, poolInfo: { poolId: "bench-no-nodes" } } });
}
