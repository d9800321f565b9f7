/**
 * Path values that would make one operation's URL name another resource (`..`, `.`, empty segments,
 * separators in ids) are refused before any request, for every path parameter of every route.
 */
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/shared-key.js";
import { NoRetry } from "../../../src/http/retry-policies.js";
import { ProtocolClient, type OperationParameters } from "../../../src/protocol/client.js";
import type { Route } from "../../../src/protocol/route-types.js";
import { routes } from "../../../src/protocol/routes.generated.js";
import { openClient } from "../objectmodel/om-support.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const credentials = new BatchSharedKeyCredentials(
  TEST_BATCH_URL,
  "testaccount",
  Buffer.from("k").toString("base64"),
);
const client = new ProtocolClient(TEST_BATCH_URL, credentials, { retryPolicy: new NoRetry() });
const sent: string[] = [];
useMswServer(
  http.all("*", ({ request }) => {
    sent.push(`${request.method} ${request.url}`);
    return new HttpResponse(null, { status: 500 });
  }),
);

const ALIASING_IDS = [".", "..", "a/b", "a\\b", "/", "../pools"];
const ALIASING_FILE_PATHS = [".", "..", "a/..", "../x", "a/./b", "a//b", "/", "..\\x"];

/** Valid values for every required parameter of a route, so only the value under test can fail. */
function validParameters(route: Route): OperationParameters {
  const parameters: OperationParameters = {};
  for (const parameter of route.parameters) {
    if (!parameter.required) continue;
    if (parameter.in === "body") parameters[parameter.key] = {};
    else if (parameter.kind === "integer") parameters[parameter.key] = 1;
    else if (parameter.kind === "boolean") parameters[parameter.key] = true;
    else if (parameter.kind === "date-time-rfc1123") parameters[parameter.key] = new Date(0);
    else parameters[parameter.key] = "ok-1";
  }
  return parameters;
}

const cases = routes.flatMap((route) =>
  route.parameters
    .filter((parameter) => parameter.in === "path")
    .flatMap((parameter) =>
      (parameter.key === "filePath" ? ALIASING_FILE_PATHS : ALIASING_IDS).map(
        (value) => [route.operationId, parameter.key, value] as const,
      ),
    ),
);

describe("path parameters that alias another resource", () => {
  it("covers every route with path parameters", () => {
    const covered = new Set(cases.map(([operationId]) => operationId));
    expect(covered.size).toBe(routes.filter((route) => route.path.includes("{")).length);
  });

  it.each(cases)("%s refuses %s = %j before any request", (operationId, key, value) => {
    const route = routes.find((candidate) => candidate.operationId === operationId)!;
    sent.length = 0;
    expect(() => client.invoke(operationId, { ...validParameters(route), [key]: value })).toThrow(RangeError);
    expect(sent).toEqual([]);
  });

  it("still sends ordinary ids and nested file paths", async () => {
    sent.length = 0;
    await expect(
      client.invoke("File_DeleteFromTask", { jobId: "j.1", taskId: "t..2", filePath: "wd/out/.hidden" }),
    ).rejects.toThrow();
    expect(sent).toEqual([
      `DELETE ${TEST_BATCH_URL}/jobs/j.1/tasks/t..2/files/wd%2Fout%2F.hidden?api-version=2024-07-01.20.0`,
    ]);
  });
});

describe("object-model calls with an aliasing id", () => {
  const jobs = openClient().jobOperations;

  it.each([
    ["deleteTask", () => jobs.deleteTask("myjob", "..")],
    ["terminateTask", () => jobs.terminateTask("myjob", "..")],
    ["getTask", () => jobs.getTask("myjob", "..")],
    ["deleteNodeFile", () => jobs.deleteNodeFile({ jobId: "myjob", taskId: "t1", filePath: ".." })],
  ])("%s refuses '..' without touching the job", async (_, call) => {
    sent.length = 0;
    await expect(call()).rejects.toThrow(RangeError);
    expect(sent).toEqual([]);
  });
});
