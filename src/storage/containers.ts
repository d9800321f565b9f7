/**
 * Container lifecycle in one call each: the tutorial's "create if it does not exist" and its cleanup.
 * @module
 */
import { toContainerClient, type ContainerTarget } from "./clients.js";

/** Cancellation for a storage call. */
export interface StorageCallOptions {
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** Creates the container unless it exists; resolves `true` when this call created it. */
export async function createContainerIfNotExists(
  target: ContainerTarget,
  options: StorageCallOptions = {},
): Promise<boolean> {
  const container = await toContainerClient(target);
  const response = await container.createIfNotExists({ abortSignal: options.signal });
  return response.succeeded;
}

/** Deletes the container if it exists; resolves `true` when this call deleted it. */
export async function deleteContainerIfExists(
  target: ContainerTarget,
  options: StorageCallOptions = {},
): Promise<boolean> {
  const container = await toContainerClient(target);
  const response = await container.deleteIfExists({ abortSignal: options.signal });
  return response.succeeded;
}
