/**
 * Loads `@azure/storage-blob` on first use: it takes longer to import than the rest of azbatch,
 * and most programs that drive Batch never touch storage.
 * @module
 */

/** The `@azure/storage-blob` module namespace. */
export type StorageBlob = typeof import("@azure/storage-blob");

let loaded: StorageBlob | undefined;
let loading: Promise<StorageBlob> | undefined;

/** The library, imported once per process. */
export function loadStorageBlob(): Promise<StorageBlob> {
  loading ??= import("@azure/storage-blob").then((library) => (loaded = library));
  return loading;
}

/** The library if an earlier {@link loadStorageBlob} has finished, else `undefined`. */
export function storageBlobIfLoaded(): StorageBlob | undefined {
  return loaded;
}
