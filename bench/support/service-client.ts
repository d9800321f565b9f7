/** The benchmark driver's own set-up of jobs on the local Batch service. */
import type { ProtocolClient } from "../../src/protocol/client.js";
import { addJob } from "../../test/support/service-client.js";

/** Creates job `jobId` on a pool that does not exist, so that its tasks stay active. */
export async function createIdleJob(protocol: ProtocolClient, jobId: string): Promise<void> {
  await addJob(protocol, jobId, "bench-no-nodes");
}
