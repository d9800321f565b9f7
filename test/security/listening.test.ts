/**
 * Where the local Batch service listens: the loopback interface unless told otherwise, and its
 * command line says so on start.
 */
import { connect } from "node:net";
import { networkInterfaces } from "node:os";
import { afterAll, describe, expect, it } from "vitest";
import { startLocalBatchService } from "../../src/emulator/index.js";
import { startCli, stopCli, type CliService } from "../reliability/cli-process.js";

const started: CliService[] = [];

afterAll(async () => {
  await Promise.all(started.map((s) => stopCli(s, "SIGTERM")));
});

/** Resolves with the connection error code, or "connected". */
function tryConnect(host: string, port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      resolve("connected");
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
  });
}

/** A non-loopback IPv4 address of this machine, if it has one. */
function externalAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
}

describe("listening address", () => {
  it("is 127.0.0.1 by default, and the command line says so", async () => {
    const cli = await startCli([]);
    started.push(cli);
    const url = new URL(cli.url);
    expect(url.hostname).toBe("127.0.0.1");
    expect(cli.banner).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(await tryConnect("127.0.0.1", Number(url.port))).toBe("connected");
    const external = externalAddress();
    if (external) expect(await tryConnect(external, Number(url.port))).not.toBe("connected");
  });

  it("is 127.0.0.1 by default through the API too", async () => {
    const service = await startLocalBatchService({ runTasks: false });
    try {
      expect(new URL(service.url).hostname).toBe("127.0.0.1");
    } finally {
      await service.close();
    }
  });

  it("follows --host when told otherwise, and reports that address", async () => {
    const cli = await startCli(["--host", "::1"]);
    started.push(cli);
    expect(cli.banner).toMatch(/listening on http:\/\/\[::1\]:\d+/);
    expect(await tryConnect("::1", Number(new URL(cli.url).port))).toBe("connected");
    expect(await tryConnect("127.0.0.1", Number(new URL(cli.url).port))).not.toBe("connected");
  });
});
