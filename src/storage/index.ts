/**
 * Storage helpers over `@azure/storage-blob`: SAS URLs, container lifecycle, uploads that
 * return resource files, downloads, and file staging.
 * @module
 */
export {
  checkBlobName,
  checkContainerName,
  type BlobByConnectionString,
  type BlobTarget,
  type ContainerByConnectionString,
  type ContainerTarget,
} from "./clients.js";
export {
  createContainerIfNotExists,
  deleteContainerIfExists,
  type StorageCallOptions,
} from "./containers.js";
export { ContainerNotFoundError } from "./errors.js";
export {
  DEFAULT_STAGING_SAS_LIFETIME_MS,
  FileToStage,
  SequentialFileStagingArtifact,
  StagingStorageAccount,
  type StagingStorageAccountInit,
  type StagingStorageAccountOptions,
} from "./file-to-stage.js";
export {
  DEFAULT_SAS_LIFETIME_MS,
  getBlobSasUrl,
  getContainerSasUrl,
  getUserDelegationKey,
  type BlobSasOptions,
  type ContainerSasOptions,
  type SasIpRange,
  type SasOptionsBase,
} from "./sas.js";
export {
  downloadContainerToFolder,
  uploadFileToContainer,
  uploadFilesToContainer,
  uploadFolderToContainer,
  type DownloadOptions,
  type UploadFileOptions,
  type UploadManyOptions,
  type UploadOptionsBase,
} from "./transfer.js";
