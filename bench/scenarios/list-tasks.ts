/** List N tasks with `$select=id,state`, streamed item by item, with both clients. */
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { BatchClient, CloudTask } from "../../src/objectmodel/index.js";
import { endpointArgs, type RunFigures } from "../support/measure.js";
import { runChild, type ServiceEndpoint } from "../support/processes.js";
import type { ScenarioResult } from "../support/results.js";
import { createIdleJob } from "../support/service-client.js";
import { protocolClientFor } from "../../test/support/service-client.js";

type ListFigures = RunFigures & { firstItemMs: number };

/** Fills one job with `count` tasks, then lists them with each client in its own process. */
export async function benchListTasks(service: ServiceEndpoint, count: number): Promise<ScenarioResult> {
  const job = "bench-list";
  await createIdleJob(protocolClientFor(service), job);
  const client = BatchClient.open(
    new BatchSharedKeyCredentials(service.url, service.accountName, service.accountKey),
  );
  const tasks = Array.from({ length: count }, (_, i) => new CloudTask(`t${i}`, "/bin/true"));
  await client.jobOperations.addTask(job, tasks, { parallelOptions: { maxDegreeOfParallelism: 8 } });

  const run = (which: "azbatch" | "official") =>
    runChild<ListFigures>("clients/list-tasks.ts", [
      ...endpointArgs(service, which),
      "--job",
      job,
      "--count",
      String(count),
    ]);
  const official = await run("official");
  const ours = await run("azbatch");
  const scenario = `List ${count.toLocaleString("en-US")} tasks ($select=id,state)`;
  return {
    figures: [
      {
        scenario,
        metric: "time to first item",
        unit: "ms",
        azbatch: ours.firstItemMs,
        official: official.firstItemMs,
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "total time",
        unit: "ms",
        azbatch: ours.wallMs,
        official: official.wallMs,
        lowerIsBetter: true,
        chart: true,
        goal: "≥ 1.25×",
      },
      {
        scenario,
        metric: "requests",
        unit: "",
        azbatch: ours.requests,
        official: official.requests,
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: "peak RSS",
        unit: "MiB",
        azbatch: ours.peakRssMiB,
        official: official.peakRssMiB,
        lowerIsBetter: true,
        chart: true,
        goal: "flat: pages are streamed",
      },
    ],
    notes: ["The service answers 1,000 tasks per page; both clients consume the items one at a time."],
  };
}
