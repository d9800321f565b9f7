/**
 * Behaviours of the service that real clients rely on, checked over raw signed HTTP against what the
 * service documents and what its recorded answers show: autoscale request spacing, scheduling
 * states, job / schedule id clashes, dependency errors, terminate and reactivate answers, error
 * wording, OData Int64 strings, URLs that follow the request's address, and transition durations.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_TRANSITION_DURATIONS,
  setTaskState,
  startLocalBatchService,
  type LocalBatchService,
} from "../../../src/emulator/index.js";
import type { SchemaNode } from "../../../src/protocol/route-types.js";
import { definitions } from "../../../src/protocol/schemas.generated.js";
import { send, sign, wireRequest } from "../../security/raw-request.js";
import { poolBody, signedRequest, type RawResponse } from "./support.js";
import { pollUntil } from "../../support/service-client.js";

const RECORDINGS = join(import.meta.dirname, "../../../../shared/recordings/batch-js-node");
const SPEC = join(import.meta.dirname, "../../../../shared/spec/batch-2024-07-01.20.0/BatchService.json");

interface RecordedEntry {
  RequestUri: string;
  RequestMethod: string;
  StatusCode: number;
  ResponseBody: unknown;
}

function recording(suite: string, name: string): RecordedEntry[] {
  return (
    JSON.parse(readFileSync(join(RECORDINGS, suite, `${name}.json`), "utf8")) as { Entries: RecordedEntry[] }
  ).Entries;
}

function allRecordedEntries(): RecordedEntry[] {
  return readdirSync(RECORDINGS).flatMap((suite) =>
    readdirSync(join(RECORDINGS, suite))
      .map((file) => recording(suite, file.replace(/\.json$/, "")))
      .flat(),
  );
}

/** The first line of a `BatchError` message (the service appends the request id and time). */
function firstLine(body: unknown): string {
  return String((body as { message: { value: string } }).message.value).split("\n")[0];
}

function expectError(answer: RawResponse, status: number, code: string): void {
  expect({ status: answer.status, code: answer.body?.code }).toEqual({ status, code });
}

async function firstNodeId(service: LocalBatchService, poolId: string): Promise<string> {
  return pollUntil("a node", async () => {
    const list = await signedRequest(service, "GET", `/pools/${poolId}/nodes`);
    return (list.body?.value as { id: string }[] | undefined)?.[0]?.id;
  });
}

describe("at time scale 1, with resizes that outlast the test", () => {
  let service: LocalBatchService;
  beforeAll(async () => {
    // A resize that lasts ten minutes is still running after the requests below, however slow the machine.
    service = await startLocalBatchService({ runTasks: false, transitions: { resize: 600_000 } });
  });
  afterAll(async () => {
    await service?.close();
  });

  it("refuses a second enableautoscale within 30 s with 409 TooManyEnableAutoScaleRequests", async () => {
    expect((await signedRequest(service, "POST", "/pools", { body: poolBody("as-twice") })).status).toBe(201);
    const body = { autoScaleFormula: "$TargetDedicatedNodes = 0", autoScaleEvaluationInterval: "PT5M" };
    expect((await signedRequest(service, "POST", "/pools/as-twice/enableautoscale", { body })).status).toBe(
      200,
    );
    const again = await signedRequest(service, "POST", "/pools/as-twice/enableautoscale", { body });
    expectError(again, 409, "TooManyEnableAutoScaleRequests");
  });

  it("refuses enableautoscale and a second resize while the pool resizes, with 409 PoolBeingResized", async () => {
    const created = await signedRequest(service, "POST", "/pools", {
      body: poolBody("as-resizing", { targetDedicatedNodes: 1 }),
    });
    expect(created.status).toBe(201);
    const pool = await signedRequest(service, "GET", "/pools/as-resizing");
    expect(pool.body.allocationState).toBe("resizing");
    const enable = await signedRequest(service, "POST", "/pools/as-resizing/enableautoscale", {
      body: { autoScaleFormula: "$TargetDedicatedNodes = 0" },
    });
    expectError(enable, 409, "PoolBeingResized");
    const resize = await signedRequest(service, "POST", "/pools/as-resizing/resize", {
      body: { targetDedicatedNodes: 2 },
    });
    expectError(resize, 409, "PoolBeingResized");
  });
});

