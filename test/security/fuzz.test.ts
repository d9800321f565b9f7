/**
 * Fuzzing the local Batch service with fast-check (bounded runs): valid request bodies with one
 * property replaced, removed or added at any depth, OData query strings built from the filter
 * grammar's pieces and from noise, and odd resource ids. Every answer must be a success or a 4xx
 * `BatchError`, never a 5xx, and the service keeps answering afterwards.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import { send, sign, wireRequest, type RawAnswer } from "./raw-request.js";
import { LINUX_VM_CONFIGURATION } from "../support/fixtures.js";

let service: LocalBatchService;
const internalErrors: unknown[] = [];
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

const VM = LINUX_VM_CONFIGURATION;

/** Valid bodies, one per kind of write, each sent to its operation. */
const SEEDS: Array<{ method: string; path: string; body: Record<string, unknown> }> = [
  {
    method: "POST",
    path: "/pools",
    body: {
      id: "fz-pool",
      vmSize: "standard_d1_v2",
      virtualMachineConfiguration: VM,
      targetDedicatedNodes: 1,
      startTask: { commandLine: "/bin/true", maxTaskRetryCount: 1 },
      metadata: [{ name: "a", value: "b" }],
    },
  },
  {
    method: "POST",
    path: "/jobs",
    body: {
      id: "fz-job2",
      poolInfo: { poolId: "p" },
      priority: 10,
      constraints: { maxWallClockTime: "PT1H", maxTaskRetryCount: 2 },
      onAllTasksComplete: "noaction",
    },
  },
  {
    method: "POST",
    path: "/jobs/fz-job/tasks",
    body: {
      id: "fz-task",
      commandLine: "/bin/true",
      resourceFiles: [{ httpUrl: "http://127.0.0.1:9/x", filePath: "x" }],
      environmentSettings: [{ name: "A", value: "1" }],
      constraints: { maxWallClockTime: "PT10M" },
      dependsOn: { taskIds: ["a"], taskIdRanges: [{ start: 1, end: 3 }] },
    },
  },
  {
    method: "POST",
    path: "/jobs/fz-job/addtaskcollection",
    body: {
      value: [
        { id: "c1", commandLine: "/bin/true" },
        { id: "c2", commandLine: "/bin/true", exitConditions: { default: { jobAction: "none" } } },
      ],
    },
  },
  {
    method: "PATCH",
    path: "/jobs/fz-job",
    body: { priority: 5, metadata: [{ name: "k", value: "v" }], constraints: { maxWallClockTime: "P1D" } },
  },
  {
    method: "POST",
    path: "/pools/fz-base/resize",
    body: { targetDedicatedNodes: 2, resizeTimeout: "PT15M", nodeDeallocationOption: "requeue" },
  },
  {
    method: "POST",
    path: "/jobschedules",
    body: {
      id: "fz-sched",
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "p" } },
    },
  },
  {
    method: "POST",
    path: "/pools/fz-base/evaluateautoscale",
    body: { autoScaleFormula: "$TargetDedicatedNodes = 1;" },
  },
];

type Path = Array<string | number>;

/** Every path to a property or array element in `value`. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

type Mutation =
  { kind: "replace"; value: unknown } | { kind: "delete" } | { kind: "add"; name: string; value: unknown };

function mutate(body: unknown, path: Path, mutation: Mutation): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (mutation.kind === "replace") parent[last] = mutation.value;
  else if (mutation.kind === "delete") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (parent[last] !== null && typeof parent[last] === "object" && !Array.isArray(parent[last]))
    (parent[last] as Record<string, unknown>)[mutation.name] = mutation.value;
  return copy;
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    "",
    -1,
    0,
    2 ** 31,
    2 ** 53,
    -0,
    1e308,
    "PT",
    "P-1D",
    "9999-99-99",
    "\u0000",
    "../..",
    "%2e%2e",
    "a".repeat(5000),
  ),
  fc.string({ unit: "binary", maxLength: 64 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), value: oddValue }),
  fc.constant({ kind: "delete" as const }),
  fc.record({
    kind: fc.constant("add" as const),
    name: fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("__proto__", "constructor", "odata.type", "id"),
    ),
    value: oddValue,
  }),
);

/** Checks one answer: below 500, and a well-formed `BatchError` when it is a 4xx. */
function expectWellFormed(answer: RawAnswer, what: string): void {
  if (answer.status >= 500) throw new Error(`${what} → ${answer.status} ${answer.text.slice(0, 300)}`);
  if (answer.status >= 400 && answer.text !== "") {
    const body = JSON.parse(answer.text) as { code?: unknown; message?: { lang?: unknown; value?: unknown } };
    if (
      typeof body.code !== "string" ||
      body.message?.lang !== "en-US" ||
      typeof body.message.value !== "string"
    )
      throw new Error(`${what} → ${answer.status} without a BatchError: ${answer.text.slice(0, 300)}`);
  }
}

