import {
  AddTaskCollectionResultHandler,
  AddTaskCollectionTerminatedException,
  AddTaskResultStatus,
  AddTaskStatus,
  BatchClient,
  CloudTask,
  ParallelOperationsException,
} from "../../src/index.js";

declare const batchClient: BatchClient;

const tasks = Array.from(
  { length: 10_000 },
  (_, i) => new CloudTask(`frame-${String(i).padStart(5, "0")}`, `/bin/sh -c 'render --frame ${i}'`),
);

// Treat a task that already exists as added, stop on any other client error.
const tolerateExisting = new AddTaskCollectionResultHandler((result) => {
  if (result.status === AddTaskStatus.ClientError && result.error?.code !== "TaskExists") {
    throw new AddTaskCollectionTerminatedException(result);
  }
  return AddTaskResultStatus.Success;
});

try {
  // Chunks of up to 100 tasks (each under the 1 MB request limit), at most 8 requests in flight.
  await batchClient.jobOperations.addTask("render-job", tasks, {
    parallelOptions: { maxDegreeOfParallelism: 8 },
    additionalBehaviors: [tolerateExisting],
  });
} catch (error) {
  if (error instanceof ParallelOperationsException) {
    for (const inner of error.innerExceptions) console.error(inner.message);
  }
  throw error;
}
