/**
 * What a benchmark child process measures about itself: wall time, CPU time, peak resident memory
 * and the HTTP requests it sent (counted through Node's `http.client.request.start` diagnostics
 * channel, which both azbatch's and the official client's transports pass through).
 */
import { subscribe } from "node:diagnostics_channel";
import { parseArgs } from "node:util";
import type { ServiceEndpoint } from "./processes.js";

/** Figures of one measured run. */
export interface RunFigures {
  /** Wall time in milliseconds. */
  wallMs: number;
  /** User + system CPU time of the process in milliseconds. */
  cpuMs: number;
  /** Peak resident set size of the process in MiB. */
  peakRssMiB: number;
  /** HTTP requests sent. */
  requests: number;
}

let requestsSent = 0;
subscribe("http.client.request.start", () => requestsSent++);

/** Runs `work` and reports what it cost this process. */
export async function measure(work: () => Promise<void>): Promise<RunFigures> {
  const requestsBefore = requestsSent;
  const cpu = process.cpuUsage();
  const start = performance.now();
  await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    requests: requestsSent - requestsBefore,
  };
}

/** Parses the common child arguments: `--url --account --key --client` plus `extra` string options. */
export function childArgs<K extends string>(
  ...extra: K[]
): ServiceEndpoint & { client: "azbatch" | "official" } & Record<K, string> {
  const options = Object.fromEntries(
    ["url", "account", "key", "client", ...extra].map((name) => [name, { type: "string" as const }]),
  );
  const { values } = parseArgs({ options, strict: true });
  for (const name of Object.keys(options))
    if (typeof values[name] !== "string") throw new TypeError(`missing --${name}`);
  const v = values as Record<string, string>;
  if (v.client !== "azbatch" && v.client !== "official")
    throw new RangeError("--client must be azbatch or official");
  return { ...v, url: v.url, accountName: v.account, accountKey: v.key, client: v.client } as never;
}

/** Command-line arguments that point a child at `service`. */
export function endpointArgs(service: ServiceEndpoint, client: "azbatch" | "official"): string[] {
  return [
    "--url",
    service.url,
    "--account",
    service.accountName,
    "--key",
    service.accountKey,
    "--client",
    client,
  ];
}

/** Prints the result line the parent parses. */
export function emit(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