beforeAll(async () => {
  service = await startLocalBatchService({
    timeScale: 0,
    runTasks: false,
    onInternalError: (e) => internalErrors.push(e),
  });
  for (const [method, path, body] of [
    ["POST", "/jobs", { id: "fz-job", poolInfo: { poolId: "p" } }],
    [
      "POST",
      "/pools",
      {
        id: "fz-base",
        vmSize: "standard_d1_v2",
        virtualMachineConfiguration: VM,
        enableAutoScale: true,
        autoScaleFormula: "$TargetDedicatedNodes = 0;",
      },
    ],
    ["POST", "/jobs/fz-job/tasks", { id: "t1", commandLine: "/bin/true" }],
  ] as const) {
    const answer = await send(service, sign(service, wireRequest(method, path, body)));
    expect(answer.status).toBe(201);
  }
});

afterAll(async () => {
  await service?.close();
});

describe("fuzzing the local Batch service", () => {
  it("answers mutated valid bodies with 2xx or a 4xx BatchError", async () => {
    const cases = fc
      .constantFrom(...SEEDS)
      .chain((seed) => fc.tuple(fc.constant(seed), fc.constantFrom(...pathsOf(seed.body)), mutation));
    await fc.assert(
      fc.asyncProperty(cases, async ([seed, path, change]) => {
        const body = mutate(seed.body, path, change);
        const answer = await send(service, sign(service, wireRequest(seed.method, seed.path, body)));
        expectWellFormed(answer, `${seed.method} ${seed.path} ${JSON.stringify(body).slice(0, 300)}`);
        // Undo creations so that the next run meets the same state.
        if (
          answer.status === 201 &&
          seed.method === "POST" &&
          typeof (body as { id?: unknown }).id === "string"
        ) {
          const id = encodeURIComponent((body as { id: string }).id);
          await send(service, sign(service, wireRequest("DELETE", `${seed.path}/${id}`)));
        }
      }),
      { numRuns: RUNS, seed: 42 },
    );
  }, 120_000);

  it("answers odd bodies that are not JSON objects with a 4xx BatchError", async () => {
    const raw = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom(
        "{",
        "[]",
        "null",
        "1",
        '"x"',
        '{"id":',
        '{"id":"a"}}',
        "\ufeff{}",
        '{"__proto__":{"x":1}}',
      ),
      fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SEEDS), raw, async (seed, text) => {
        const answer = await send(service, sign(service, wireRequest(seed.method, seed.path, text)));
        expectWellFormed(answer, `${seed.method} ${seed.path} ${JSON.stringify(text)}`);
        if (answer.status < 300) {
          const id = JSON.parse(text)?.id;
          if (typeof id === "string")
            await send(
              service,
              sign(service, wireRequest("DELETE", `${seed.path}/${encodeURIComponent(id)}`)),
            );
        }
      }),
      { numRuns: RUNS, seed: 43 },
    );
  }, 120_000);

  it("answers fuzzed query strings with 2xx or a 4xx BatchError", async () => {
    const property = fc.constantFrom(
      "id",
      "state",
      "creationTime",
      "priority",
      "executionInfo/exitCode",
      "stateTransitionTime",
      "x/y",
    );
    const literal = fc.oneof(
      fc.string({ maxLength: 12 }).map((s) => `'${s}'`),
      fc.integer().map(String),
      fc.constantFrom(
        "datetime'2024-01-01T00:00:00Z'",
        "'active'",
        "true",
        "null",
        "''''",
        "'",
        "datetime'x'",
        "1e999",
      ),
    );
    const op = fc.constantFrom(
      "eq",
      "ne",
      "gt",
      "ge",
      "lt",
      "le",
      "and",
      "or",
      "not",
      "startswith",
      "(",
      ")",
    );
    const filter = fc.oneof(
      fc.tuple(property, op, literal).map(([p, o, l]) => `${p} ${o} ${l}`),
      fc.array(fc.oneof(property, op, literal), { maxLength: 10 }).map((parts) => parts.join(" ")),
      fc.string({ maxLength: 80 }),
    );
    const select = fc
      .array(fc.oneof(property, fc.string({ maxLength: 8 })), { maxLength: 5 })
      .map((s) => s.join(","));
    const query = fc.record(
      {
        $filter: filter,
        $select: select,
        $expand: fc.oneof(fc.constantFrom("stats", "metadata", "x", ""), fc.string({ maxLength: 10 })),
        maxresults: fc.oneof(fc.integer({ min: -5, max: 5000 }).map(String), fc.string({ maxLength: 6 })),
        timeout: fc.oneof(fc.integer({ min: -5, max: 100000 }).map(String), fc.string({ maxLength: 6 })),
        recursive: fc.oneof(fc.boolean().map(String), fc.string({ maxLength: 5 })),
        $skiptoken: fc.string({ maxLength: 20 }),
        noise: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    );
    const targets = [
      "/jobs/fz-job/tasks",
      "/jobs",
      "/pools",
      "/jobs/fz-job/tasks/t1",
      "/jobs/fz-job/tasks/t1/files",
      "/jobschedules",
      "/nodecounts",
      "/pools/fz-base/nodes",
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), query, async (target, params) => {
        const search = new URLSearchParams(params as Record<string, string>).toString();
        const answer = await send(
          service,
          sign(service, wireRequest("GET", search ? `${target}?${search}` : target)),
        );
        expectWellFormed(answer, `GET ${target}?${search}`);
      }),
      { numRuns: RUNS, seed: 44 },
    );
  }, 120_000);

  it("answers odd resource ids with 2xx or a 4xx BatchError", async () => {
    const id = fc.oneof(
      fc.string({ minLength: 1, maxLength: 80 }),
      fc.constantFrom("..", ".", "%00", "a".repeat(300), "$metadata", "ÄÖÜ", "a b", "x?y", "x#y"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "/jobs/",
          "/pools/",
          "/jobs/fz-job/tasks/",
          "/jobschedules/",
          "/pools/fz-base/nodes/",
        ),
        id,
        async (prefix, value) => {
          for (const method of ["GET", "DELETE"]) {
            const answer = await send(
              service,
              sign(service, wireRequest(method, `${prefix}${encodeURIComponent(value)}`)),
            );
            expectWellFormed(answer, `${method} ${prefix}${JSON.stringify(value)}`);
          }
        },
      ),
      { numRuns: RUNS, seed: 45 },
    );
  }, 120_000);

  // Found by the body fuzzing above: a schedule accepted with a job specification that cannot make a
  // job must not bring the service down when its recurrence fires.
  it("survives a job schedule whose job specification names no pool", async () => {
    const body = {
      id: "fz-nopool",
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: {} },
    };
    const answer = await send(service, sign(service, wireRequest("POST", "/jobschedules", body)));
    expectWellFormed(answer, "POST /jobschedules without a pool");
    await new Promise((r) => setTimeout(r, 200));
    const after = await send(service, sign(service, wireRequest("GET", "/jobschedules/fz-nopool")));
    expect([200, 404]).toContain(after.status);
  });

  it("kept answering and met no internal error", async () => {
    const answer = await send(service, sign(service, wireRequest("GET", "/jobs/fz-job")));
    expect(answer.status).toBe(200);
    expect(internalErrors.map(String)).toEqual([]);
  });
});
