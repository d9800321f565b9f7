/**
 * File staging for the add-task workflow: runs each task's `filesToStage` providers and adds the
 * resulting resource files to the task's wire form.
 * @module
 */
import type { ResourceFile as WireResourceFile, TaskAddParameter } from "../../protocol/models.generated.js";
import type { FileStagingContext } from "../file-staging.js";
import type { ResourceFileInit } from "../resource-file.js";
import type { AddableTask } from "./types.js";

/**
 * Stages the files of every task, one provider at a time (providers share `context.artifacts`, so a
 * file used by many tasks is uploaded once), and returns the extra resource files per task.
 */
export async function stageTaskFiles(
  tasks: readonly AddableTask[],
  context: FileStagingContext,
): Promise<ResourceFileInit[][]> {
  const staged: ResourceFileInit[][] = [];
  for (const task of tasks) {
    const files: ResourceFileInit[] = [];
    for (const provider of task.filesToStage ?? []) {
      context.signal?.throwIfAborted();
      files.push(...(await provider.stageFiles(context)));
    }
    staged.push(files);
  }
  return staged;
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
