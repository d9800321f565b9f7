/**
 * Container clients as a node uses them: anonymous access through a SAS URL, or a linked
 * auto-storage account through its connection string, with few and short retries so that a dead
 * storage endpoint fails a task quickly instead of stalling its slot for minutes.
 * @module
 */
import { AnonymousCredential, ContainerClient, type StoragePipelineOptions } from "@azure/storage-blob";

/** A storage account linked to the emulated Batch account (`autoStorageContainerName` resolves against it). */
export interface AutoStorageAccount {
  /** Connection string of the account, e.g. Azurite's development connection string. */
  readonly connectionString: string;
}

const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, retryDelayInMs: 100, maxRetryDelayInMs: 1_000, tryTimeoutInMs: 60_000 },
  userAgentOptions: { userAgentPrefix: "azbatch-emulator-node" },
};

/** A client for the container a SAS (or public) container URL names. */
export function containerFromUrl(containerUrl: string): ContainerClient {
  return new ContainerClient(containerUrl, new AnonymousCredential(), PIPELINE_OPTIONS);
}

/** A client for `containerName` in the auto-storage account. */
export function containerFromAutoStorage(
  account: AutoStorageAccount,
  containerName: string,
): ContainerClient {
  return new ContainerClient(account.connectionString, containerName, PIPELINE_OPTIONS);
}

/** The HTTP status and storage error code of a failed storage call, when it got a response. */
export function storageErrorInfo(error: unknown): { statusCode?: number; code?: string } {
  if (typeof error !== "object" || error === null) return {};
  const { statusCode, code } = error as { statusCode?: unknown; code?: unknown };
  return {
    ...(typeof statusCode === "number" ? { statusCode } : {}),
    ...(typeof code === "string" ? { code } : {}),
  };
}
