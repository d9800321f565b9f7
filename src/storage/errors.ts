/**
 * Errors raised by the storage helpers.
 * @module
 */

/** The container a helper was asked to use does not exist. */
export class ContainerNotFoundError extends Error {
  /** Name of the missing container. */
  readonly containerName: string;

  /** Creates the error for `containerName`, keeping the storage failure as `cause`. */
  constructor(containerName: string, options?: { cause?: unknown }) {
    super(
      `Container "${containerName}" does not exist; create it first (createContainerIfNotExists)`,
      options,
    );
    this.name = "ContainerNotFoundError";
    this.containerName = containerName;
  }
}

/** Maps the storage service's "container not found" answer to {@link ContainerNotFoundError}. */
export function translateStorageError(error: unknown, containerName: string): unknown {
  const code = (error as { code?: unknown; details?: { errorCode?: unknown } } | null)?.code;
  return code === "ContainerNotFound" ? new ContainerNotFoundError(containerName, { cause: error }) : error;
}
