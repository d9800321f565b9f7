/**
 * Shared pieces of the object-model unit tests: a client against the msw-served fake account, and a
 * recorder that answers every Batch request and keeps what was sent.
 */
import { http, HttpResponse, type JsonBodyType } from "msw";
import type { SetupServer } from "msw/node";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { BatchClient } from "../../../src/objectmodel/batch-client.js";
import { RetryPolicyProvider } from "../../../src/objectmodel/behaviors.js";
import { TEST_BATCH_URL } from "../../support/msw.js";
import { LINUX_VM_CONFIGURATION } from "../../support/fixtures.js";

const KEY = Buffer.from("object-model-test-key-0123456789").toString("base64");

/** A client for the fake account that never retries (failures surface at once). */
export function openClient(): BatchClient {
  return BatchClient.open(new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY), {
    customBehaviors: [RetryPolicyProvider.noRetryProvider()],
  });
}

/** One request as the fake service saw it. */
export interface Recorded {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

/** What the fake service answers to a request. */
export interface Reply {
  status?: number;
  body?: JsonBodyType | Buffer | string;
  headers?: Record<string, string>;
}

/** A route of the fake service: method, a path pattern (regex) and the reply. */
export type Route = [method: string, path: RegExp, reply: Reply | ((request: Recorded) => Reply)];

/**
 * Installs a catch-all handler answering with the first matching route (404 `NotFound` otherwise)
 * and returns the list of recorded requests.
 */
export function serve(server: SetupServer, routes: Route[]): Recorded[] {
  const log: Recorded[] = [];
  server.use(
    http.all(`${TEST_BATCH_URL}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const recorded: Recorded = {
        method: request.method,
        path: decodeURIComponent(url.pathname),
        query: Object.fromEntries(
          [...url.searchParams].filter(([k]) => k !== "api-version" && k !== "timeout"),
        ),
        headers: Object.fromEntries(request.headers),
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      log.push(recorded);
      const route = routes.find(([method, path]) => method === request.method && path.test(recorded.path));
      if (!route) {
        return HttpResponse.json(
          {
            code: "NotFound",
            message: { lang: "en-US", value: `no route for ${request.method} ${recorded.path}` },
          },
          { status: 404 },
        );
      }
      const reply = typeof route[2] === "function" ? route[2](recorded) : route[2];
      const status = reply.status ?? (request.method === "POST" ? 201 : 200);
      const headers = { "request-id": "req-1", ...(reply.headers ?? {}) };
      if (reply.body === undefined || status === 204) return new HttpResponse(null, { status, headers });
      if (Buffer.isBuffer(reply.body) || typeof reply.body === "string") {
        return new HttpResponse(reply.body, {
          status,
          headers: { "content-type": "application/octet-stream", ...headers },
        });
      }
      return HttpResponse.json(reply.body, { status, headers });
    }),
  );
  return log;
}

/** A bound pool as the service returns it. */
export const poolWire = {
  id: "pool1",
  displayName: "Pool one",
  url: `${TEST_BATCH_URL}/pools/pool1`,
  eTag: "0x8D",
  lastModified: "2024-05-01T10:00:00.000Z",
  creationTime: "2024-05-01T09:00:00.000Z",
  state: "active",
  allocationState: "steady",
  vmSize: "standard_d2s_v3",
  resizeTimeout: "PT15M",
  currentDedicatedNodes: 2,
  targetDedicatedNodes: 2,
  enableAutoScale: false,
  enableInterNodeCommunication: false,
  taskSlotsPerNode: 1,
  virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
  startTask: { commandLine: "/bin/sh -c 'echo start'", waitForSuccess: true, maxTaskRetryCount: 1 },
  metadata: [{ name: "owner", value: "team-a" }],
};

/** A bound job as the service returns it. */
export const jobWire = {
  id: "job1",
  url: `${TEST_BATCH_URL}/jobs/job1`,
  eTag: "0x8E",
  creationTime: "2024-05-01T09:00:00.000Z",
  state: "active",
  priority: 0,
  maxParallelTasks: -1,
  constraints: { maxWallClockTime: "P10675199DT2H48M5.4775807S", maxTaskRetryCount: 0 },
  poolInfo: { poolId: "pool1" },
  onAllTasksComplete: "noaction",
  executionInfo: { startTime: "2024-05-01T09:00:01.000Z", poolId: "pool1" },
};

/** A completed task as the service returns it. */
export function taskWire(id: string, state = "completed", exitCode = 0): Record<string, unknown> {
  return {
    id,
    url: `${TEST_BATCH_URL}/jobs/job1/tasks/${id}`,
    eTag: "0x8F",
    state,
    commandLine: `cmd /c echo ${id}`,
    constraints: { maxWallClockTime: "PT1H", retentionTime: "P7D", maxTaskRetryCount: 0 },
    executionInfo: {
      startTime: "2024-05-01T09:01:00.000Z",
      endTime: "2024-05-01T09:02:00.000Z",
      exitCode,
      retryCount: 0,
      requeueCount: 0,
      result: exitCode === 0 ? "success" : "failure",
    },
    nodeInfo: {
      poolId: "pool1",
      nodeId: "node1",
      affinityId: "aff",
      taskRootDirectory: `workitems/job1/job-1/${id}`,
    },
  };
}