describe("the REST surface on a frozen state (tasks not run)", () => {
  let service: LocalBatchService;
  beforeAll(async () => {
    service = await startLocalBatchService({ runTasks: false, timeScale: 0 });
    await signedRequest(service, "POST", "/pools", { body: poolBody("frozen", { targetDedicatedNodes: 1 }) });
    await signedRequest(service, "POST", "/jobs", {
      body: { id: "plain-job", poolInfo: { poolId: "frozen" } },
    });
  });
  afterAll(async () => {
    await service?.close();
  });

  it("answers 409 NodeAlreadyInTargetSchedulingState when the node is already in the asked scheduling state", async () => {
    const nodeId = await firstNodeId(service, "frozen");
    const path = `/pools/frozen/nodes/${nodeId}`;
    expectError(
      await signedRequest(service, "POST", `${path}/enablescheduling`),
      409,
      "NodeAlreadyInTargetSchedulingState",
    );
    expect((await signedRequest(service, "POST", `${path}/disablescheduling`, { body: {} })).status).toBe(
      200,
    );
    expectError(
      await signedRequest(service, "POST", `${path}/disablescheduling`, { body: {} }),
      409,
      "NodeAlreadyInTargetSchedulingState",
    );
    expect((await signedRequest(service, "POST", `${path}/enablescheduling`)).status).toBe(200);
  });

  it("keeps job and job schedule ids apart: 409 JobScheduleWithSameIdExists / JobWithSameIdExists", async () => {
    const schedule = {
      id: "shared-id",
      schedule: { doNotRunUntil: "2999-01-01T00:00:00Z" },
      jobSpecification: { poolInfo: { poolId: "frozen" } },
    };
    expect((await signedRequest(service, "POST", "/jobschedules", { body: schedule })).status).toBe(201);
    expectError(
      await signedRequest(service, "POST", "/jobs", {
        body: { id: "SHARED-id", poolInfo: { poolId: "frozen" } },
      }),
      409,
      "JobScheduleWithSameIdExists",
    );
    expectError(
      await signedRequest(service, "POST", "/jobschedules", { body: { ...schedule, id: "PLAIN-JOB" } }),
      409,
      "JobWithSameIdExists",
    );
  });

  it("answers 400 TaskDependenciesNotSpecifiedOnJob for dependsOn on a job without task dependencies", async () => {
    const answer = await signedRequest(service, "POST", "/jobs/plain-job/tasks", {
      body: { id: "dependent", commandLine: "/bin/true", dependsOn: { taskIds: ["other"] } },
    });
    expectError(answer, 400, "TaskDependenciesNotSpecifiedOnJob");
  });

  it("terminates a task that never started as the recorded service does: no startTime, its failureInfo", async () => {
    const [, recorded] = recording("task_operations_test", "recording_should_terminate_a_task_successfully");
    const recordedInfo = (recorded.ResponseBody as { executionInfo: Record<string, unknown> }).executionInfo;
    expect(
      (
        await signedRequest(service, "POST", "/jobs/plain-job/tasks", {
          body: { id: "idle", commandLine: "/bin/true" },
        })
      ).status,
    ).toBe(201);
    expect((await signedRequest(service, "POST", "/jobs/plain-job/tasks/idle/terminate")).status).toBe(204);
    const task = await signedRequest(service, "GET", "/jobs/plain-job/tasks/idle");
    expect(task.body.state).toBe("completed");
    expect(task.body.executionInfo.startTime).toBeUndefined();
    expect(recordedInfo.startTime).toBeUndefined();
    expect(task.body.executionInfo.failureInfo).toEqual(recordedInfo.failureInfo);
    expect(task.body.executionInfo.result).toBe(recordedInfo.result);
  });

  it("answers 409 TaskSucceeded when reactivating a task that succeeded", async () => {
    await signedRequest(service, "POST", "/jobs/plain-job/tasks", {
      body: { id: "done", commandLine: "/bin/true" },
    });
    const job = service.service.store.jobs.get("plain-job");
    setTaskState(service.service.store, job, job.tasks.get("done"), "completed", {
      exitCode: 0,
      result: "success",
    });
    expectError(
      await signedRequest(service, "POST", "/jobs/plain-job/tasks/done/reactivate"),
      409,
      "TaskSucceeded",
    );
  });

  it("words errors as the recorded service does", async () => {
    const missing = recording(
      "task_operations_test",
      "recording_should_create_a_task_with_exit_conditions_successfully",
    ).find((e) => e.StatusCode === 404) as RecordedEntry;
    const jobAnswer = await signedRequest(service, "GET", "/jobs/no-such-job");
    expectError(jobAnswer, 404, "JobNotFound");
    expect(firstLine(jobAnswer.body)).toBe(firstLine(missing.ResponseBody));

    const [invalidMax] = recording(
      "pool_operations_test",
      "recording_should_fail_to_list_pools_with_invalid_max",
    );
    const listAnswer = await signedRequest(service, "GET", "/pools", { query: { maxresults: "-5" } });
    expectError(listAnswer, 400, "InvalidQueryParameterValue");
    expect(firstLine(listAnswer.body)).toBe(firstLine(invalidMax.ResponseBody));
  });
});

