/**
 * File staging instead of explicit uploads: list local files on the task and let the add-task
 * call upload them into a container it creates (each file once per call, however many tasks
 * share it); afterwards delete exactly the container the call reports.
 * @module
 */
import {
  deleteContainerIfExists,
  FileToStage,
  StagingStorageAccount,
  type FileStagingArtifacts,
  type SequentialFileStagingArtifact,
} from "../../src/index.js";

/** The staging providers for one task: its own input plus a file every task shares. */
export function filesToStageFor(
  account: StagingStorageAccount,
  inputFile: string,
  sharedFile: string,
): FileToStage[] {
  return [new FileToStage(inputFile, account), new FileToStage(sharedFile, account, "shared/settings.json")];
}

/** The account as Batch .NET builds it: name, key and blob endpoint (positional, or as one object). */
export function stagingAccount(
  storageAccount: string,
  storageAccountKey: string,
  blobEndpoint: string,
): StagingStorageAccount {
  return new StagingStorageAccount({ storageAccount, storageAccountKey, blobEndpoint });
}

/**
 * Cleanup after `addTask(…, { fileStagingArtifacts })`: deletes the container the call's
 * `FileToStage` entries were staged into, if it created one.
 */
export async function deleteStagingContainer(
  account: StagingStorageAccount,
  artifacts: FileStagingArtifacts,
): Promise<void> {
  const artifact = artifacts.get(FileToStage) as SequentialFileStagingArtifact | undefined;
  if (artifact?.blobContainerCreated) {
    await deleteContainerIfExists(await account.getContainerClient(artifact.blobContainerCreated));
  }
}
