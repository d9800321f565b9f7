/**
 * Output files: what a task uploads to blob storage when it ends.
 * @module
 */
import {
  checkHttpUrl,
  checkNonEmptyString,
  identityReferenceConverter,
  type ComputeNodeIdentityReference,
  type ComputeNodeIdentityReferenceInit,
} from "./resource-file.js";
import { OutputFileUploadCondition } from "./generated/enums.generated.js";
import {
  assignInit,
  handWrittenConverter,
  PropertyContainer,
  SCALAR,
  valueField,
  writeProperty,
  type Converter,
  type TypeSpec,
} from "./runtime/property-container.js";

/** When the node uploads a task's output files (Batch .NET `OutputFileUploadCondition`). */
export { OutputFileUploadCondition };

const UPLOAD_CONDITIONS: readonly string[] = Object.values(OutputFileUploadCondition);

function checkUploadCondition(value: unknown): void {
  if (!UPLOAD_CONDITIONS.includes(value as string)) {
    throw new RangeError(`uploadCondition must be one of ${UPLOAD_CONDITIONS.join(", ")}`);
  }
}

/** Fields of an {@link HttpHeader}; also usable directly as a plain object literal. */
export interface HttpHeaderInit {
  /** Header name, matched case-insensitively by storage. */
  name: string;
  /** Header value. */
  value?: string;
}

const HttpHeaderSpec: TypeSpec = {
  typeName: "HttpHeader",
  kind: "value",
  ownFields: true,
  properties: [
    valueField("name", SCALAR, checkNonEmptyString("HttpHeader.name")),
    valueField("value", SCALAR),
  ],
};

/** One HTTP header sent with each output file upload (for example `Content-Type`). */
export class HttpHeader extends PropertyContainer implements HttpHeaderInit {
  /** Header name. */
  declare name: string;
  /** Header value. */
  declare value?: string;

  /**
   * `new HttpHeader(name, value?)` as in Batch .NET, or an init object.
   * @throws TypeError when the name is empty.
   */
  constructor(name: string, value?: string);
  constructor(init: HttpHeaderInit);
  constructor(first: string | HttpHeaderInit, value?: string) {
    const init = typeof first === "string" ? { name: first, value } : first;
    if (init === null || typeof init !== "object") throw new TypeError("An HTTP header must be an object");
    if (init.name === undefined) throw new TypeError("HttpHeader.name must be a non-empty string");
    super(HttpHeaderSpec);
    assignInit(this, init);
  }
}

const httpHeaderConverter = handWrittenConverter(
  HttpHeader,
  HttpHeaderSpec,
  (init) => new HttpHeader(init as HttpHeaderInit),
);

/** Fields of an {@link OutputFileBlobContainerDestination}. */
export interface OutputFileBlobContainerDestinationInit {
  /** Container URL; with a SAS it must grant write (create) permission. */
  containerUrl: string;
  /** Blob name (for a single file pattern) or virtual directory (for a wildcard pattern). */
  path?: string;
  /** Managed identity used for the upload instead of a SAS. */
  identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
  /** Extra headers sent with each upload. */
  uploadHeaders?: HttpHeaderInit[];
}

const ContainerDestinationSpec: TypeSpec = {
  typeName: "OutputFileBlobContainerDestination",
  kind: "value",
  ownFields: true,
  properties: [
    valueField("path", SCALAR, checkNonEmptyString("path")),
    valueField("containerUrl", SCALAR, (v) => checkHttpUrl("containerUrl", v)),
    valueField("identityReference", identityReferenceConverter),
    valueField("uploadHeaders", { kind: "array", item: httpHeaderConverter }),
  ],
};

/** Where in a blob container the node puts the matched files. */
export class OutputFileBlobContainerDestination
  extends PropertyContainer
  implements OutputFileBlobContainerDestinationInit
{
  /** Container URL. */
  declare containerUrl: string;
  /** Destination blob or virtual directory. */
  declare path?: string;
  /** Managed identity used for the upload. */
  declare identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
  /** Extra upload headers. */
  declare uploadHeaders?: HttpHeader[];

  /**
   * `new OutputFileBlobContainerDestination(containerUrl, path?)`,
   * `new OutputFileBlobContainerDestination(containerUrl, identityReference, path?)` (as in Batch .NET),
   * or an init object.
   * @throws TypeError when `containerUrl` is not an absolute http(s) URL.
   */
  constructor(containerUrl: string, path?: string);
  constructor(
    containerUrl: string,
    identityReference: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit,
    path?: string,
  );
  constructor(init: OutputFileBlobContainerDestinationInit);
  constructor(
    first: string | OutputFileBlobContainerDestinationInit,
    second?: string | ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit,
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
    super(ContainerDestinationSpec);
    assignInit(this, init);
  }
}

