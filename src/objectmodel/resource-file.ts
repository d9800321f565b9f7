/**
 * `ResourceFile`: a file (or a set of blobs) that the Batch service downloads
 * onto the compute node before a task runs.
 * @module
 */
import {
  assignInit,
  handWrittenConverter,
  PropertyContainer,
  SCALAR,
  valueField,
  type Converter,
  type TypeSpec,
} from "./runtime/property-container.js";

/** Fields of a {@link ComputeNodeIdentityReference}; also usable directly as a plain object literal. */
export interface ComputeNodeIdentityReferenceInit {
  /** ARM resource id of the user-assigned identity. */
  resourceId?: string;
}

/** Fields of a {@link ResourceFile}; also usable directly as a plain object literal. */
export interface ResourceFileInit {
  /** Name of a container in the Batch account's linked ("auto") storage account. */
  autoStorageContainerName?: string;
  /** URL of a blob container (usually with a read + list SAS). */
  storageContainerUrl?: string;
  /** URL of one file to download (usually a blob with a read SAS). */
  httpUrl?: string;
  /** Only blobs whose names start with this prefix are downloaded (container sources only). */
  blobPrefix?: string;
  /** Destination relative to the task's working directory (a file for `httpUrl`, a directory otherwise). */
  filePath?: string;
  /** Octal permission bits for the downloaded file on Linux nodes, for example `"0644"`. */
  fileMode?: string;
  /** Managed identity used to reach `httpUrl` / `storageContainerUrl` instead of a SAS. */
  identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
}

/** Options of the container-based factories, keyed as Batch .NET's optional parameters. */
export interface ResourceFileContainerOptions {
  /** Directory, relative to the task's working directory, that receives the blobs. */
  filePath?: string;
  /** Only blobs whose names start with this prefix are downloaded. */
  blobPrefix?: string;
  /** Octal permission bits applied to the downloaded files on Linux nodes. */
  fileMode?: string;
  /** Managed identity used to reach the container instead of a SAS. */
  identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;
}

const SOURCE_FIELDS = ["autoStorageContainerName", "storageContainerUrl", "httpUrl"] as const;

/** A property check that accepts only non-empty strings; the message names `field`. */
export function checkNonEmptyString(field: string): (value: unknown) => void {
  return (value) => {
    if (typeof value !== "string" || value.length === 0)
      throw new TypeError(`${field} must be a non-empty string`);
  };
}

const ComputeNodeIdentityReferenceSpec: TypeSpec = {
  typeName: "ComputeNodeIdentityReference",
  kind: "value",
  ownFields: true,
  properties: [valueField("resourceId", SCALAR, checkNonEmptyString("resourceId"))],
};

/**
 * The user-assigned managed identity a compute node uses to reach storage (Batch .NET
 * `ComputeNodeIdentityReference`). Like every value type it follows its owner's access: inside a
 * committed task or a bound pool's read-only property it cannot be changed.
 */
export class ComputeNodeIdentityReference
  extends PropertyContainer
  implements ComputeNodeIdentityReferenceInit
{
  /** ARM resource id of the user-assigned identity. */
  declare resourceId?: string;

  /**
   * Creates an identity reference, optionally with its resource id.
   * @throws TypeError when `resourceId` is not a non-empty string.
   */
  constructor(init: ComputeNodeIdentityReferenceInit = {}) {
    super(ComputeNodeIdentityReferenceSpec);
    assignInit(this, init);
  }
}

/** Identity references given as plain `{ resourceId }` literals become {@link ComputeNodeIdentityReference}s. */
export const identityReferenceConverter: Converter = handWrittenConverter(
  ComputeNodeIdentityReference,
  ComputeNodeIdentityReferenceSpec,
  (init) => {
    if (init === null || typeof init !== "object") throw new TypeError("identityReference must be an object");
    return new ComputeNodeIdentityReference(init);
  },
);

const ResourceFileSpec: TypeSpec = {
  typeName: "ResourceFile",
  kind: "value",
  ownFields: true,
  properties: [
    valueField("autoStorageContainerName", SCALAR, checkNonEmptyString("autoStorageContainerName")),
    valueField("storageContainerUrl", SCALAR, (v) => checkHttpUrl("storageContainerUrl", v)),
    valueField("httpUrl", SCALAR, (v) => checkHttpUrl("httpUrl", v)),
    valueField("blobPrefix", SCALAR, (v) => {
      if (typeof v !== "string") throw new TypeError("blobPrefix must be a string");
    }),
    valueField("filePath", SCALAR, (v) => checkRelativePath(v as string)),
    valueField("fileMode", SCALAR, (v) => {
      if (!/^[0-7]{3,4}$/.test(String(v)))
        throw new RangeError('fileMode must be octal permission bits such as "0644"');
    }),
    valueField("identityReference", identityReferenceConverter),
  ],
};

/**
 * A file or blob set downloaded to the node before a task (or start task,
 * job preparation / release task) runs. Exactly one of `autoStorageContainerName`,
 * `storageContainerUrl` and `httpUrl` names the source. Prefer the static factories;
 * the constructor applies the same checks. Like every value type it follows its owner's
 * access: inside a committed task or a bound pool's read-only property it cannot be changed.
 */
