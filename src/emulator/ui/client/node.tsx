/**
 * A compute node: its state, recent tasks, start task, files (any of which opens in a tail view),
 * and a reboot button.
 * @module
 */
import { useState } from "preact/hooks";
import type { ComputeNode, NodeFile } from "../../../protocol/models.generated.js";
import { getJson, listAll, query, seg } from "./api.js";
import { FileTail, filePath } from "./file-tail.js";
import { useLive } from "./live.js";
import { Actions, Failure, href, Loading, Properties, Section, State, Table, when } from "./parts.js";

/** Files listed at most (a node that ran many tasks holds many). */
const MAX_FILES = 1000;

/** The node page. */
export function NodeView({ poolId, nodeId }: { poolId: string; nodeId: string }) {
  const base = `/pools/${seg(poolId)}/nodes/${seg(nodeId)}`;
  const [picked, setPicked] = useState<string>();
  const { data, error, reload } = useLive(
    `node:${poolId}/${nodeId}`,
    async () => {
      const [node, files] = await Promise.all([
        getJson<ComputeNode>(base),
        listAll<NodeFile>(`${base}/files${query({ recursive: "true" })}`, MAX_FILES).catch(() => []),
      ]);
      return { node, files: files.filter((file) => !file.isDirectory) };
    },
    (ref) => ref.poolId === poolId && (ref.nodeId === undefined || ref.nodeId === nodeId),
  );
  if (!data) return error ? <Failure error={error} /> : <Loading />;
  const { node, files } = data;
  const start = node.startTaskInfo;
  const shown = picked ?? files.find((file) => file.name === "startup/stdout.txt")?.name ?? files[0]?.name;
  return (
    <>
      <h1>
        Node {node.id}{" "}
        <span class="note">
          in pool <a href={href("pools", poolId)}>{poolId}</a>
        </span>
      </h1>
      <Actions
        label="Node actions"
        actions={[
          {
            label: "Reboot",
            method: "POST",
            path: `${base}/reboot`,
            body: { nodeRebootOption: "requeue" },
            confirm: `Reboot node ${nodeId}? Its running tasks are requeued.`,
            then: reload,
          },
        ]}
      />
      <Properties
        label="Node properties"
        items={[
          ["State", <State value={node.state} />],
          ["Scheduling", node.schedulingState],
          ["State changed", when(node.stateTransitionTime)],
          ["IP address", node.ipAddress],
          ["VM size", node.vmSize],
          ["Running tasks", node.runningTasksCount ?? 0],
          ["Running task slots", node.runningTaskSlotsCount],
          ["Tasks run / succeeded", `${node.totalTasksRun ?? 0} / ${node.totalTasksSucceeded ?? 0}`],
          ["Errors", node.errors?.map((e) => `${e.code}: ${e.message}`).join("; ")],
        ]}
      />
      <Section title="Recent tasks">
        <Table
          caption="Tasks that ran on the node lately"
          head={["Task", "Job", "State", "Exit code", "Started", "Ended"]}
          rows={(node.recentTasks ?? []).map((task) => [
            <a href={href("jobs", task.jobId ?? "", "tasks", task.taskId ?? "")}>{task.taskId}</a>,
            task.jobId,
            <State value={task.taskState} />,
            task.executionInfo?.exitCode ?? "–",
            when(task.executionInfo?.startTime),
            when(task.executionInfo?.endTime),
          ])}
        />
      </Section>
      <Section title="Start task">
        {node.startTask ? (
          <Properties
            label="Start task"
            items={[
              ["Command line", <code>{node.startTask.commandLine}</code>],
              ["State", <State value={start?.state} />],
              ["Exit code", start?.exitCode],
              ["Retries", start?.retryCount],
              ["Started", when(start?.startTime)],
              ["Ended", when(start?.endTime)],
              ["Failure", start?.failureInfo && `${start.failureInfo.code}: ${start.failureInfo.message}`],
            ]}
          />
        ) : (
          <p class="note">The pool has no start task.</p>
        )}
      </Section>
      <Section title="Files">
        <div class="files">
          <ul aria-label="Node files" class="file-list">
            {files.map((file) => (
              <li key={file.name}>
                <button type="button" aria-pressed={file.name === shown} onClick={() => setPicked(file.name)}>
                  {file.name}
                </button>{" "}
                <span class="note">{file.properties?.contentLength ?? 0} B</span>
              </li>
            ))}
          </ul>
          {shown ? (
            <FileTail path={filePath(base, shown)} title={shown} follow={node.state !== "unusable"} />
          ) : (
            <p class="note">The node holds no files.</p>
          )}
        </div>
      </Section>
    </>
  );
}
