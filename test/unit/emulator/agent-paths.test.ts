import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PathEscapeError, realPathInside, resolveInside } from "../../../src/emulator/agent/safe-path.js";
import { GlobPattern, splitPattern } from "../../../src/emulator/agent/glob.js";
import { NodeLayout } from "../../../src/emulator/agent/node-layout.js";

describe("resolveInside", () => {
  const base = "/data/node/workitems/job/job-1/task/wd";

  it.each([
    ["input.txt", `${base}/input.txt`],
    ["sub/dir/file", `${base}/sub/dir/file`],
    ["a/../b", `${base}/b`],
    ["", base],
    ["./x", `${base}/x`],
  ])("accepts %j", (rel, expected) => {
    expect(resolveInside(base, rel)).toBe(expected);
  });

  it.each([
    "..",
    "../x",
    "a/../../x",
    "/etc/passwd",
    "\\etc\\passwd",
    "..\\..\\x",
    "C:\\Windows",
    "%2e%2e/x",
    "%2e%2e%2fx",
    "%252e%252e%252fx",
    "%2Fetc%2Fpasswd",
    "a\0b",
  ])("refuses %j", (rel) => {
    expect(() => resolveInside(base, rel)).toThrow(PathEscapeError);
  });

  describe("realPathInside", () => {
    let root: string;
    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), "agent-paths-"));
      await mkdir(path.join(root, "wd"));
      await writeFile(path.join(root, "wd", "ok.txt"), "ok");
      await writeFile(path.join(root, "secret.txt"), "secret");
      await symlink(path.join(root, "secret.txt"), path.join(root, "wd", "link.txt"));
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    it("follows a path that stays inside", async () => {
      expect(await realPathInside(path.join(root, "wd"), "ok.txt")).toMatch(/wd\/ok\.txt$/);
    });

    it("refuses a symbolic link that points outside", async () => {
      await expect(realPathInside(path.join(root, "wd"), "link.txt")).rejects.toThrow(PathEscapeError);
    });
  });
});

describe("GlobPattern", () => {
  it.each<[string, string, boolean]>([
    ["*.txt", "a.txt", true],
    ["*.txt", "sub/a.txt", false],
    ["**/*.txt", "a.txt", true],
    ["**/*.txt", "x/y/a.txt", true],
    ["**/*.txt", "x/y/a.log", false],
    ["out/**", "out/a/b", true],
    ["file?.dat", "file1.dat", true],
    ["file?.dat", "file12.dat", false],
    ["[ab].txt", "a.txt", true],
    ["[!ab].txt", "a.txt", false],
    ["a.b", "axb", false],
  ])("%j matches %j: %s", (pattern, p, expected) => {
    expect(new GlobPattern(pattern).matches(p)).toBe(expected);
  });

  it("splits the literal folders off a pattern", () => {
    expect(splitPattern("out/logs/**/*.txt")).toEqual({ base: "out/logs", rest: "**/*.txt" });
    expect(splitPattern("../std*.txt")).toEqual({ base: "..", rest: "std*.txt" });
    expect(splitPattern("result.txt")).toEqual({ base: "result.txt", rest: "" });
  });
});

describe("NodeLayout", () => {
  const layout = NodeLayout.forNode("/data", "Pool1", "tvm-1");

  it("lays a node out like a Batch Linux node", () => {
    expect(layout.rootDir).toBe("/data/pools/pool1/nodes/tvm-1");
    expect(layout.sharedDir).toBe("/data/pools/pool1/nodes/tvm-1/shared");
    expect(layout.mountsDir).toBe("/data/pools/pool1/nodes/tvm-1/fsmounts");
    expect(layout.taskDirectories("startTask")).toEqual({
      taskDir: "/data/pools/pool1/nodes/tvm-1/startup",
      workingDir: "/data/pools/pool1/nodes/tvm-1/startup/wd",
    });
    expect(layout.taskDirectories("task", "job1", "t1").workingDir).toBe(
      "/data/pools/pool1/nodes/tvm-1/workitems/job1/job-1/t1/wd",
    );
    expect(layout.taskDirectories("jobPreparation", "job1").taskDir).toBe(
      "/data/pools/pool1/nodes/tvm-1/workitems/job1/job-1/jobpreparation",
    );
    expect(layout.taskDirectories("jobRelease", "job1").taskDir).toBe(
      "/data/pools/pool1/nodes/tvm-1/workitems/job1/job-1/jobrelease",
    );
  });

  it("refuses ids that would split or climb a path", () => {
    expect(() => layout.taskDirectories("task", "job1", "..")).toThrow(RangeError);
    expect(() => layout.taskDirectories("task", "a/b", "t")).toThrow(RangeError);
    expect(() => layout.taskDirectories("task", "job1")).toThrow(TypeError);
  });
});
