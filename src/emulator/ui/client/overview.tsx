/**
 * The account overview: pools, jobs and schedules with their states, and the task counts of the jobs.
 * @module
 */
import type {
  CloudJob,
  CloudJobSchedule,
  CloudPool,
  TaskCounts,
} from "../../../protocol/models.generated.js";
import { getJson, listAll, query, seg } from "./api.js";
import { useLive } from "./live.js";
import { Failure, href, Loading, Section, State, Table, when } from "./parts.js";
import { TaskCountsBar } from "./task-counts.js";

/** Jobs whose task counts the overview asks for, at most (one request each). */
const COUNTED_JOBS = 50;
/** Every change concerns the overview: it reloads less often than the other views. */
const RELOAD_INTERVAL_MS = 2000;

interface Overview {
  pools: CloudPool[];
  jobs: CloudJob[];
  schedules: CloudJobSchedule[];
  counts: Map<string, TaskCounts>;
}

async function loadOverview(): Promise<Overview> {
  const [pools, jobs, schedules] = await Promise.all([
    listAll<CloudPool>(
      `/pools${query({ $select: "id,state,allocationState,vmSize,currentDedicatedNodes,targetDedicatedNodes,currentLowPriorityNodes,targetLowPriorityNodes" })}`,
    ),
    listAll<CloudJob>(`/jobs${query({ $select: "id,state,poolInfo,creationTime" })}`),
    listAll<CloudJobSchedule>(`/jobschedules${query({ $select: "id,state,executionInfo" })}`),
  ]);
  const counted = jobs.slice(0, COUNTED_JOBS);
  const results = await Promise.all(
    counted.map((job) =>
      getJson<{ taskCounts: TaskCounts }>(`/jobs/${seg(job.id ?? "")}/taskcounts`).catch(() => undefined),
    ),
  );
  const counts = new Map<string, TaskCounts>();
  results.forEach((result, i) => result && counts.set(counted[i].id ?? "", result.taskCounts));
  return { pools, jobs, schedules, counts };
}

function total(counts: Iterable<TaskCounts>): TaskCounts {
  const sum: TaskCounts = { active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 };
  for (const each of counts) for (const k of Object.keys(sum) as (keyof TaskCounts)[]) sum[k] += each[k];
  return sum;
}

/** The account overview page. */
export function OverviewView({ account }: { account: string }) {
  const { data, error } = useLive("overview", loadOverview, undefined, RELOAD_INTERVAL_MS);
  if (!data) return error ? <Failure error={error} /> : <Loading />;
  const sum = total(data.counts.values());
  return (
    <>
      <h1>Account {account}</h1>
      <Section title="Tasks">
        <TaskCountsBar counts={sum} label="Tasks of all jobs" />
      </Section>
      <Section title="Pools">
        <Table
          caption={`${data.pools.length} pools`}
          head={["Pool", "State", "Allocation", "Dedicated nodes", "Low-priority nodes", "VM size"]}
          rows={data.pools.map((pool) => [
            <a href={href("pools", pool.id ?? "")}>{pool.id}</a>,
            <State value={pool.state} />,
            <State value={pool.allocationState} />,
            `${pool.currentDedicatedNodes ?? 0} / ${pool.targetDedicatedNodes ?? 0}`,
            `${pool.currentLowPriorityNodes ?? 0} / ${pool.targetLowPriorityNodes ?? 0}`,
            pool.vmSize,
          ])}
        />
      </Section>
      <Section title="Jobs">
        <Table
          caption={`${data.jobs.length} jobs`}
          head={["Job", "State", "Pool", "Created", "Active", "Running", "Succeeded", "Failed"]}
          rows={data.jobs.map((job) => {
            const counts = data.counts.get(job.id ?? "");
            return [
              <a href={href("jobs", job.id ?? "")}>{job.id}</a>,
              <State value={job.state} />,
              job.poolInfo?.poolId ?? (job.poolInfo?.autoPoolSpecification ? "auto pool" : "–"),
              when(job.creationTime),
              counts?.active ?? "–",
              counts?.running ?? "–",
              counts?.succeeded ?? "–",
              counts?.failed ?? "–",
            ];
          })}
        />
      </Section>
      <Section title="Job schedules">
        <Table
          caption={`${data.schedules.length} job schedules`}
          head={["Schedule", "State", "Next run", "Recent job"]}
          rows={data.schedules.map((schedule) => [
            schedule.id,
            <State value={schedule.state} />,
            when(schedule.executionInfo?.nextRunTime),
            schedule.executionInfo?.recentJob?.id ? (
              <a href={href("jobs", schedule.executionInfo.recentJob.id)}>
                {schedule.executionInfo.recentJob.id}
              </a>
            ) : (
              "–"
            ),
          ])}
        />
      </Section>
    </>
  );
}
