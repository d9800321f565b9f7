/**
 * A task: its definition (command line, environment, files, constraints, dependencies), how it ran
 * (execution and failure information), actions, and its stdout / stderr followed while it runs.
 * @module
 */
import type { CloudTask } from "../../../protocol/models.generated.js";
import { getJson, seg } from "./api.js";
import { FileTail, filePath } from "./file-tail.js";
import { useLive } from "./live.js";
import {
  Actions,
  duration,
  Failure,
  href,
  Loading,
  Properties,
  Section,
  State,
  Table,
  when,
} from "./parts.js";

/** The task page. */
export function TaskView({ jobId, taskId }: { jobId: string; taskId: string }) {
  const base = `/jobs/${seg(jobId)}/tasks/${seg(taskId)}`;
  const {
    data: task,
    error,
    reload,
  } = useLive(
    `task:${jobId}/${taskId}`,
    () => getJson<CloudTask>(base),
    (ref) => ref.jobId === jobId && (ref.taskId === undefined || ref.taskId === taskId),
  );
  if (!task) return error ? <Failure error={error} /> : <Loading />;
  const info = task.executionInfo;
  const node = task.nodeInfo;
  const running = task.state === "running" || task.state === "preparing";
  const constraints = task.constraints;
  const dependencies = task.dependsOn;
  return (
    <>
      <h1>
        Task {task.id}{" "}
        <span class="note">
          in job <a href={href("jobs", jobId)}>{jobId}</a>
        </span>
      </h1>
      <Actions
        label="Task actions"
        actions={[
          { label: "Terminate task", method: "POST", path: `${base}/terminate`, then: reload },
          { label: "Reactivate task", method: "POST", path: `${base}/reactivate`, then: reload },
          {
            label: "Delete task",
            method: "DELETE",
            path: base,
            confirm: `Delete task ${taskId}?`,
            then: () => window.location.assign(href("jobs", jobId)),
          },
        ]}
      />
      <Properties
        label="Task properties"
        items={[
          ["State", <State value={task.state} />],
          ["Command line", <code>{task.commandLine}</code>],
          [
            "Node",
            node?.nodeId && (
              <a href={href("pools", node.poolId ?? "", "nodes", node.nodeId)}>{node.nodeId}</a>
            ),
          ],
          ["Created", when(task.creationTime)],
          ["State changed", when(task.stateTransitionTime)],
          ["Required slots", task.requiredSlots ?? 1],
        ]}
      />
      <Section title="Execution">
        <Properties
          label="Execution information"
          items={[
            ["Result", info?.result],
            ["Exit code", info?.exitCode],
            ["Started", when(info?.startTime)],
            ["Ended", when(info?.endTime)],
            ["Retries", info?.retryCount ?? 0],
            ["Last retry", info?.lastRetryTime && when(info.lastRetryTime)],
            ["Requeues", info?.requeueCount],
            [
              "Failure",
              info?.failureInfo &&
                `${info.failureInfo.category} ${info.failureInfo.code}: ${info.failureInfo.message ?? ""}`,
            ],
            ["Failure details", info?.failureInfo?.details?.map((d) => `${d.name}=${d.value}`).join(", ")],
          ]}
        />
      </Section>
      <Section title="Output">
        <div class="outputs">
          <FileTail path={filePath(base, "stdout.txt")} title="stdout.txt" follow={running} />
          <FileTail path={filePath(base, "stderr.txt")} title="stderr.txt" follow={running} />
        </div>
      </Section>
      <Section title="Definition">
        <Properties
          label="Constraints and dependencies"
          items={[
            ["Max wall clock time", constraints?.maxWallClockTime && duration(constraints.maxWallClockTime)],
            ["Retention time", constraints?.retentionTime && duration(constraints.retentionTime)],
            ["Max task retries", constraints?.maxTaskRetryCount],
            ["Depends on tasks", dependencies?.taskIds?.join(", ")],
            [
              "Depends on id ranges",
              dependencies?.taskIdRanges?.map((r) => `${r.start}–${r.end}`).join(", "),
            ],
            ["Run as", task.userIdentity?.username ?? task.userIdentity?.autoUser?.elevationLevel],
          ]}
        />
        <Table
          caption="Environment settings"
          head={["Name", "Value"]}
          rows={(task.environmentSettings ?? []).map((setting) => [setting.name, setting.value ?? ""])}
        />
        <Table
          caption="Resource files"
          head={["File path", "Source"]}
          rows={(task.resourceFiles ?? []).map((file) => [
            file.filePath ?? "–",
            // A SAS URL's signature stays out of the page.
            (file.httpUrl ?? file.storageContainerUrl ?? file.autoStorageContainerName ?? "").split("?")[0],
          ])}
        />
        <Table
          caption="Output files"
          head={["Pattern", "Upload when", "Destination"]}
          rows={(task.outputFiles ?? []).map((file) => [
            file.filePattern,
            file.uploadOptions?.uploadCondition,
            (file.destination?.container?.containerUrl ?? "").split("?")[0],
          ])}
        />
      </Section>
    </>
  );
}
