/**
 * A job: its properties and actions, the task counts as a progress bar, its statistics, job
 * preparation / release status per node, and its tasks as a filtered, paged table (the service
 * filters, selects and pages: the page never holds more than one page of tasks).
 * @module
 */
import { useState } from "preact/hooks";
import type {
  CloudJob,
  CloudTask,
  JobPreparationAndReleaseTaskExecutionInformation,
  TaskCounts,
} from "../../../protocol/models.generated.js";
import { getJson, listAll, pathOf, query, seg, type ListPage } from "./api.js";
import { useLive } from "./live.js";
import {
  Actions,
  duration,
  Failure,
  href,
  LongId,
  Loading,
  Properties,
  Section,
  State,
  Table,
  when,
} from "./parts.js";
import { TaskCountsBar } from "./task-counts.js";

/** Tasks per page of the table. */
export const TASK_PAGE_SIZE = 50;

const TASK_FIELDS = "id,state,creationTime,executionInfo,nodeInfo";

/** The table's state filter: label and `$filter` clause. */
const STATE_FILTERS: [string, string][] = [
  ["all", ""],
  ["active", "state eq 'active'"],
  ["preparing", "state eq 'preparing'"],
  ["running", "state eq 'running'"],
  ["completed", "state eq 'completed'"],
  ["failed", "executionInfo/result eq 'failure'"],
];

/** The `$filter` of a state filter and an id prefix. */
export function taskFilter(state: string, idPrefix: string): string {
  const clauses = [STATE_FILTERS.find(([name]) => name === state)?.[1] ?? ""];
  if (idPrefix) clauses.push(`startswith(id,'${idPrefix.replace(/'/g, "''")}')`);
  return clauses.filter(Boolean).join(" and ");
}

