/**
 * The tutorial's Blob storage steps, each printing the tutorial's console line: create and delete
 * containers, upload files as resource files with a read SAS, a container SAS, download a container.
 * @module
 */
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { BlobSASPermissions, ContainerSASPermissions, type BlobServiceClient } from "@azure/storage-blob";
import { ResourceFile } from "../../src/index.js";

/** How long the tutorial's SAS URLs stay valid: two hours. */
export const SAS_LIFETIME_MS = 2 * 60 * 60 * 1000;

/** Creates the container unless it exists. */
export async function createContainerIfNotExist(
  blobService: BlobServiceClient,
  containerName: string,
): Promise<void> {
  const { succeeded } = await blobService.getContainerClient(containerName).createIfNotExists();
  console.log(
    succeeded
      ? `Container [${containerName}] created.`
      : `Container [${containerName}] exists, skipping creation.`,
  );
}

/** Uploads each file in turn and returns one resource file per upload, named like the file. */
export async function uploadFilesToContainer(
  blobService: BlobServiceClient,
  containerName: string,
  filePaths: readonly string[],
): Promise<ResourceFile[]> {
  const resourceFiles: ResourceFile[] = [];
  for (const filePath of filePaths)
    resourceFiles.push(await uploadFileToContainer(blobService, containerName, filePath));
  return resourceFiles;
}

/** Uploads one file as a block blob and returns it as a resource file with a two-hour read SAS. */
async function uploadFileToContainer(
  blobService: BlobServiceClient,
  containerName: string,
  filePath: string,
): Promise<ResourceFile> {
  console.log(`Uploading file ${filePath} to container [${containerName}]...`);
  const blobName = basename(filePath);
  const blob = blobService.getContainerClient(containerName).getBlockBlobClient(blobName);
  await blob.uploadFile(filePath);
  const sasUrl = await blob.generateSasUrl({
    permissions: BlobSASPermissions.parse("r"),
    expiresOn: expiry(),
  });
  return ResourceFile.fromUrl(sasUrl, blobName);
}

/** A URL of the container with a two-hour SAS granting `permissions` (e.g. `w`). */
export async function getContainerSasUrl(
  blobService: BlobServiceClient,
  containerName: string,
  permissions: string,
): Promise<string> {
  return blobService
    .getContainerClient(containerName)
    .generateSasUrl({ permissions: ContainerSASPermissions.parse(permissions), expiresOn: expiry() });
}

/** Downloads every blob of the container into `directoryPath` and returns the local paths. */
export async function downloadBlobsFromContainer(
  blobService: BlobServiceClient,
  containerName: string,
  directoryPath: string,
): Promise<string[]> {
  console.log(`Downloading all files from container [${containerName}]...`);
  await mkdir(directoryPath, { recursive: true });
  const container = blobService.getContainerClient(containerName);
  const downloaded: string[] = [];
  for await (const item of container.listBlobsFlat()) {
    const localPath = join(directoryPath, basename(item.name));
    await container.getBlobClient(item.name).downloadToFile(localPath);
    downloaded.push(localPath);
  }
  console.log(`All files downloaded to ${directoryPath}`);
  return downloaded;
}

/** Deletes the container unless it does not exist. */
export async function deleteContainer(blobService: BlobServiceClient, containerName: string): Promise<void> {
  const { succeeded } = await blobService.getContainerClient(containerName).deleteIfExists();
  console.log(
    succeeded
      ? `Container [${containerName}] deleted.`
      : `Container [${containerName}] does not exist, skipping deletion.`,
  );
}

function expiry(): Date {
  return new Date(Date.now() + SAS_LIFETIME_MS);
}
