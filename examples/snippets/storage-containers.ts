/**
 * Tutorial step "create the containers": one call each, safe to repeat.
 * @module
 */
import { BlobServiceClient } from "@azure/storage-blob";
import { createContainerIfNotExists } from "../../src/index.js";

/** The tutorial's three containers. */
export const CONTAINERS = { application: "application", input: "input", output: "output" } as const;

/** Creates the tutorial's containers in the account behind `connectionString`; returns the ones created now. */
export async function createTutorialContainers(connectionString: string): Promise<string[]> {
  const blobService = BlobServiceClient.fromConnectionString(connectionString);
  const created: string[] = [];
  for (const name of Object.values(CONTAINERS)) {
    if (await createContainerIfNotExists(blobService.getContainerClient(name))) created.push(name);
  }
  return created;
}
