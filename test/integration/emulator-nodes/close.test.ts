/** Closing the local Batch service ends every process its nodes started, background ones included. */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CloudTask, StartTask } from "../../../src/index.js";
import { createJob, createPool, openService, waitFor, waitForNodes } from "./support.js";

/** True while the process exists and is not a zombie waiting for its (re)parent to reap it. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^[ZX]/.test(stat.slice(stat.lastIndexOf(")") + 2));
  } catch {
    return false;
  }
}

describe("closing the service", () => {
  it("leaves no task, start task or background process behind", async () => {
    const ctx = await openService();
    let pids: number[] = [];
    try {
      // The start task never finishes and does not hold the node back.
      await createPool(ctx.client, "orphans", 1, (pool) => {
        pool.startTask = new StartTask({
          commandLine: `/bin/sh -c 'echo $$ >> "$AZ_BATCH_NODE_SHARED_DIR/pids"; sleep 60'`,
          waitForSuccess: false,
        });
        pool.taskSlotsPerNode = 2;
      });
      const [node] = await waitForNodes(ctx.client, "orphans", 1, "idle");
      await createJob(ctx.client, "orphans-job", "orphans");
      await ctx.client.jobOperations.addTask("orphans-job", [
        new CloudTask("fg", `/bin/sh -c 'echo $$ >> "$AZ_BATCH_NODE_SHARED_DIR/pids"; sleep 60'`),
        // Leaves a detached child behind and exits at once.
        new CloudTask("bg", `/bin/sh -c 'sleep 60 & echo $! >> "$AZ_BATCH_NODE_SHARED_DIR/pids"'`),
      ]);
      const file = path.join(
        ctx.service.service.store.nodeDirectory("orphans", node.id as string),
        "shared",
        "pids",
      );
      pids = await waitFor(
        "three processes to start",
        async () => (await readFile(file, "utf8").catch(() => "")).split("\n").filter(Boolean).map(Number),
        (list) => list.length === 3,
      );
      expect(pids.every(alive)).toBe(true);
    } finally {
      await ctx.close();
    }
    expect(pids.filter(alive)).toEqual([]);
  });
});
