/**
 * Who gets into the web view (`ui: true`): only a browser holding a session that a one-time login
 * token or the account key opened. Unauthenticated, forged, cross-site and malformed requests under
 * `/_ui/` get a 4xx answer (never a 500), and no answer carries the account key.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import { send, type RawAnswer } from "./raw-request.js";

let service: LocalBatchService;
let plain: LocalBatchService;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  service = await startLocalBatchService({
    ui: true,
    runTasks: false,
    onInternalError: (e) => internalErrors.push(e),
  });
  plain = await startLocalBatchService({ runTasks: false });
});

afterAll(async () => {
  await service?.close();
  await plain?.close();
});

function request(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
  target: LocalBatchService = service,
): Promise<RawAnswer> {
  return send(target, { method, path, headers, body });
}

/** A session cookie (`name=value`) opened through a fresh login link. */
async function signIn(): Promise<string> {
  const login = new URL(service.ui!.loginUrl());
  const answer = await request("GET", `${login.pathname}${login.search}`);
  expect(answer.status).toBe(303);
  expect(answer.headers.location).toBe("/_ui/");
  const cookie = String(answer.headers["set-cookie"]);
  expect(cookie).toMatch(/; Path=\/_ui\/; HttpOnly; SameSite=Strict$/);
  return cookie.split(";")[0];
}

function errorCode(answer: RawAnswer): string {
  return (JSON.parse(answer.text) as { error: { code: string } }).error.code;
}

