/**
 * One service per `--location`: a second one, in-process or from the command line, refuses to start
 * and names the holder's pid; once the holder is gone (closed, or killed with SIGKILL) the directory
 * can be used again, without the temporaries a killed service left.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LocationInUseError, startLocalBatchService } from "../../src/emulator/index.js";
import { startCli, stopCli, type CliService } from "./cli-process.js";

const root = mkdtempSync(join(tmpdir(), "azbatch-lock-"));
const running: CliService[] = [];

afterAll(async () => {
  await Promise.all(running.map((s) => stopCli(s, "SIGTERM")));
  rmSync(root, { recursive: true, force: true });
});

async function cli(location: string): Promise<CliService> {
  const service = await startCli(["--location", location, "--time-scale", "0"]);
  running.push(service);
  return service;
}

describe("the location lock", () => {
  it("keeps a second in-process service out until the first closes", async () => {
    const location = join(root, "in-process");
    const first = await startLocalBatchService({ location, runTasks: false });
    const second = startLocalBatchService({ location, runTasks: false });
    await expect(second).rejects.toThrow(LocationInUseError);
    await expect(second).rejects.toThrow(`(pid ${process.pid})`);
    await first.close();
    const third = await startLocalBatchService({ location, runTasks: false });
    await third.close();
  });

  it("keeps a second command-line service out, naming the holder, and is taken over after SIGKILL", async () => {
    const location = join(root, "cli");
    const first = await cli(location);
    const pid = String(first.child.pid);
    await expect(cli(location)).rejects.toThrow(
      new RegExp(`in use by another local Batch service \\(pid ${pid}\\)`),
    );
    await expect(startLocalBatchService({ location, runTasks: false })).rejects.toThrow(`(pid ${pid})`);
    await stopCli(first, "SIGKILL");
    // What a service killed mid-write leaves behind.
    const leftover = join(location, `state.json.${pid}.tmp`);
    writeFileSync(leftover, '{"version":1,"po');
    const next = await cli(location);
    expect(next.url).toMatch(/^http:/);
    expect(existsSync(leftover)).toBe(false);
  });
});
