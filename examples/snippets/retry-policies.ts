import {
  BatchClient,
  BatchException,
  BatchRequestTimeout,
  BatchSharedKeyCredentials,
  RetryDecision,
  RetryPolicyProvider,
  type IRetryPolicy,
  type OperationContext,
} from "../../src/index.js";

declare const credentials: BatchSharedKeyCredentials;

// Every client starts with exponential retries (1 s, 6 retries). Replace it for all requests of this client:
const batchClient = BatchClient.open(credentials);
batchClient.customBehaviors.push(RetryPolicyProvider.linearRetryProvider(2_000, 3));

// Or for one call only: no retries, and a 10 s limit per attempt.
await batchClient.poolOperations.getPool("render", undefined, {
  additionalBehaviors: [RetryPolicyProvider.noRetryProvider(), new BatchRequestTimeout(undefined, 10_000)],
});

// Drop every retry policy provider, as in .NET: without one, requests are not retried.
batchClient.customBehaviors = batchClient.customBehaviors.filter((b) => !(b instanceof RetryPolicyProvider));

// A policy of your own: retry only "server busy" answers, at most 4 times, 5 s apart.
class RetryWhenBusy implements IRetryPolicy {
  shouldRetry(exception: Error, operationContext: OperationContext): Promise<RetryDecision> {
    const busy = exception instanceof BatchException && exception.requestInformation.httpStatusCode === 503;
    const retry = busy && operationContext.requestResults.length <= 4;
    return Promise.resolve(retry ? RetryDecision.retryWithDelay(5_000) : RetryDecision.noRetry);
  }
}
batchClient.customBehaviors.push(new RetryPolicyProvider(new RetryWhenBusy()));