/** Every (definition, property) the contract declares as an int64 integer. */
function int64Fields(): string[] {
  const spec = JSON.parse(readFileSync(SPEC, "utf8")) as {
    definitions: Record<string, { properties?: Record<string, { type?: string; format?: string }> }>;
  };
  return Object.entries(spec.definitions).flatMap(([name, d]) =>
    Object.entries(d.properties ?? {})
      .filter(([, p]) => p.type === "integer" && p.format === "int64")
      .map(([property]) => `${name}.${property}`),
  );
}

/** Walks `value` along definition `node`, noting the JSON type of every int64 property met. */
function noteInt64(node: SchemaNode, value: unknown, seen: Map<string, Set<string>>, where = ""): void {
  if (value === null || value === undefined) return;
  if ("ref" in node) {
    noteInt64(definitions[node.ref], value, seen, node.ref);
    return;
  }
  if (node.type === "array" && Array.isArray(value)) {
    for (const item of value) noteInt64(node.items, item, seen, where);
    return;
  }
  if (node.type !== "object" || typeof value !== "object") return;
  const properties = { ...(node.properties ?? {}) };
  for (const base of node.allOf ?? [])
    Object.assign(properties, (definitions[base] as { properties?: object }).properties);
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    const schema = properties[name];
    if (!schema) continue;
    if ("type" in schema && schema.type === "integer" && schema.format === "int64") {
      const key = `${where}.${name}`;
      if (!seen.has(key)) seen.set(key, new Set());
      seen.get(key)?.add(typeof item);
    } else noteInt64(schema, item, seen, where);
  }
}

