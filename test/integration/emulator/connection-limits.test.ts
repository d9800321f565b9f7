/**
 * The local Batch service's own connection limits: an idle keep-alive connection is closed by the
 * service, and connections beyond `maxConnections` are closed unanswered while the service goes on
 * answering the ones it holds.
 */
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { sign, wireRequest } from "../../security/raw-request.js";
import { pollUntil } from "../../support/service-client.js";

const started: LocalBatchService[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(started.splice(0).map((s) => s.close()));
});

async function start(maxConnections?: number): Promise<LocalBatchService> {
  const service = await startLocalBatchService({ timeScale: 0, runTasks: false, maxConnections });
  started.push(service);
  return service;
}

/** A raw TCP connection to the service, and what it has received so far. */
interface Connection {
  readonly socket: Socket;
  received: string;
  /** Resolves when the other side closed the connection (never when this side destroys it first). */
  readonly closed: Promise<void>;
}

function open(service: LocalBatchService): Promise<Connection> {
  const { hostname, port } = new URL(service.url);
  const socket = connect({ host: hostname, port: Number(port) });
  sockets.push(socket);
  socket.on("error", () => {});
  const connection: Connection = {
    socket,
    received: "",
    closed: new Promise((resolve) => socket.once("close", () => resolve())),
  };
  socket.on("data", (chunk: Buffer) => (connection.received += chunk.toString("latin1")));
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(connection));
    socket.once("error", reject);
  });
}

/** The signed head of `GET /jobs` (keep-alive, HTTP/1.1) as it goes on the wire. */
function listJobsHead(service: LocalBatchService): string {
  const request = sign(service, wireRequest("GET", "/jobs"));
  const headers = Object.entries({ ...request.headers, host: new URL(service.url).host })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  return `GET ${request.path} HTTP/1.1\r\n${headers}`;
}

/** Waits for the `n`-th complete answer on `connection` and returns its status line and headers. */
function answer(connection: Connection, n: number): Promise<string> {
  return pollUntil(
    `answer ${n} on the connection`,
    () => {
      const answers = connection.received.split(/(?=HTTP\/1\.1 \d{3} )/);
      const last = answers[n - 1];
      if (!last || !last.includes("\r\n\r\n")) return undefined;
      const head = last.slice(0, last.indexOf("\r\n\r\n"));
      const length = /\r\ncontent-length: (\d+)/i.exec(head);
      const body = last.slice(head.length + 4);
      if (length ? body.length < Number(length[1]) : !body.endsWith("0\r\n\r\n")) return undefined;
      return head;
    },
    30_000,
    10,
  );
}

describe("connection limits of the local Batch service", () => {
  it("closes an idle keep-alive connection itself, after the 5 s it announces", async () => {
    const service = await start();
    const connection = await open(service);
    connection.socket.write(`${listJobsHead(service)}\r\n`);
    const head = await answer(connection, 1);
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    expect(head).toMatch(/\r\nkeep-alive: timeout=5/i);
    // Nothing more is sent: the service ends the connection (well within the deadline even when loaded).
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<string>(
      (resolve) => (timer = setTimeout(() => resolve("still open"), 60_000)),
    );
    const outcome = await Promise.race([connection.closed.then(() => "closed"), deadline]);
    clearTimeout(timer);
    expect(outcome).toBe("closed");
    expect(connection.socket.destroyed).toBe(true);
  }, 90_000);

  it("closes connections beyond maxConnections unanswered and goes on answering the ones it holds", async () => {
    const CAP = 3;
    const service = await start(CAP);
    const held: Connection[] = [];
    for (let i = 0; i < CAP; i++) {
      const connection = await open(service);
      connection.socket.write(`${listJobsHead(service)}\r\n`);
      // An answer proves the service holds the connection; the unfinished next request keeps it
      // from being idle, so that the keep-alive timeout does not release it during the test.
      expect(await answer(connection, 1)).toMatch(/^HTTP\/1\.1 200 /);
      connection.socket.write(listJobsHead(service));
      held.push(connection);
    }

    const refused = await open(service);
    refused.socket.write(`${listJobsHead(service)}\r\n`);
    await refused.closed;
    expect(refused.received).toBe("");

    // A held connection is still answered.
    held[0].socket.write("\r\n");
    expect(await answer(held[0], 2)).toMatch(/^HTTP\/1\.1 200 /);

    // Once one is released, a new connection is answered again.
    held[1].socket.destroy();
    await held[1].closed;
    const head = await pollUntil("a new connection to be answered", async () => {
      const connection = await open(service);
      connection.socket.write(`${listJobsHead(service)}\r\n`);
      // A refused connection closes unanswered: its answer never comes, and this attempt gives up.
      const answered = answer(connection, 1).catch(() => undefined);
      return Promise.race([answered, connection.closed.then(() => undefined)]);
    });
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
  }, 90_000);

  it("refuses a maxConnections that is not a positive integer", async () => {
    for (const bad of [0, -1, 1.5, Number.NaN])
      await expect(startLocalBatchService({ maxConnections: bad })).rejects.toThrow(RangeError);
  });
});
