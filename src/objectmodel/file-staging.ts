/**
 * The file staging contract (Batch .NET `IFileStagingProvider` / `IFileStagingArtifact`): how the
 * add-task workflow asks providers to put a task's local inputs where a node can fetch them.
 * @module
 */
import type { ResourceFile, ResourceFileInit } from "./resource-file.js";

/**
 * What one staging run of one provider type reports (Batch .NET `IFileStagingArtifact`), for
 * example the blob container it created. One artifact per provider type and add-task call; the
 * caller finds it in the {@link FileStagingArtifacts} map it passed as `fileStagingArtifacts`.
 */
export interface IFileStagingArtifact {
  /** A name fragment the provider may use when it names what it creates (providers may ignore it). */
  namingFragment?: string;
}

/** Cancellation for {@link IFileStagingProvider.stageFiles}. */
export interface FileStagingOptions {
  /** Aborts staging; providers pass it on to their storage requests. */
  signal?: AbortSignal;
}

/**
 * Something that uploads a task's local inputs and describes them as resource files (Batch .NET
 * `IFileStagingProvider`). When tasks are added, the workflow groups the providers of all tasks by
 * type (their class), asks the first provider of each type for an artifact with
 * {@link createStagingArtifact} unless the caller supplied one, and calls {@link stageFiles} once
 * per type with every provider of that type. Each provider then holds its {@link stagedFiles},
 * which the workflow appends to its task's resource files.
 *
 * Providers of one class must share one `stageFiles` implementation (write them as classes).
 */
export interface IFileStagingProvider {
  /**
   * Stages every provider in `filesToStage` (all of this provider's type) and sets their
   * {@link stagedFiles}; reports what it created in `fileStagingArtifact`.
   */
  stageFiles(
    filesToStage: readonly IFileStagingProvider[],
    fileStagingArtifact: IFileStagingArtifact,
    options?: FileStagingOptions,
  ): Promise<void>;
  /** A fresh artifact for one staging run, used when the caller supplied none for this type. */
  createStagingArtifact(): IFileStagingArtifact;
  /** Checks the provider on the client side; called for every provider before anything is staged. */
  validate(): void;
  /** The resource files that reference the staged content; set by {@link stageFiles}. */
  readonly stagedFiles?: readonly (ResourceFile | ResourceFileInit)[];
}

/** The type of a staging provider (its class), the key of {@link FileStagingArtifacts} (.NET `Type`). */
export type FileStagingProviderType = abstract new (...args: never[]) => unknown;

/**
 * The artifacts of one staging run, keyed by provider type (Batch .NET
 * `ConcurrentDictionary<Type, IFileStagingArtifact>`): `artifacts.get(FileToStage)` is the
 * `SequentialFileStagingArtifact` of the `FileToStage` providers.
 */
export type FileStagingArtifacts = Map<FileStagingProviderType, IFileStagingArtifact>;

/** The type (class) of a provider: the key of its artifact. */
export function fileStagingProviderType(provider: IFileStagingProvider): FileStagingProviderType {
  return (provider as unknown as { constructor: FileStagingProviderType }).constructor;
}