export class ResourceFile extends PropertyContainer implements ResourceFileInit {
  /** Name of a container in the Batch account's linked storage account. */
  declare autoStorageContainerName?: string;
  /** URL of a blob container. */
  declare storageContainerUrl?: string;
  /** URL of a single file. */
  declare httpUrl?: string;
  /** Blob name prefix filter for container sources. */
  declare blobPrefix?: string;
  /** Destination path relative to the task's working directory. */
  declare filePath?: string;
  /** Octal permission bits on Linux nodes. */
  declare fileMode?: string;
  /** Managed identity used to reach the source. */
  declare identityReference?: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit;

  /**
   * Creates a resource file from its fields.
   * @throws TypeError when not exactly one source is given, or a URL is not absolute http(s).
   * @throws RangeError when `filePath` is absolute or leaves the task directory, or `fileMode` is not octal.
   */
  constructor(init: ResourceFileInit) {
    validateResourceFile(init);
    super(ResourceFileSpec);
    assignInit(this, init);
  }

  /**
   * A single file fetched from `httpUrl` (a public URL or a blob SAS URL) and saved as `filePath`.
   * Pass a {@link ComputeNodeIdentityReference} as the second argument to authenticate with a managed
   * identity instead (Batch .NET's overload); `filePath` then moves to third place.
   */
  static fromUrl(httpUrl: string, filePath: string, fileMode?: string): ResourceFile;
  static fromUrl(
    httpUrl: string,
    identityReference: ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit,
    filePath: string,
    fileMode?: string,
  ): ResourceFile;
  static fromUrl(
    httpUrl: string,
    second: string | ComputeNodeIdentityReference | ComputeNodeIdentityReferenceInit,
    third?: string,
    fourth?: string,
  ): ResourceFile {
    if (typeof second === "string" || second === undefined) {
      return new ResourceFile(defined({ httpUrl, filePath: requireFilePath(second), fileMode: third }));
    }
    return new ResourceFile(
      defined({ httpUrl, identityReference: second, filePath: requireFilePath(third), fileMode: fourth }),
    );
  }

  /** Every blob of the container at `containerUrl` (SAS with read + list, or a managed identity). */
  static fromStorageContainerUrl(
    containerUrl: string,
    options: ResourceFileContainerOptions = {},
  ): ResourceFile {
    return new ResourceFile(defined({ storageContainerUrl: containerUrl, ...options }));
  }

  /** Every blob of a container in the Batch account's linked storage account. */
  static fromAutoStorageContainer(
    containerName: string,
    options: Omit<ResourceFileContainerOptions, "identityReference"> = {},
  ): ResourceFile {
    return new ResourceFile(defined({ autoStorageContainerName: containerName, ...options }));
  }
}

/**
 * Checks a resource file (class instance or plain literal) the way the service would, without
 * sending anything. Error messages never include URLs, so no SAS signature can leak through them.
 * @throws TypeError / RangeError as described on the {@link ResourceFile} constructor.
 */
export function validateResourceFile(file: ResourceFileInit): void {
  if (file === null || typeof file !== "object") throw new TypeError("A resource file must be an object");
  const sources = SOURCE_FIELDS.filter((k) => file[k] !== undefined);
  if (sources.length !== 1) {
    throw new TypeError(
      sources.length === 0
        ? "A resource file needs one source: autoStorageContainerName, storageContainerUrl or httpUrl"
        : `A resource file takes exactly one source, got ${sources.join(" and ")}`,
    );
  }
  for (const { name, check } of ResourceFileSpec.properties) {
    const value = file[name as keyof ResourceFileInit];
    if (value !== undefined) check?.(value);
  }
  if (sources[0] === "autoStorageContainerName" && file.identityReference !== undefined) {
    throw new TypeError("identityReference cannot be combined with autoStorageContainerName");
  }
  if (sources[0] === "httpUrl") {
    if (file.filePath === undefined) throw new TypeError("filePath is required when httpUrl is the source");
    if (file.blobPrefix !== undefined) throw new TypeError("blobPrefix applies only to container sources");
  }
}

/**
 * Throws unless `filePath` is a non-empty relative path that stays inside the task
 * directory (no leading `/` or `\`, no drive letter, no `..` segment).
 */
export function checkRelativePath(filePath: string, what = "filePath"): void {
  if (typeof filePath !== "string" || filePath.length === 0)
    throw new TypeError(`${what} must be a non-empty string`);
  if (/^[\\/]/.test(filePath) || /^[A-Za-z]:/.test(filePath)) {
    throw new RangeError(`${what} must be relative to the task directory, got an absolute path`);
  }
  if (filePath.split(/[\\/]/).includes("..")) {
    throw new RangeError(`${what} must not contain ".." segments (it would leave the task directory)`);
  }
}

/**
 * Throws unless `value` is an absolute http(s) URL. The message names the field only: the URL
 * may carry a SAS signature.
 */
export function checkHttpUrl(field: string, value: unknown): void {
  if (typeof value !== "string") throw new TypeError(`${field} must be a string`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${field} must be an absolute URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`${field} must use http or https, got ${url.protocol.slice(0, -1)}`);
  }
}

function requireFilePath(filePath: string | undefined): string {
  if (filePath === undefined) throw new TypeError("filePath is required when httpUrl is the source");
  return filePath;
}

/** Drops keys whose value is undefined so that an omitted option never counts as a set field. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** `ResourceFile` instances or `ResourceFileInit` literals; service data is taken unchecked. */
export const resourceFileConverter: Converter = handWrittenConverter(
  ResourceFile,
  ResourceFileSpec,
  (init) => new ResourceFile(init as ResourceFileInit),
);
