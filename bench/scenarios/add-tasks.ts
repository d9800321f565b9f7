/** Add N tasks: azbatch's workflow with 1 and 8 legs against the official client's 100-task loop. */
import { endpointArgs, type RunFigures } from "../support/measure.js";
import { runChild, type ServiceEndpoint } from "../support/processes.js";
import type { Figure, ScenarioResult } from "../support/results.js";
import { createIdleJob } from "../support/service-client.js";
import { protocolClientFor } from "../../test/support/service-client.js";

async function addRun(service: ServiceEndpoint, client: "azbatch" | "official", legs: number, count: number) {
  const job = `bench-add-${client}-${legs}`;
  await createIdleJob(protocolClientFor(service), job);
  return runChild<RunFigures>("clients/add-tasks.ts", [
    ...endpointArgs(service, client),
    ...["--job", job, "--count", String(count), "--legs", String(legs)],
  ]);
}

/** Runs the three clients one after the other against `service`. */
export async function benchAddTasks(service: ServiceEndpoint, count: number): Promise<ScenarioResult> {
  const official = await addRun(service, "official", 1, count);
  const figures: Figure[] = [];
  const scenario = `Add ${count.toLocaleString("en-US")} tasks`;
  for (const legs of [1, 8]) {
    const ours = await addRun(service, "azbatch", legs, count);
    const variant = `${legs} leg${legs > 1 ? "s" : ""}`;
    figures.push(
      {
        scenario,
        metric: `wall time, ${variant}`,
        unit: "ms",
        azbatch: ours.wallMs,
        official: official.wallMs,
        lowerIsBetter: true,
        chart: true,
      },
      {
        scenario,
        metric: `requests, ${variant}`,
        unit: "",
        azbatch: ours.requests,
        official: official.requests,
        lowerIsBetter: true,
      },
      {
        scenario,
        metric: `client CPU, ${variant}`,
        unit: "ms",
        azbatch: ours.cpuMs,
        official: official.cpuMs,
        lowerIsBetter: true,
        chart: legs === 1,
      },
      {
        scenario,
        metric: `peak RSS, ${variant}`,
        unit: "MiB",
        azbatch: ours.peakRssMiB,
        official: official.peakRssMiB,
        lowerIsBetter: true,
        chart: legs === 1,
      },
    );
  }
  return {
    figures,
    notes: [
      "Each client runs in a fresh child process; the official client sends its 100-task chunks one after the other. The local service answers on one core shared with the client, so extra legs barely shorten the run here; what sets azbatch apart in this setting is the per-request cost of building, signing and parsing.",
    ],
  };
}