describe("web view access", () => {
  it("is off unless asked for: /_ui/ is then an unauthenticated Batch request", async () => {
    expect(plain.ui).toBeUndefined();
    const answer = await request("GET", "/_ui/", {}, undefined, plain);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text).code).toBe("AuthenticationFailed");
  });

  it("refuses every request without a session, showing the login form for the page", async () => {
    const page = await request("GET", "/_ui/");
    expect(page.status).toBe(401);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.text).toContain('name="accountKey"');
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    for (const path of ["/_ui/api/pools", "/_ui/events"]) {
      const answer = await request("GET", path, { "x-azbatch-ui": "1" });
      expect(answer.status, path).toBe(401);
      expect(errorCode(answer)).toBe("SessionRequired");
    }
    const forged = await request("GET", "/_ui/api/pools", {
      "x-azbatch-ui": "1",
      cookie: `azbatch-ui-${new URL(service.url).port}=forged; other=x; =;;`,
    });
    expect(forged.status).toBe(401);
  });

  it("takes a login token once; an unknown token is refused", async () => {
    const login = new URL(service.ui!.loginUrl());
    const target = `${login.pathname}${login.search}`;
    expect((await request("GET", target)).status).toBe(303);
    expect((await request("GET", target)).status).toBe(403);
    expect((await request("GET", "/_ui/?token=not-a-token")).status).toBe(403);
    expect((await request("GET", "/_ui/?token=")).status).toBe(403);
  });

  it("signs the page's calls on the server: the REST operations work through the proxy", async () => {
    const cookie = await signIn();
    const headers = { cookie, "x-azbatch-ui": "1" };
    const body = JSON.stringify({ id: "proxied-job", poolInfo: { poolId: "p" } });
    const added = await request(
      "POST",
      "/_ui/api/jobs",
      { ...headers, "content-type": "application/json" },
      body,
    );
    expect(added.status).toBe(201);
    const list = await request("GET", "/_ui/api/jobs?$select=id", headers);
    expect(list.status).toBe(200);
    expect(JSON.parse(list.text).value).toEqual([{ id: "proxied-job" }]);
    // The service's own refusals pass through unchanged.
    const missing = await request("GET", "/_ui/api/jobs/nope", headers);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.text).code).toBe("JobNotFound");
    for (const answer of [added, list, missing]) expect(answer.everything).not.toContain(service.accountKey);
  });

  it("refuses API calls without the page's header, from other sites, or to paths that are no operation", async () => {
    const cookie = await signIn();
    const cases: [string, string, Record<string, string>, number, string][] = [
      ["GET", "/_ui/api/pools", { cookie }, 403, "MissingHeader"],
      [
        "GET",
        "/_ui/api/pools",
        { cookie, "x-azbatch-ui": "1", origin: "http://evil.example" },
        403,
        "CrossOriginRequest",
      ],
      [
        "GET",
        "/_ui/api/pools",
        { cookie, "x-azbatch-ui": "1", "sec-fetch-site": "cross-site" },
        403,
        "CrossOriginRequest",
      ],
      ["GET", "/_ui/events", { cookie, "sec-fetch-site": "cross-site" }, 403, "CrossOriginRequest"],
      ["GET", "/_ui/api//evil.example/pools", { cookie, "x-azbatch-ui": "1" }, 400, "InvalidOperationPath"],
      ["GET", "/_ui/api/\\evil.example", { cookie, "x-azbatch-ui": "1" }, 400, "InvalidOperationPath"],
      ["GET", "/_ui/api/_ui/api/pools", { cookie, "x-azbatch-ui": "1" }, 400, "InvalidOperationPath"],
      ["GET", "/_ui/api", { cookie, "x-azbatch-ui": "1" }, 400, "InvalidOperationPath"],
      ["GET", "/_ui/api/pools/../_ui/events", { cookie, "x-azbatch-ui": "1" }, 400, "InvalidOperationPath"],
      ["OPTIONS", "/_ui/api/pools", { cookie, "x-azbatch-ui": "1" }, 405, "MethodNotAllowed"],
      ["POST", "/_ui/events", { cookie }, 405, "MethodNotAllowed"],
      ["DELETE", "/_ui/", { cookie }, 405, "MethodNotAllowed"],
      ["GET", "/_ui/login", {}, 405, "MethodNotAllowed"],
      ["GET", "/_ui/assets/..%2f..%2fpackage.json", {}, 404, "NotFound"],
      ["GET", "/_ui/assets/constructor", {}, 404, "NotFound"],
      ["GET", "/_ui/%ff%fe", { cookie }, 404, "NotFound"],
      ["GET", "/_ui/nothing-here", {}, 404, "NotFound"],
    ];
    for (const [method, path, headers, status, code] of cases) {
      const answer = await request(method, path, headers);
      expect(answer.status, `${method} ${path}`).toBe(status);
      expect(errorCode(answer), `${method} ${path}`).toBe(code);
    }
    const tooLarge = await request(
      "POST",
      "/_ui/api/jobs",
      { cookie, "x-azbatch-ui": "1", "content-type": "application/json" },
      "x".repeat(1024 * 1024 + 1),
    );
    expect(tooLarge.status).toBe(413);
    expect(errorCode(tooLarge)).toBe("RequestBodyTooLarge");
    expect((await request("GET", "/_ui")).status).toBe(303);
  });

  it("opens a session for the account key, not for another key or from another site", async () => {
    const form = (key: string) => `accountKey=${encodeURIComponent(key)}`;
    const type = { "content-type": "application/x-www-form-urlencoded" };
    const wrong = await request("POST", "/_ui/login", type, form("d3Jvbmc="));
    expect(wrong.status).toBe(403);
    expect(wrong.headers["set-cookie"]).toBeUndefined();
    const crossSite = await request(
      "POST",
      "/_ui/login",
      { ...type, origin: "http://evil.example" },
      form(service.accountKey),
    );
    expect(crossSite.status).toBe(403);
    const right = await request(
      "POST",
      "/_ui/login",
      { ...type, origin: service.url },
      form(service.accountKey),
    );
    expect(right.status).toBe(303);
    const cookie = String(right.headers["set-cookie"]).split(";")[0];
    for (const answer of [wrong, crossSite, right])
      expect(answer.everything).not.toContain(service.accountKey);
    expect((await request("GET", "/_ui/api/pools", { cookie, "x-azbatch-ui": "1" })).status).toBe(200);
    // Signing out ends the session.
    const out = await request("POST", "/_ui/logout", { cookie, origin: service.url });
    expect(out.status).toBe(303);
    expect((await request("GET", "/_ui/api/pools", { cookie, "x-azbatch-ui": "1" })).status).toBe(401);
  });

  it("streams change events to a signed-in page, coalesced, and a flood as one overflow message", async () => {
    const cookie = await signIn();
    const response = await fetch(`${service.url}/_ui/events`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffered = "";
    /** The next `change` message's data. */
    const nextChange = async (): Promise<{ refs: Record<string, string>[]; overflow: boolean }> => {
      for (;;) {
        const end = buffered.indexOf("\n\n");
        if (end >= 0) {
          const message = buffered.slice(0, end);
          buffered = buffered.slice(end + 2);
          const data = /^event: change\ndata: (.*)$/m.exec(message);
          if (data) return JSON.parse(data[1]);
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("the stream ended");
        buffered += decoder.decode(value, { stream: true });
      }
    };
    try {
      const added = await request(
        "POST",
        "/_ui/api/jobs",
        { cookie, "x-azbatch-ui": "1", "content-type": "application/json" },
        JSON.stringify({ id: "evented-job", poolInfo: { poolId: "p" } }),
      );
      expect(added.status).toBe(201);
      expect(await nextChange()).toEqual({ refs: [{ jobId: "evented-job" }], overflow: false });
      // Events in one burst share a message; a burst too large to name is one overflow message.
      const events = service.service.store.events;
      for (const taskId of ["a", "b", "a"]) events.emit("taskUpdated", { jobId: "evented-job", taskId });
      expect(await nextChange()).toEqual({
        refs: [
          { jobId: "evented-job", taskId: "a" },
          { jobId: "evented-job", taskId: "b" },
        ],
        overflow: false,
      });
      for (let i = 0; i < 1000; i++) events.emit("taskUpdated", { jobId: "evented-job", taskId: `t${i}` });
      expect(await nextChange()).toEqual({ refs: [], overflow: true });
    } finally {
      await reader.cancel();
    }
    expect(internalErrors).toEqual([]);
  });
});
