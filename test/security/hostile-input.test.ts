/**
 * Hostile input over raw signed HTTP against an in-process service: `$select` paths that would reach
 * `Object.prototype`, deeply nested `$filter` clauses, formulas and JSON bodies, and requests without
 * credentials, which are refused before routing and before their body is read.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import { LINUX_VM_CONFIGURATION } from "../support/fixtures.js";
import { send, sign, wireRequest, type RawAnswer } from "./raw-request.js";

let service: LocalBatchService;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  service = await startLocalBatchService({
    runTasks: false,
    onInternalError: (e: unknown) => internalErrors.push(e),
  });
  const job = await send(
    service,
    sign(service, wireRequest("POST", "/jobs", { id: "j1", poolInfo: { poolId: "p" } })),
  );
  expect(job.status).toBe(201);
});

afterAll(async () => {
  await service?.close();
  expect(internalErrors).toEqual([]);
});

function expectCode(answer: RawAnswer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  expect(JSON.parse(answer.text).code).toBe(code);
}

async function signedGet(path: string): Promise<RawAnswer> {
  return send(service, sign(service, wireRequest("GET", path)));
}

describe("$select", () => {
  it.each([
    "__proto__/signal",
    "constructor/prototype/x",
    "id,__PROTO__",
    "prototype",
    "executionInfo/constructor",
  ])("refuses %s without touching Object.prototype", async (select) => {
    const answer = await signedGet(`/jobs/j1?$select=${encodeURIComponent(select)}`);
    expectCode(answer, 400, "InvalidQueryParameterValue");
    expect(({} as Record<string, unknown>).signal).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect((await signedGet("/jobs/j1?$select=id")).status).toBe(200);
  });

  it("still selects ordinary paths", async () => {
    const answer = await signedGet("/jobs/j1?$select=id,poolInfo/poolId");
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ id: "j1", poolInfo: { poolId: "p" } });
  });
});

describe("prototype keys in task bodies", () => {
  it("refuses an add-collection body with a __proto__ key as a whole, touching no prototype", async () => {
    const body =
      '{"value":[{"id":"proto-a","commandLine":"x","__proto__":{"polluted":1}},{"id":"proto-b","commandLine":"y"}]}';
    const answer = await send(
      service,
      sign(service, wireRequest("POST", "/jobs/j1/addtaskcollection", body)),
    );

    expectCode(answer, 400, "InvalidRequestBody");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expectCode(await signedGet("/jobs/j1/tasks/proto-b"), 404, "TaskNotFound");
  });
});

describe("deep nesting", () => {
  it("refuses a $filter nested 3,000 parentheses deep with InvalidQueryParameterValue", async () => {
    // Parentheses go unencoded, to stay within the service's URL length.
    const filter = `${"(".repeat(3000)}id%20eq%20'a'${")".repeat(3000)}`;
    expectCode(await signedGet(`/jobs?$filter=${filter}`), 400, "InvalidQueryParameterValue");
    const nots = `${"not ".repeat(1500)}id eq 'a'`;
    expectCode(
      await signedGet(`/jobs?$filter=${encodeURIComponent(nots)}`),
      400,
      "InvalidQueryParameterValue",
    );
  });

  it("accepts a $filter nested a few levels deep", async () => {
    const filter = `${"(".repeat(20)}id eq 'j1'${")".repeat(20)}`;
    const answer = await signedGet(`/jobs?$filter=${encodeURIComponent(filter)}`);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).value).toHaveLength(1);
  });

  it("refuses an autoscale formula nested 1,000 levels deep with AutoScalingFormulaSyntaxError", async () => {
    const pool = {
      id: "deep-pool",
      vmSize: "standard_d1_v2",
      virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 0;",
    };
    expect((await send(service, sign(service, wireRequest("POST", "/pools", pool)))).status).toBe(201);
    for (const formula of [
      `$TargetDedicatedNodes = ${"(".repeat(1000)}1${")".repeat(1000)};`,
      `$TargetDedicatedNodes = ${"-".repeat(1000)}1;`,
    ]) {
      const answer = await send(
        service,
        sign(
          service,
          wireRequest("POST", "/pools/deep-pool/evaluateautoscale", { autoScaleFormula: formula }),
        ),
      );
      expectCode(answer, 400, "AutoScalingFormulaSyntaxError");
    }
  });

  it("answers a JSON body of 100,000 nested arrays with a 4xx, not a 500", async () => {
    const body = `{"id":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const answer = await send(service, sign(service, wireRequest("POST", "/jobs", body)));
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect((await signedGet("/jobs/j1")).status).toBe(200);
  });
});

describe("autoscale node cap", () => {
  const HUGE = "$TargetDedicatedNodes = 3000000;";

  beforeAll(async () => {
    const pool = {
      id: "cap-pool",
      vmSize: "standard_d1_v2",
      virtualMachineConfiguration: LINUX_VM_CONFIGURATION,
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 0;",
    };
    expect((await send(service, sign(service, wireRequest("POST", "/pools", pool)))).status).toBe(201);
  });

  it("evaluateautoscale reports a target above the resize cap as an evaluation error", async () => {
    const answer = await send(
      service,
      sign(service, wireRequest("POST", "/pools/cap-pool/evaluateautoscale", { autoScaleFormula: HUGE })),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).error.code).toBe("AutoScalingFormulaEvaluationError");
  });

  it("enableautoscale records the error in autoScaleRun and allocates nothing", async () => {
    const answer = await send(
      service,
      sign(service, wireRequest("POST", "/pools/cap-pool/enableautoscale", { autoScaleFormula: HUGE })),
    );
    expect(answer.status).toBe(200);
    const pool = JSON.parse((await signedGet("/pools/cap-pool")).text);
    expect(pool.autoScaleRun.error.code).toBe("AutoScalingFormulaEvaluationError");
    expect(pool.targetDedicatedNodes).toBe(0);
  });

  it.each([
    "$TargetDedicatedNodes = constructor(1);",
    "$TargetDedicatedNodes = toString;",
    "$TargetDedicatedNodes = time().constructor;",
  ])("answers %s with an evaluation error, not a prototype member", async (formula) => {
    const answer = await send(
      service,
      sign(service, wireRequest("POST", "/pools/cap-pool/evaluateautoscale", { autoScaleFormula: formula })),
    );
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).error.code).toBe("AutoScalingFormulaEvaluationError");
  });

  it("treats a user variable named constructor as an ordinary variable", async () => {
    const formula = "constructor = 1; hasOwnProperty = 2; $TargetDedicatedNodes = constructor;";
    const answer = await send(
      service,
      sign(service, wireRequest("POST", "/pools/cap-pool/evaluateautoscale", { autoScaleFormula: formula })),
    );
    const run = JSON.parse(answer.text);
    expect(run.error).toBeUndefined();
    expect(run.results).toContain("$TargetDedicatedNodes=1");
    expect(run.results).toContain("constructor=1");
  });

  it("still applies a target within the cap", async () => {
    const answer = await send(
      service,
      sign(
        service,
        wireRequest("POST", "/pools/cap-pool/evaluateautoscale", {
          autoScaleFormula: "$TargetDedicatedNodes = 1000;",
        }),
      ),
    );
    expect(JSON.parse(answer.text).error).toBeUndefined();
  });
});

describe("authentication before routing", () => {
  it.each([
    ["an unknown path", "GET", "/no-such-thing"],
    ["a wrong verb", "PATCH", "/jobs/j1/tasks"],
    ["no api-version", "GET", "/jobs"],
  ])("answers %s without credentials with 403 AuthenticationFailed", async (_, method, path) => {
    const request = wireRequest(method, path);
    if (path === "/jobs") request.path = "/jobs";
    expectCode(await send(service, request), 403, "AuthenticationFailed");
  });

  it("refuses a 50 MB unauthenticated body without reading it", async () => {
    const total = 50 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const base = new URL(service.url);
    const { status, written } = await new Promise<{ status: number; written: number }>((resolve, reject) => {
      let written = 0;
      let answered = false;
      const req = http.request({
        host: base.hostname,
        port: base.port,
        method: "POST",
        path: "/jobs?api-version=2024-07-01.20.0",
        headers: { "content-type": "application/json", "content-length": String(total) },
      });
      req.on("response", (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, written });
        req.destroy();
      });
      // Writes after the service closed the connection fail; only an error before any answer counts.
      req.on("error", (error) => {
        if (!answered) reject(error);
      });
      const pump = (): void => {
        while (!answered && written < total) {
          written += chunk.length;
          if (!req.write(chunk)) {
            req.once("drain", pump);
            return;
          }
        }
      };
      pump();
    });
    expect(status).toBe(403);
    expect(written).toBeLessThan(total / 2);
    expect((await signedGet("/jobs/j1")).status).toBe(200);
  });
});
