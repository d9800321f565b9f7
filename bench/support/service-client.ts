/** The benchmark driver's own set-up of jobs on the local Batch service. */
import { BatchException } from "../../src/http/errors.js";
import type { ProtocolClient } from "../../src/protocol/client.js";
import { addJob, pollUntil } from "../../test/support/service-client.js";

/** Creates job `jobId` on a pool that does not exist, so that its tasks stay active. */
export async function createIdleJob(protocol: ProtocolClient, jobId: string): Promise<void> {
  await addJob(protocol, jobId, "bench-no-nodes");
}

/**
 * Deletes job `jobId` and waits until the service no longer has it, so that the next run meets a
 * service holding no more than this one did (the tasks a service holds slow its garbage collector).
 */
export async function removeJob(protocol: ProtocolClient, jobId: string): Promise<void> {
  await protocol.job.delete({ jobId });
  await pollUntil(
    `job ${jobId} to be deleted`,
    async () => {
      try {
        await protocol.job.get({ jobId });
        return undefined;
      } catch (error) {
        if (error instanceof BatchException && error.requestInformation.httpStatusCode === 404) return true;
        throw error;
      }
    },
    120_000,
  );
}
