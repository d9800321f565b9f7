import { BatchClient, BatchErrorCodeStrings, BatchException } from "../../src/index.js";

declare const batchClient: BatchClient;

try {
  await batchClient.jobOperations.getJob("no-such-job");
} catch (error) {
  if (error instanceof BatchException) {
    const { httpStatusCode, batchError, serviceRequestId } = error.requestInformation;
    if (batchError?.code === BatchErrorCodeStrings.JobNotFound) {
      console.log("The job does not exist.");
    } else {
      // Quote the request id when asking for support: it finds the request in the service's logs.
      console.error(
        `HTTP ${httpStatusCode} ${batchError?.code}: ${batchError?.message?.value} (${serviceRequestId})`,
      );
      throw error;
    }
  } else {
    throw error; // a network error, a timeout, or a cancellation
  }
}
