/**
 * File staging instead of explicit uploads: list local files on the task and let the
 * add-task call upload them (once, however many tasks share a file).
 * @module
 */
import { FileToStage, StagingStorageAccount } from "../../src/index.js";

/** The staging providers for one task: its own input plus a file every task shares. */
export function filesToStageFor(
  account: StagingStorageAccount,
  inputFile: string,
  sharedFile: string,
): FileToStage[] {
  return [new FileToStage(inputFile, account), new FileToStage(sharedFile, account, "shared/settings.json")];
}

/** The account as Batch .NET builds it: name, key and blob endpoint. */
export function stagingAccount(
  accountName: string,
  accountKey: string,
  blobEndpoint: string,
): StagingStorageAccount {
  return new StagingStorageAccount(accountName, accountKey, blobEndpoint);
}
