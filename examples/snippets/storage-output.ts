/**
 * Tutorial step "let tasks upload their results": a write-only container SAS, turned into an
 * `OutputFile` the node uploads when the task ends.
 * @module
 */
import { BlobServiceClient } from "@azure/storage-blob";
import {
  getContainerSasUrl,
  outputFileToContainer,
  OutputFileUploadCondition,
  type OutputFile,
} from "../../src/index.js";
import { CONTAINERS } from "./storage-containers.js";

/** Output files that put a task's `*.txt` results and its stdout under `<taskId>/` in the output container. */
export async function tutorialOutputFiles(connectionString: string, taskId: string): Promise<OutputFile[]> {
  const blobService = BlobServiceClient.fromConnectionString(connectionString);
  // "w" is enough to create blobs: the task can neither list nor read the container.
  const containerSasUrl = await getContainerSasUrl(blobService.getContainerClient(CONTAINERS.output), {
    permissions: "w",
    lifetimeMs: 2 * 60 * 60 * 1000,
  });
  return [
    outputFileToContainer("*_OUTPUT.txt", containerSasUrl, {
      path: taskId,
      uploadCondition: OutputFileUploadCondition.TaskSuccess,
    }),
    outputFileToContainer("../stdout.txt", containerSasUrl, {
      path: `${taskId}/stdout.txt`,
      uploadCondition: OutputFileUploadCondition.TaskCompletion,
    }),
  ];
}
