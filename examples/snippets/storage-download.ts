/**
 * Tutorial steps "download the results" and "clean up".
 * @module
 */
import { BlobServiceClient } from "@azure/storage-blob";
import { deleteContainerIfExists, downloadContainerToFolder } from "../../src/index.js";
import { CONTAINERS } from "./storage-containers.js";

/** Downloads the output container into `folder` and returns the files written. */
export async function downloadTutorialOutputs(connectionString: string, folder: string): Promise<string[]> {
  const blobService = BlobServiceClient.fromConnectionString(connectionString);
  return downloadContainerToFolder(blobService.getContainerClient(CONTAINERS.output), folder);
}

/** Deletes the tutorial's containers. */
export async function deleteTutorialContainers(connectionString: string): Promise<void> {
  const blobService = BlobServiceClient.fromConnectionString(connectionString);
  for (const name of Object.values(CONTAINERS))
    await deleteContainerIfExists(blobService.getContainerClient(name));
}