function TaskTable({ jobId }: { jobId: string }) {
  const [state, setState] = useState("all");
  const [prefix, setPrefix] = useState("");
  // What is typed follows every keystroke, so a live re-render never puts back an older text; the
  // table filters on it once it is committed (Enter or leaving the field).
  const [typed, setTyped] = useState("");
  const first = `/jobs/${seg(jobId)}/tasks${query({ $filter: taskFilter(state, prefix), $select: TASK_FIELDS, maxresults: TASK_PAGE_SIZE })}`;
  // Paths of the pages after the first one that led to the current one (the last).
  const [pages, setPages] = useState<string[]>([]);
  const current = pages.length > 0 ? pages[pages.length - 1] : first;
  const { data, error } = useLive(
    `tasks:${current}`,
    () => getJson<ListPage<CloudTask>>(current),
    (ref) => ref.jobId === jobId && ref.taskId !== undefined,
  );
  const next = data?.["odata.nextLink"];
  const refilter = (apply: () => void): void => {
    apply();
    setPages([]);
  };
  return (
    <>
      <form
        class="inline"
        role="search"
        aria-label="Filter tasks"
        onSubmit={(event) => event.preventDefault()}
      >
        <label>
          State{" "}
          <select value={state} onChange={(e) => refilter(() => setState(e.currentTarget.value))}>
            {STATE_FILTERS.map(([name]) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Id starts with{" "}
          <input
            type="search"
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
            onChange={(e) => refilter(() => setPrefix(e.currentTarget.value))}
          />
        </label>
      </form>
      {error && <Failure error={error} />}
      {!data ? (
        <Loading />
      ) : (
        <Table
          caption={`Tasks, page ${pages.length + 1} (${data.value.length} shown)`}
          head={["Task", "State", "Exit code", "Node", "Started", "Ended", "Retries"]}
          empty="No tasks match."
          rows={data.value.map((task) => [
            <a href={href("jobs", jobId, "tasks", task.id ?? "")}>{task.id}</a>,
            <State value={task.state} />,
            task.executionInfo?.exitCode ?? "–",
            <LongId id={task.nodeInfo?.nodeId} />,
            when(task.executionInfo?.startTime),
            when(task.executionInfo?.endTime),
            task.executionInfo?.retryCount ?? 0,
          ])}
        />
      )}
      <nav class="pager" aria-label="Task pages">
        <button type="button" disabled={pages.length === 0} onClick={() => setPages(pages.slice(0, -1))}>
          Previous page
        </button>
        <button type="button" disabled={!next} onClick={() => next && setPages([...pages, pathOf(next)])}>
          Next page
        </button>
      </nav>
    </>
  );
}

/** The preparation / release pair of one node. */
type PrepRelease = JobPreparationAndReleaseTaskExecutionInformation;

/** The job page. */
export function JobView({ jobId }: { jobId: string }) {
  const base = `/jobs/${seg(jobId)}`;
  const { data, error, reload } = useLive(
    `job:${jobId}`,
    async () => {
      const [job, counts, prepRelease] = await Promise.all([
        getJson<CloudJob>(`${base}${query({ $expand: "stats" })}`),
        getJson<{ taskCounts: TaskCounts }>(`${base}/taskcounts`),
        listAll<PrepRelease>(`${base}/jobpreparationandreleasetaskstatus`, 500).catch(() => []),
      ]);
      return { job, counts: counts.taskCounts, prepRelease };
    },
    (ref) => ref.jobId === jobId,
  );
  if (!data) return error ? <Failure error={error} /> : <Loading />;
  const { job, counts, prepRelease } = data;
  const stats = job.stats;
  return (
    <>
      <h1>Job {job.id}</h1>
      <Actions
        label="Job actions"
        actions={[
          { label: "Terminate job", method: "POST", path: `${base}/terminate`, body: {}, then: reload },
          {
            label: "Delete job",
            method: "DELETE",
            path: base,
            confirm: `Delete job ${jobId} and all its tasks?`,
            then: () => window.location.assign("#/"),
          },
        ]}
      />
      <Properties
        label="Job properties"
        items={[
          ["State", <State value={job.state} />],
          [
            "Pool",
            job.poolInfo?.poolId ? (
              <a href={href("pools", job.poolInfo.poolId)}>{job.poolInfo.poolId}</a>
            ) : job.poolInfo?.autoPoolSpecification ? (
              "auto pool"
            ) : undefined,
          ],
          ["Priority", job.priority ?? 0],
          ["Created", when(job.creationTime)],
          ["State changed", when(job.stateTransitionTime)],
          ["Terminate reason", job.executionInfo?.terminateReason],
          ["When all tasks complete", job.onAllTasksComplete],
          [
            "Scheduling error",
            job.executionInfo?.schedulingError &&
              `${job.executionInfo.schedulingError.code}: ${job.executionInfo.schedulingError.message}`,
          ],
        ]}
      />
      <Section title="Progress">
        <TaskCountsBar counts={counts} label={`Tasks of job ${jobId}`} />
      </Section>
      {stats && (
        <Section title="Statistics">
          <Properties
            label="Job statistics"
            items={[
              ["Succeeded tasks", stats.numSucceededTasks],
              ["Failed tasks", stats.numFailedTasks],
              ["Task retries", stats.numTaskRetries],
              ["Wall clock time", duration(stats.wallClockTime)],
              ["User CPU time", duration(stats.userCPUTime)],
              ["Kernel CPU time", duration(stats.kernelCPUTime)],
              ["Wait time", duration(stats.waitTime)],
              ["Last update", when(stats.lastUpdateTime)],
            ]}
          />
        </Section>
      )}
      {(job.jobPreparationTask || job.jobReleaseTask) && (
        <Section title="Preparation and release">
          <Table
            caption="Job preparation and release tasks per node"
            head={["Node", "Preparation", "Exit code", "Release", "Exit code"]}
            rows={prepRelease.map((entry) => [
              <a href={href("pools", entry.poolId ?? "", "nodes", entry.nodeId ?? "")}>
                <LongId id={entry.nodeId} />
              </a>,
              <State value={entry.jobPreparationTaskExecutionInfo?.state} />,
              entry.jobPreparationTaskExecutionInfo?.exitCode ?? "–",
              <State value={entry.jobReleaseTaskExecutionInfo?.state ?? "not run"} />,
              entry.jobReleaseTaskExecutionInfo?.exitCode ?? "–",
            ])}
          />
        </Section>
      )}
      <Section title="Tasks">
        <TaskTable jobId={jobId} />
      </Section>
    </>
  );
}
