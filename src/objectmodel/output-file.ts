/**
 * Output files: what a task uploads to blob storage when it ends.
 * @module
 */
import { checkHttpUrl, type ComputeNodeIdentityReference } from "./resource-file.js";

/** When the node uploads a task's output files (Batch .NET `OutputFileUploadCondition`). */
export const OutputFileUploadCondition = {
  /** Upload only when the task process exits with code 0. */
  TaskSuccess: "tasksuccess",
  /** Upload only when the task failed (non-zero exit code or a failure to start). */
  TaskFailure: "taskfailure",
  /** Upload however the task ended. */
  TaskCompletion: "taskcompletion",
} as const;
/** Wire value of an {@link OutputFileUploadCondition}. */
export type OutputFileUploadCondition =
  (typeof OutputFileUploadCondition)[keyof typeof OutputFileUploadCondition];

const UPLOAD_CONDITIONS: readonly string[] = Object.values(OutputFileUploadCondition);

/** One HTTP header sent with each output file upload (for example `Content-Type`). */
export interface HttpHeader {
  /** Header name, matched case-insensitively by storage. */
  name: string;
  /** Header value. */
  value?: string;
}

/** Fields of an {@link OutputFileBlobContainerDestination}. */
export interface OutputFileBlobContainerDestinationInit {
  /** Container URL; with a SAS it must grant write (create) permission. */
  containerUrl: string;
  /** Blob name (for a single file pattern) or virtual directory (for a wildcard pattern). */
  path?: string;
  /** Managed identity used for the upload instead of a SAS. */
  identityReference?: ComputeNodeIdentityReference;
  /** Extra headers sent with each upload. */
  uploadHeaders?: HttpHeader[];
}

/** Where in a blob container the node puts the matched files. */
export class OutputFileBlobContainerDestination implements OutputFileBlobContainerDestinationInit {
  /** Container URL. */
  public containerUrl: string;
  /** Destination blob or virtual directory. */
  public path?: string;
  /** Managed identity used for the upload. */
  public identityReference?: ComputeNodeIdentityReference;
  /** Extra upload headers. */
  public uploadHeaders?: HttpHeader[];

  /**
   * `new OutputFileBlobContainerDestination(containerUrl, path?)`,
   * `new OutputFileBlobContainerDestination(containerUrl, identityReference, path?)` (as in Batch .NET),
   * or an init object.
   * @throws TypeError when `containerUrl` is not an absolute http(s) URL.
   */
  constructor(containerUrl: string, path?: string);
  constructor(containerUrl: string, identityReference: ComputeNodeIdentityReference, path?: string);
  constructor(init: OutputFileBlobContainerDestinationInit);
  constructor(
    first: string | OutputFileBlobContainerDestinationInit,
    second?: string | ComputeNodeIdentityReference,
    third?: string,
  ) {
    const init: OutputFileBlobContainerDestinationInit =
      typeof first === "string"
        ? typeof second === "object"
          ? { containerUrl: first, identityReference: second, path: third }
          : { containerUrl: first, path: second }
        : first;
    if (init === null || typeof init !== "object")
      throw new TypeError("A container destination must be an object");
    checkHttpUrl("containerUrl", init.containerUrl);
    if (init.path !== undefined && (typeof init.path !== "string" || init.path.length === 0)) {
      throw new TypeError("path must be a non-empty string when given");
    }
    for (const header of init.uploadHeaders ?? []) {
      if (typeof header?.name !== "string" || header.name.length === 0) {
        throw new TypeError("every upload header needs a non-empty name");
      }
    }
    this.containerUrl = init.containerUrl;
    if (init.path !== undefined) this.path = init.path;
    if (init.identityReference !== undefined) this.identityReference = { ...init.identityReference };
    if (init.uploadHeaders !== undefined) this.uploadHeaders = init.uploadHeaders.map((h) => ({ ...h }));
  }
}

/** Fields of an {@link OutputFileDestination}. */
export interface OutputFileDestinationInit {
  /** A blob container destination. */
  container?: OutputFileBlobContainerDestinationInit;
}

/** Where output files go; blob containers are the only kind the service offers. */
export class OutputFileDestination implements OutputFileDestinationInit {
  /** A blob container destination. */
  public container?: OutputFileBlobContainerDestination;

