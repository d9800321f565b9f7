/**
 * File staging for the add-task workflow: groups the `filesToStage` providers of all tasks by type,
 * runs each type's `stageFiles` once with that type's artifact, and adds the staged resource files
 * to each task's wire form.
 * @module
 */
import type { ResourceFile as WireResourceFile, TaskAddParameter } from "../../protocol/models.generated.js";
import { InvalidOperationException } from "../errors.js";
import {
  fileStagingProviderType,
  type FileStagingArtifacts,
  type FileStagingProviderType,
  type IFileStagingProvider,
} from "../file-staging.js";
import type { ResourceFileInit } from "../resource-file.js";
import type { AddableTask } from "./types.js";

/** Providers some add-task call is staging right now: their `stagedFiles` belong to that call. */
const staging = new WeakSet<IFileStagingProvider>();

/** The distinct providers of all tasks, each checked with its own `validate()`. */
export function validateStagingProviders(tasks: readonly AddableTask[]): IFileStagingProvider[] {
  const providers = new Set<IFileStagingProvider>();
  for (const task of tasks) {
    for (const provider of task.filesToStage ?? []) {
      if (
        typeof provider?.stageFiles !== "function" ||
        typeof provider.createStagingArtifact !== "function" ||
        typeof provider.validate !== "function"
      ) {
        throw new TypeError(
          `addTask: a filesToStage entry of task '${task.id}' is not an IFileStagingProvider (stageFiles, createStagingArtifact, validate)`,
        );
      }
      providers.add(provider);
    }
  }
  for (const provider of providers) provider.validate();
  return [...providers];
}

/**
 * Stages `providers` (the tasks' providers, from {@link validateStagingProviders}): one `stageFiles`
 * call per provider type, all types at once. Artifacts already in `artifacts` are used; missing ones
 * are created by the type's first provider and added, so the caller sees what each type created.
 * Returns the staged resource files of each task, in the order of its `filesToStage`.
 * @throws InvalidOperationException when another add-task call is staging one of the providers.
 */
export async function stageTaskFiles(
  tasks: readonly AddableTask[],
  providers: readonly IFileStagingProvider[],
  artifacts: FileStagingArtifacts,
  signal: AbortSignal,
): Promise<ResourceFileInit[][]> {
  const busy = providers.find((provider) => staging.has(provider));
  if (busy) {
    throw new InvalidOperationException(
      "addTask: a filesToStage provider is being staged by another addTask call; give each call its own providers",
    );
  }
  const buckets = bucketByType(providers);
  for (const [type, bucket] of buckets) {
    if (!artifacts.has(type)) artifacts.set(type, bucket[0].createStagingArtifact());
  }
  for (const provider of providers) staging.add(provider);
  try {
    await Promise.all(
      [...buckets].map(([type, bucket]) => bucket[0].stageFiles(bucket, artifacts.get(type)!, { signal })),
    );
    // Read while the providers still belong to this call.
    return tasks.map(stagedFilesOf);
  } finally {
    for (const provider of providers) staging.delete(provider);
  }
}

function bucketByType(
  providers: readonly IFileStagingProvider[],
): Map<FileStagingProviderType, IFileStagingProvider[]> {
  const buckets = new Map<FileStagingProviderType, IFileStagingProvider[]>();
  for (const provider of providers) {
    const type = fileStagingProviderType(provider);
    const bucket = buckets.get(type);
    if (!bucket) buckets.set(type, [provider]);
    else if (bucket[0].stageFiles !== provider.stageFiles) {
      throw new TypeError(
        `addTask: filesToStage providers of type '${type.name}' have different stageFiles implementations; give each implementation its own class`,
      );
    } else bucket.push(provider);
  }
  return buckets;
}

/** The resource files the providers of `task` staged, in the order of its `filesToStage`. */
function stagedFilesOf(task: AddableTask): ResourceFileInit[] {
  return (task.filesToStage ?? []).flatMap((provider) => {
    const files = provider.stagedFiles;
    if (!Array.isArray(files)) {
      throw new TypeError(
        `addTask: a filesToStage provider of task '${task.id}' did not set stagedFiles in stageFiles()`,
      );
    }
    return files as ResourceFileInit[];
  });
}

/** The task's wire form with staged resource files appended to its own. */
export function withStagedFiles(
  parameter: TaskAddParameter,
  staged: readonly ResourceFileInit[],
): TaskAddParameter {
  if (staged.length === 0) return parameter;
  return { ...parameter, resourceFiles: [...(parameter.resourceFiles ?? []), ...staged.map(toWire)] };
}

function toWire(file: ResourceFileInit): WireResourceFile {
  const wire: WireResourceFile = {};
  for (const key of [
    "autoStorageContainerName",
    "storageContainerUrl",
    "httpUrl",
    "blobPrefix",
    "filePath",
    "fileMode",
  ] as const) {
    if (file[key] !== undefined) wire[key] = file[key];
  }
  if (file.identityReference?.resourceId !== undefined) {
    wire.identityReference = { resourceId: file.identityReference.resourceId };
  }
  return wire;
}
