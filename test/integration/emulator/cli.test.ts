/** The `azbatch-emulator` command line. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = join(import.meta.dirname, "../../../src/emulator/cli.ts");

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], {
    encoding: "utf8",
    timeout: 20_000,
  });
}

describe("azbatch-emulator", () => {
  it("prints its options with --help", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    for (const option of [
      "--port",
      "--host",
      "--account-name",
      "--account-key",
      "--location",
      "--accept-tokens",
      "--time-scale",
      "--transition",
    ]) {
      expect(result.stdout).toContain(option);
    }
  });

  it("refuses bad arguments with exit code 2", () => {
    expect(run("--port", "abc").status).toBe(2);
    expect(run("--bogus").status).toBe(2);
    expect(run("--transition", "delete").status).toBe(2);
    expect(run("--transition", "delete=-5").status).toBe(2);
  }, 120_000);
});