  /** `new OutputFileDestination(container)` as in Batch .NET, or an init object `{ container }`. */
  constructor(containerOrInit: OutputFileBlobContainerDestinationInit | OutputFileDestinationInit) {
    const container = "containerUrl" in containerOrInit ? containerOrInit : containerOrInit.container;
    if (container === undefined) throw new TypeError("An output file destination needs a container");
    this.container =
      container instanceof OutputFileBlobContainerDestination
        ? container
        : new OutputFileBlobContainerDestination(container);
  }
}

/** Fields of {@link OutputFileUploadOptions}. */
export interface OutputFileUploadOptionsInit {
  /** When to upload. */
  uploadCondition: OutputFileUploadCondition;
}

/** Upload settings of an output file. */
export class OutputFileUploadOptions implements OutputFileUploadOptionsInit {
  /** When to upload. */
  public uploadCondition: OutputFileUploadCondition;

  /**
   * `new OutputFileUploadOptions(uploadCondition)` as in Batch .NET, or an init object.
   * @throws RangeError for an unknown condition.
   */
  constructor(conditionOrInit: OutputFileUploadCondition | OutputFileUploadOptionsInit) {
    const condition =
      typeof conditionOrInit === "string" ? conditionOrInit : conditionOrInit?.uploadCondition;
    if (!UPLOAD_CONDITIONS.includes(condition)) {
      throw new RangeError(`uploadCondition must be one of ${UPLOAD_CONDITIONS.join(", ")}`);
    }
    this.uploadCondition = condition;
  }
}

/** Fields of an {@link OutputFile}. */
export interface OutputFileInit {
  /** Files to upload, relative to the task working directory; `*`, `**` and `?` wildcards allowed. */
  filePattern: string;
  /** Where the files go. */
  destination: OutputFileDestinationInit;
  /** When they go. */
  uploadOptions: OutputFileUploadOptionsInit;
}

/** A set of files the node uploads after the task process exits. */
export class OutputFile implements OutputFileInit {
  /** Files to upload. */
  public filePattern: string;
  /** Where the files go. */
  public destination: OutputFileDestination;
  /** When they go. */
  public uploadOptions: OutputFileUploadOptions;

  /**
   * `new OutputFile(filePattern, destination, uploadOptions)` as in Batch .NET, or an init object.
   * @throws TypeError / RangeError for an empty pattern, a bad container URL or an unknown condition.
   */
  constructor(
    filePattern: string,
    destination: OutputFileDestinationInit,
    uploadOptions: OutputFileUploadOptionsInit,
  );
  constructor(init: OutputFileInit);
  constructor(
    first: string | OutputFileInit,
    destination?: OutputFileDestinationInit,
    uploadOptions?: OutputFileUploadOptionsInit,
  ) {
    const init: Partial<OutputFileInit> =
      typeof first === "string" ? { filePattern: first, destination, uploadOptions } : (first ?? {});
    if (typeof init.filePattern !== "string" || init.filePattern.length === 0) {
      throw new TypeError("filePattern must be a non-empty string");
    }
    if (init.destination === undefined) throw new TypeError("destination is required");
    if (init.uploadOptions === undefined) throw new TypeError("uploadOptions is required");
    this.filePattern = init.filePattern;
    this.destination =
      init.destination instanceof OutputFileDestination
        ? init.destination
        : new OutputFileDestination(init.destination);
    this.uploadOptions =
      init.uploadOptions instanceof OutputFileUploadOptions
        ? init.uploadOptions
        : new OutputFileUploadOptions(init.uploadOptions);
  }
}

/** Options of {@link outputFileToContainer}. */
export interface OutputFileToContainerOptions {
  /** Blob name or virtual directory inside the container. */
  path?: string;
  /** When to upload. */
  uploadCondition: OutputFileUploadCondition;
  /** Extra headers sent with each upload. */
  uploadHeaders?: HttpHeader[];
}

/**
 * The common case in one call: upload the files matching `filePattern` to the container
 * behind `containerSasUrl` (a SAS with write permission, see `getContainerSasUrl`).
 */
export function outputFileToContainer(
  filePattern: string,
  containerSasUrl: string,
  options: OutputFileToContainerOptions,
): OutputFile {
  const container = new OutputFileBlobContainerDestination({
    containerUrl: containerSasUrl,
    path: options?.path,
    uploadHeaders: options?.uploadHeaders,
  });
  return new OutputFile(
    filePattern,
    new OutputFileDestination(container),
    new OutputFileUploadOptions(options?.uploadCondition),
  );
}
