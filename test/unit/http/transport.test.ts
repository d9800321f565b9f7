import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { HttpPipeline, NoRetry } from "../../../src/http/index.js";

const KEY = Buffer.from("transport-test-key").toString("base64");

/** A server that answers `{}` and records each request's target and client port. */
async function startServer(): Promise<{ server: Server; url: string; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    seen.push(request);
    request.resume();
    request.on("end", () => response.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

function pipelineFor(url: string): HttpPipeline {
  return new HttpPipeline({
    signer: new BatchSharedKeyCredentials(url, "testaccount", KEY),
    retryPolicy: new NoRetry(),
  });
}

const servers: Server[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  for (const server of servers.splice(0)) server.close();
});

describe("transport", () => {
  it("reuses one keep-alive connection without changing its TCP keep-alive setting per request", async () => {
    const { server, url, seen } = await startServer();
    servers.push(server);
    const delays: number[] = [];
    const original = Socket.prototype.setKeepAlive;
    vi.spyOn(Socket.prototype, "setKeepAlive").mockImplementation(function (
      this: Socket,
      enable?: boolean,
      delay?: number,
    ) {
      if (enable) delays.push(delay ?? 0);
      return original.call(this, enable, delay);
    });
    const pipeline = pipelineFor(url);
    for (let i = 0; i < 10; i++)
      await pipeline.send({ method: "GET", url: `${url}/pools/p1`, responseKind: "json" });

    expect(new Set(seen.map((request) => request.socket.remotePort)).size).toBe(1);
    // One delay throughout: Node then skips the socket option call. The global agent's 1 s on
    // release against axios' 60 s on use meant two calls per request.
    expect(delays.length).toBeGreaterThan(0);
    expect(new Set(delays)).toEqual(new Set([60_000]));
  });

  /** Sends one GET to a target server with these environment variables set before the pipeline is made. */
  async function getWithEnv(env: Record<string, string>) {
    const target = await startServer();
    const proxy = await startServer();
    servers.push(target.server, proxy.server);
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value.replace("{proxy}", proxy.url));
    await pipelineFor(target.url).send({
      method: "GET",
      url: `${target.url}/pools/p1`,
      responseKind: "json",
    });
    return { target, proxy };
  }

  it("sends through the proxy that HTTP_PROXY names when the pipeline is created", async () => {
    const { target, proxy } = await getWithEnv({ HTTP_PROXY: "{proxy}", NO_PROXY: "" });

    expect(target.seen).toHaveLength(0);
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0].url).toMatch(new RegExp(`^${target.url}/pools/p1\\?api-version=`));
  });

  it("leaves NO_PROXY to decide per URL when a proxy variable is set", async () => {
    const { target, proxy } = await getWithEnv({ http_proxy: "{proxy}", no_proxy: "127.0.0.1" });

    expect(proxy.seen).toHaveLength(0);
    expect(target.seen).toHaveLength(1);
  });
});
