/**
 * Response bodies against a real local HTTP server: stalled bodies end with a timeout or the caller's
 * signal, and a huge error body is not read past the cap.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { BatchException, HttpPipeline, NoRetry, RequestTimeoutError } from "../../../src/http/index.js";
import { BatchClient } from "../../../src/objectmodel/batch-client.js";
import { BatchRequestTimeout, RetryPolicyProvider } from "../../../src/objectmodel/behaviors.js";

const KEY = Buffer.from("body-stalls-test-key-0123456789").toString("base64");

/** What the server does with the next request. */
type Behavior = (req: http.IncomingMessage, res: http.ServerResponse) => void;

let behavior: Behavior = (_, res) => res.end();
/** Resolves when the server sees the current request's connection close. */
let closed: Promise<void> = Promise.resolve();
let base = "";
let requestsSeen = 0;
const server = http.createServer((req, res) => {
  requestsSeen++;
  closed = new Promise((resolve) => res.once("close", () => resolve()));
  behavior(req, res);
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Sends headers and `first` bytes, then nothing more. */
function stallAfter(first: string, contentType = "application/octet-stream"): Behavior {
  return (_, res) => {
    res.writeHead(200, { "content-type": contentType, "content-length": "1000000" });
    res.write(first);
  };
}

function pipeline(): HttpPipeline {
  return new HttpPipeline({
    signer: new BatchSharedKeyCredentials(base, "testaccount", KEY),
    retryPolicy: new NoRetry(),
  });
}

function readAll(stream: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    stream.once("end", () => resolve(text));
    stream.once("error", reject);
  });
}

const download = (options: { timeoutMs?: number; signal?: AbortSignal }) =>
  pipeline().send({ method: "GET", url: `${base}/files/f`, responseKind: "stream", options });

describe("a body that stalls after the headers", () => {
  it("a streamed download ends with RequestTimeoutError after timeoutMs without bytes", async () => {
    behavior = stallAfter("first bytes");
    const response = await download({ timeoutMs: 300 });
    const error = await readAll(response.body as Readable).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(300);
    await closed;
  });

  it("a streamed download ends with the signal's reason when the caller aborts", async () => {
    behavior = stallAfter("first bytes");
    const controller = new AbortController();
    const response = await download({ timeoutMs: 60_000, signal: controller.signal });
    const body = response.body as Readable;
    const reading = readAll(body).catch((e: unknown) => e);
    await new Promise((resolve) => body.once("data", resolve));
    const reason = new Error("caller gave up");
    controller.abort(reason);
    expect(await reading).toBe(reason);
    await closed;
  });

  it("a download that keeps trickling bytes is not timed out", async () => {
    behavior = (_, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      let n = 0;
      const tick = setInterval(() => {
        res.write("x");
        if (++n === 8) {
          clearInterval(tick);
          res.end();
        }
      }, 50);
    };
    // Each gap is far below the idle timeout; the whole transfer may take longer on a busy machine.
    const response = await download({ timeoutMs: 5_000 });
    expect(await readAll(response.body as Readable)).toBe("xxxxxxxx");
  });

  it("a buffered JSON body ends with RequestTimeoutError", async () => {
    behavior = stallAfter('{"id":', "application/json");
    const error = await pipeline()
      .send({ method: "GET", url: `${base}/pools/p1`, responseKind: "json", options: { timeoutMs: 300 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    await closed;
  });

  it("a buffered JSON body ends with the signal's reason when the caller aborts", async () => {
    behavior = stallAfter('{"id":', "application/json");
    const before = requestsSeen;
    const controller = new AbortController();
    const sending = pipeline()
      .send({
        method: "GET",
        url: `${base}/pools/p1`,
        responseKind: "json",
        options: { signal: controller.signal },
      })
      .catch((e: unknown) => e);
    const reason = new Error("caller gave up");
    // Abort once the server has answered the headers (polling, no fixed sleep).
    await poll(() => requestsSeen > before);
    controller.abort(reason);
    expect(await sending).toBe(reason);
    await closed;
  });

  it("NodeFile content through the object model ends with RequestTimeoutError", async () => {
    behavior = stallAfter("first bytes", "text/plain");
    const client = BatchClient.open(new BatchSharedKeyCredentials(base, "testaccount", KEY), {
      customBehaviors: [RetryPolicyProvider.noRetryProvider(), new BatchRequestTimeout(undefined, 300)],
    });
    const error = await client.jobOperations
      .copyNodeFileContentToString({ jobId: "j", taskId: "t", filePath: "stdout.txt" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    await closed;
  });
});

describe("a huge error body", () => {
  it("is read up to 64 KiB for the exception; the connection is closed before the rest is sent", async () => {
    const total = 64 * 1024 * 1024;
    let written = 0;
    let finished = false;
    behavior = (_, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      res.write(`{"code":"InternalError","message":{"lang":"en-US","value":"`);
      const pump = (): void => {
        while (written < total && !res.destroyed) {
          written += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        if (!res.destroyed) res.end('"}}', () => (finished = true));
      };
      pump();
    };
    const error = await pipeline()
      .send({ method: "GET", url: `${base}/pools/p1`, responseKind: "json" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchException);
    expect((error as BatchException).requestInformation.httpStatusCode).toBe(500);
    expect((error as Error).message).toMatch(
      /^Operation returned an invalid status code 'InternalServerError' \(500\): \{"code":"InternalError".*aaaa…$/,
    );
    await closed;
    expect(finished).toBe(false);
    // Socket buffers hold a few MiB at most; the rest was never sent.
    expect(written).toBeLessThan(total / 2);
  });
});

async function poll(condition: () => boolean, deadlineMs = 30_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met before the deadline");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
