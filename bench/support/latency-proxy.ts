/**
 * A reverse proxy that holds every request for a fixed time before passing it on, so that a local
 * service answers as one across a network would; it also counts the requests that reach the service.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A running {@link startLatencyProxy}. */
export interface LatencyProxy {
  /** Where clients send their requests instead of the service. */
  readonly url: string;
  /** Requests passed on so far. */
  readonly requests: number;
  /** Stops listening and drops the kept-alive connections. */
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 in front of `target` that delays each request by `latencyMs`. */
export async function startLatencyProxy(target: string, latencyMs: number): Promise<LatencyProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  let requests = 0;
  const server = http.createServer((request, response) => {
    requests++;
    setTimeout(() => {
      const forwarded = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: request.method,
          path: request.url,
          headers: request.headers,
          agent,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      forwarded.on("error", (error) => response.destroy(error));
      request.pipe(forwarded);
    }, latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
