/**
 * Tutorial step "upload the application and input files": each local file becomes a
 * `ResourceFile` whose URL carries a short-lived read-only SAS.
 * @module
 */
import { BlobServiceClient } from "@azure/storage-blob";
import { uploadFilesToContainer, uploadFileToContainer, type ResourceFile } from "../../src/index.js";
import { CONTAINERS } from "./storage-containers.js";

/** Uploads the task application and the input files; returns the resource files for the start task and the tasks. */
export async function uploadTutorialFiles(
  connectionString: string,
  applicationFile: string,
  inputFiles: readonly string[],
): Promise<{ application: ResourceFile; inputs: ResourceFile[] }> {
  const blobService = BlobServiceClient.fromConnectionString(connectionString);
  // Tasks may wait in the queue: give the SAS two hours instead of the default one.
  const sas = { lifetimeMs: 2 * 60 * 60 * 1000 };
  const application = await uploadFileToContainer(
    blobService.getContainerClient(CONTAINERS.application),
    applicationFile,
    { sas, fileMode: "0755" },
  );
  const inputs = await uploadFilesToContainer(blobService.getContainerClient(CONTAINERS.input), inputFiles, {
    sas,
  });
  return { application, inputs };
}