const containerDestinationConverter = handWrittenConverter(
  OutputFileBlobContainerDestination,
  ContainerDestinationSpec,
  (init) => new OutputFileBlobContainerDestination(init as OutputFileBlobContainerDestinationInit),
);

/** Fields of an {@link OutputFileDestination}. */
export interface OutputFileDestinationInit {
  /** A blob container destination. */
  container?: OutputFileBlobContainerDestinationInit;
}

const DestinationSpec: TypeSpec = {
  typeName: "OutputFileDestination",
  kind: "value",
  ownFields: true,
  properties: [valueField("container", containerDestinationConverter)],
};

/** Where output files go; blob containers are the only kind the service offers. */
export class OutputFileDestination extends PropertyContainer implements OutputFileDestinationInit {
  /** A blob container destination. */
  declare container?: OutputFileBlobContainerDestination;

  /** `new OutputFileDestination(container)` as in Batch .NET, or an init object `{ container }`. */
  constructor(containerOrInit: OutputFileBlobContainerDestinationInit | OutputFileDestinationInit) {
    const container = "containerUrl" in containerOrInit ? containerOrInit : containerOrInit.container;
    if (container === undefined) throw new TypeError("An output file destination needs a container");
    super(DestinationSpec);
    writeProperty(this, "container", container);
  }
}

const destinationConverter = handWrittenConverter(
  OutputFileDestination,
  DestinationSpec,
  (init) => new OutputFileDestination(init as OutputFileDestinationInit),
);

/** Fields of {@link OutputFileUploadOptions}. */
export interface OutputFileUploadOptionsInit {
  /** When to upload. */
  uploadCondition: OutputFileUploadCondition;
}

const UploadOptionsSpec: TypeSpec = {
  typeName: "OutputFileUploadOptions",
  kind: "value",
  ownFields: true,
  properties: [valueField("uploadCondition", SCALAR, checkUploadCondition)],
};

/** Upload settings of an output file. */
export class OutputFileUploadOptions extends PropertyContainer implements OutputFileUploadOptionsInit {
  /** When to upload. */
  declare uploadCondition: OutputFileUploadCondition;

  /**
   * `new OutputFileUploadOptions(uploadCondition)` as in Batch .NET, or an init object.
   * @throws RangeError for an unknown condition.
   */
  constructor(conditionOrInit: OutputFileUploadCondition | OutputFileUploadOptionsInit) {
    const condition =
      typeof conditionOrInit === "string" ? conditionOrInit : conditionOrInit?.uploadCondition;
    checkUploadCondition(condition);
    super(UploadOptionsSpec);
    writeProperty(this, "uploadCondition", condition);
  }
}

const uploadOptionsConverter = handWrittenConverter(
  OutputFileUploadOptions,
  UploadOptionsSpec,
  (init) => new OutputFileUploadOptions(init as OutputFileUploadOptionsInit),
);

/** Fields of an {@link OutputFile}. */
export interface OutputFileInit {
  /** Files to upload, relative to the task working directory; `*`, `**` and `?` wildcards allowed. */
  filePattern: string;
  /** Where the files go. */
  destination: OutputFileDestinationInit;
  /** When they go. */
  uploadOptions: OutputFileUploadOptionsInit;
}

const OutputFileSpec: TypeSpec = {
  typeName: "OutputFile",
  kind: "value",
  ownFields: true,
  properties: [
    valueField("filePattern", SCALAR, checkNonEmptyString("filePattern")),
    valueField("destination", destinationConverter),
    valueField("uploadOptions", uploadOptionsConverter),
  ],
};

/**
 * A set of files the node uploads after the task process exits. Like every value type it follows
 * its owner's access: inside a committed task it cannot be changed.
 */
export class OutputFile extends PropertyContainer implements OutputFileInit {
  /** Files to upload. */
  declare filePattern: string;
  /** Where the files go. */
  declare destination: OutputFileDestination;
  /** When they go. */
  declare uploadOptions: OutputFileUploadOptions;

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
    if (init.filePattern === undefined) throw new TypeError("filePattern must be a non-empty string");
    if (init.destination === undefined) throw new TypeError("destination is required");
    if (init.uploadOptions === undefined) throw new TypeError("uploadOptions is required");
    super(OutputFileSpec);
    assignInit(this, init);
  }
}

/** `OutputFile` instances or `OutputFileInit` literals; service data is taken unchecked. */
export const outputFileConverter: Converter = handWrittenConverter(
  OutputFile,
  OutputFileSpec,
  (init) => new OutputFile(init as OutputFileInit),
);

/** Options of {@link outputFileToContainer}. */
export interface OutputFileToContainerOptions {
  /** Blob name or virtual directory inside the container. */
  path?: string;
  /** When to upload. */
  uploadCondition: OutputFileUploadCondition;
  /** Extra headers sent with each upload. */
  uploadHeaders?: HttpHeaderInit[];
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