describe("with tasks running", () => {
  let service: LocalBatchService;
  beforeAll(async () => {
    service = await startLocalBatchService({ timeScale: 0 });
    await signedRequest(service, "POST", "/pools", { body: poolBody("live", { targetDedicatedNodes: 1 }) });
    await signedRequest(service, "POST", "/jobs", { body: { id: "live-job", poolInfo: { poolId: "live" } } });
    await signedRequest(service, "POST", "/jobs/live-job/tasks", {
      body: { id: "hello", commandLine: "/bin/sh -c 'echo hello world'" },
    });
    await pollUntil("the task to complete", async () => {
      const task = await signedRequest(service, "GET", "/jobs/live-job/tasks/hello");
      return task.body?.state === "completed" ? task : undefined;
    });
  });
  afterAll(async () => {
    await service?.close();
  });

  it("derives nodeInfo's nodeUrl and taskRootDirectoryUrl from the request's Host, as it does url", async () => {
    const request = wireRequest("GET", "/jobs/live-job/tasks/hello");
    request.headers.host = "batch.example.test:8443";
    const proxied = await send(service, sign(service, request));
    expect(proxied.status).toBe(200);
    const task = JSON.parse(proxied.text) as { url: string; nodeInfo: Record<string, string> };
    const base = "http://batch.example.test:8443";
    expect(task.url).toBe(`${base}/jobs/live-job/tasks/hello`);
    expect(task.nodeInfo.nodeUrl).toBe(`${base}/pools/live/nodes/${task.nodeInfo.nodeId}`);
    expect(task.nodeInfo.taskRootDirectoryUrl).toBe(
      `${task.nodeInfo.nodeUrl}/files/${task.nodeInfo.taskRootDirectory}`,
    );
    const direct = await signedRequest(service, "GET", "/jobs/live-job/tasks/hello");
    expect(direct.body.nodeInfo.nodeUrl).toBe(`${service.url}/pools/live/nodes/${task.nodeInfo.nodeId}`);
  });

  it("sends every Int64 of the contract as a JSON string, as the recorded service does", async () => {
    const fields = int64Fields();
    expect(fields).toContain("FileProperties.contentLength");
    // What the recordings show: every recorded int64 value is a string.
    const recorded = new Map<string, Set<string>>();
    for (const entry of allRecordedEntries()) {
      const path = new URL(entry.RequestUri).pathname;
      const schema = path.endsWith("/files") ? "NodeFileListResult" : undefined;
      if (schema && entry.StatusCode === 200) noteInt64({ ref: schema }, entry.ResponseBody, recorded);
    }
    expect([...(recorded.get("FileProperties.contentLength") ?? [])]).toEqual(["string"]);
    for (const types of recorded.values()) expect([...types]).toEqual(["string"]);

    // What the local service answers, for every answer that carries int64 properties.
    await signedRequest(service, "POST", "/jobschedules", {
      body: {
        id: "stats-schedule",
        schedule: { doNotRunUntil: "2999-01-01T00:00:00Z" },
        jobSpecification: { poolInfo: { poolId: "live" } },
      },
    });
    const answers: [string, string, Record<string, string>][] = [
      ["NodeFileListResult", "/jobs/live-job/tasks/hello/files", {}],
      ["CloudJob", "/jobs/live-job", { $expand: "stats" }],
      ["CloudJobSchedule", "/jobschedules/stats-schedule", { $expand: "stats" }],
      ["CloudTask", "/jobs/live-job/tasks/hello", { $expand: "stats" }],
      ["CloudPool", "/pools/live", { $expand: "stats" }],
    ];
    const seen = new Map<string, Set<string>>();
    for (const [schema, path, query] of answers) {
      const answer = await signedRequest(service, "GET", path, { query });
      expect(answer.status).toBe(200);
      noteInt64({ ref: schema }, answer.body, seen);
    }
    // Resource statistics (node CPU, memory, disk and network) are not emulated: the pool's stats carry none.
    const notEmulated = fields.filter((f) => f.startsWith("ResourceStatistics."));
    expect([...seen.keys()].sort()).toEqual(fields.filter((f) => !notEmulated.includes(f)).sort());
    for (const [field, types] of seen)
      expect({ field, types: [...types] }).toEqual({ field, types: ["string"] });
  });
});

describe("transition durations", () => {
  it("default to at least a second each", () => {
    for (const [name, ms] of Object.entries(DEFAULT_TRANSITION_DURATIONS))
      expect({ name, atLeastOneSecond: ms >= 1000 }).toEqual({ name, atLeastOneSecond: true });
  });

  it("refuses unknown names and negative durations", async () => {
    await expect(startLocalBatchService({ transitions: { delete: -1 } })).rejects.toThrow(RangeError);
    await expect(startLocalBatchService({ transitions: { bogus: 1 } as never })).rejects.toThrow(RangeError);
  });

  it("are configurable: a long delete outlasts a node's creating and starting", async () => {
    const service = await startLocalBatchService({
      initialNodeState: "creating",
      transitions: { delete: 600_000, resize: 0, nodeCreating: 300, nodeStarting: 300 },
    });
    try {
      await signedRequest(service, "POST", "/pools", { body: poolBody("doomed") });
      expect((await signedRequest(service, "DELETE", "/pools/doomed")).status).toBe(202);
      await signedRequest(service, "POST", "/pools", {
        body: poolBody("growing", { targetDedicatedNodes: 1 }),
      });
      const nodeId = await firstNodeId(service, "growing");
      // The node passes creating (300 ms) and starting (300 ms) while the other pool stays deleting.
      await pollUntil("the node to be idle", async () => {
        const node = await signedRequest(service, "GET", `/pools/growing/nodes/${nodeId}`);
        return node.body?.state === "idle" ? node : undefined;
      });
      const doomed = await signedRequest(service, "GET", "/pools/doomed");
      expect({ status: doomed.status, state: doomed.body?.state }).toEqual({
        status: 200,
        state: "deleting",
      });
    } finally {
      await service.close();
    }
  });
});
