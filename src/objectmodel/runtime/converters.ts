/**
 * Shared converter instances for the generated property tables, including the adapters for the types
 * that the storage-facing modules define (resource files, output files, identity references).
 * @module
 */
import {
  OutputFile,
  OutputFileBlobContainerDestination,
  OutputFileDestination,
  OutputFileUploadOptions,
  type OutputFileInit,
} from "../output-file.js";
import { ResourceFile, type ResourceFileInit } from "../resource-file.js";
import type { Converter } from "./property-container.js";

/** Strings, numbers, booleans and enum values. */
export const SCALAR: Converter = { kind: "scalar" };
/** `Date` ↔ ISO-8601 date-time. */
export const DATE: Converter = { kind: "date" };
/** Milliseconds ↔ ISO-8601 duration. */
export const DURATION: Converter = { kind: "duration" };
/** Free-form JSON objects. */
export const MAP: Converter = { kind: "map" };

/**
 * Builds an instance of a hand-written class from service data without re-running its argument
 * checks: the service's own data is taken as it is.
 */
function revive<T extends object>(type: { prototype: T }, wire: unknown): T {
  return Object.assign(Object.create(type.prototype) as T, structuredClone(wire));
}

/** `ResourceFile` instances or `ResourceFileInit` literals. */
export const resourceFileConverter: Converter = {
  kind: "external",
  fromWire: (wire) => revive(ResourceFile, wire),
  fromUser: (value) => (value instanceof ResourceFile ? value : new ResourceFile(value as ResourceFileInit)),
};

/**
 * Rebuilds an output file from service data, nested classes included, without the constructors'
 * checks: the service reports enum values in its own casing (`TaskCompletion`).
 */
function reviveOutputFile(wire: unknown): OutputFile {
  const file = revive(OutputFile, wire);
  if (file.uploadOptions) file.uploadOptions = revive(OutputFileUploadOptions, file.uploadOptions);
  if (file.destination) {
    file.destination = revive(OutputFileDestination, file.destination);
    if (file.destination.container) {
      file.destination.container = revive(OutputFileBlobContainerDestination, file.destination.container);
    }
  }
  return file;
}

/** `OutputFile` instances or `OutputFileInit` literals. */
export const outputFileConverter: Converter = {
  kind: "external",
  fromWire: reviveOutputFile,
  fromUser: (value) => (value instanceof OutputFile ? value : new OutputFile(value as OutputFileInit)),
};

/** Identity references are plain `{ resourceId }` objects. */
export const identityReferenceConverter: Converter = {
  kind: "external",
  fromWire: (wire) => ({ ...(wire as object) }),
  fromUser: (value) => {
    if (value === null || typeof value !== "object")
      throw new TypeError("identityReference must be an object");
    return { ...(value as object) };
  },
};
