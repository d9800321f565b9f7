import { describe, expect, it } from "vitest";
import { useMswServer } from "../../support/msw.js";
import { openClient, serve } from "./om-support.js";

const server = useMswServer();
const nodeWire = { id: "node1", state: "deallocated", vmSize: "standard_d2s_v3", isDedicated: true };

describe("ComputeNode.start() and deallocate() (Batch .NET ComputeNode.StartAsync / DeallocateAsync)", () => {
  it("post to the node's start and deallocate routes, passing the deallocate option", async () => {
    const log = serve(server, [
      ["GET", /^\/pools\/pool1\/nodes\/node1$/, { body: nodeWire }],
      ["POST", /^\/pools\/pool1\/nodes\/node1\/start$/, { status: 202 }],
      ["POST", /^\/pools\/pool1\/nodes\/node1\/deallocate$/, { status: 202 }],
    ]);
    const node = await openClient().poolOperations.getComputeNode("pool1", "node1");
    await node.start();
    await node.deallocate("terminate");
    await node.deallocate();
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /pools/pool1/nodes/node1",
      "POST /pools/pool1/nodes/node1/start",
      "POST /pools/pool1/nodes/node1/deallocate",
      "POST /pools/pool1/nodes/node1/deallocate",
    ]);
    expect(log[2].body).toEqual({ nodeDeallocateOption: "terminate" });
    expect(log[3].body ?? {}).toEqual({});
  });
});
