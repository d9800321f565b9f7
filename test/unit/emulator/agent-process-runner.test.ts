import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildTaskEnvironment,
  isProcessAlive,
  NodeLayout,
  NodeProcessRegistry,
  type TaskEnvironmentSpec,
  type TaskRunSpec,
} from "../../../src/emulator/agent/index.js";

let dataDir: string;
let layout: NodeLayout;
let registry: NodeProcessRegistry;
let server: Server;
let serverUrl: string;
let counter = 0;

const baseSpec: Omit<TaskEnvironmentSpec, "kind" | "taskId"> = {
  accountName: "devbatch",
  accountUrl: "http://127.0.0.1:1/",
  poolId: "pool1",
  nodeId: "tvmps_node1",
  isDedicated: true,
  jobId: "job1",
};

/** A fresh task of job1 on the test node, with its environment. */
function task(
  commandLine: string,
  extra: Partial<TaskRunSpec> & { env?: Partial<TaskEnvironmentSpec> } = {},
): TaskRunSpec {
  const taskId = `task-${++counter}`;
  const { env, ...rest } = extra;
  return {
    commandLine,
    directories: layout.taskDirectories("task", "job1", taskId),
    environment: buildTaskEnvironment(layout, { ...baseSpec, kind: "task", taskId, ...env }),
    ...rest,
  };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "agent-runner-"));
  layout = NodeLayout.forNode(dataDir, "pool1", "tvmps_node1");
  await layout.create();
  registry = new NodeProcessRegistry();
  server = createServer((req, res) => {
    if (req.url?.startsWith("/files/script.sh")) {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("#!/bin/sh\necho from-script\n");
    } else if (req.url?.startsWith("/forbidden")) {
      res.writeHead(403).end();
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await registry.killAll();
  await new Promise((resolve) => server.close(resolve));
  await rm(dataDir, { recursive: true, force: true });
});

describe("running a task", () => {
  it("executes without a shell, in wd, with stdout and stderr files in the task directory", async () => {
    const spec = task(`/bin/sh -c 'pwd; echo oops >&2; echo "$0" literal-$HOME' arg0`);
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({ result: "success", exitCode: 0 });
    expect(outcome.failureInfo).toBeUndefined();
    expect(outcome.endTime.getTime()).toBeGreaterThanOrEqual(outcome.startTime.getTime());
    const stdout = await readFile(path.join(spec.directories.taskDir, "stdout.txt"), "utf8");
    const [pwd, second] = stdout.trim().split("\n");
    expect(pwd).toBe(spec.directories.workingDir);
    expect(second).toBe(`arg0 literal-${process.env.HOME}`);
    expect(await readFile(path.join(spec.directories.taskDir, "stderr.txt"), "utf8")).toBe("oops\n");
  });

  it("passes shell metacharacters through as literal arguments", async () => {
    const spec = task("echo $AZ_BATCH_TASK_ID '|' *.txt > out");
    expect((await registry.run(spec).completion).exitCode).toBe(0);
    expect(await readFile(path.join(spec.directories.taskDir, "stdout.txt"), "utf8")).toBe(
      "$AZ_BATCH_TASK_ID | *.txt > out\n",
    );
  });

  it("exposes the AZ_BATCH_* variables and environment settings, the task's winning over the job's", async () => {
    const spec = task(
      "/bin/sh -c 'echo $AZ_BATCH_TASK_ID $AZ_BATCH_JOB_ID $AZ_BATCH_POOL_ID $AZ_BATCH_NODE_ID $AZ_BATCH_NODE_IS_DEDICATED $SHARED $ONLY_JOB; echo $AZ_BATCH_TASK_WORKING_DIR; echo $AZ_BATCH_NODE_SHARED_DIR; echo $AZ_BATCH_TASK_USER_IDENTITY'",
      {
        env: {
          jobEnvironmentSettings: [
            { name: "SHARED", value: "from-job" },
            { name: "ONLY_JOB", value: "job-only" },
          ],
          environmentSettings: [{ name: "SHARED", value: "from-task" }],
        },
      },
    );
    await registry.run(spec).completion;
    const lines = (await readFile(path.join(spec.directories.taskDir, "stdout.txt"), "utf8"))
      .trim()
      .split("\n");
    expect(lines[0]).toBe(`task-${counter} job1 pool1 tvmps_node1 true from-task job-only`);
    expect(lines[1]).toBe(spec.directories.workingDir);
    expect(lines[2]).toBe(layout.sharedDir);
    expect(lines[3]).toBe("TaskNonAdmin");
  });

  it("reports a non-zero exit code as a failure", async () => {
    const outcome = await registry.run(task("/bin/sh -c 'exit 3'")).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      exitCode: 3,
      failureStage: "execution",
      failureInfo: { category: "usererror", code: "FailureExitCode" },
    });
  });

  it("reports a missing program and an unparseable command line without running anything", async () => {
    const missing = await registry.run(task("/no/such/program x")).completion;
    expect(missing).toMatchObject({ result: "failure", failureInfo: { code: "CommandProgramNotFound" } });
    expect(missing.exitCode).toBeUndefined();

    const spec = task("/bin/sh -c 'echo unbalanced");
    const unbalanced = await registry.run(spec).completion;
    expect(unbalanced).toMatchObject({
      result: "failure",
      failureStage: "preProcessing",
      failureInfo: { category: "usererror", code: "CommandLaunchFailed" },
    });
    await expect(readFile(path.join(spec.directories.taskDir, "stdout.txt"))).rejects.toThrow(/ENOENT/);
  });

  it("fails a task whose stdout.txt cannot be created, naming the file and the cause, without running it", async () => {
    const spec = task("/bin/sh -c 'touch ran'");
    // A directory where the output file belongs: opening it for writing fails with EISDIR.
    await mkdir(path.join(spec.directories.taskDir, "stdout.txt"), { recursive: true });
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      failureStage: "preProcessing",
      failureInfo: { code: "CommandLaunchFailed", details: [{ name: "File", value: "stdout.txt" }] },
    });
    expect(outcome.failureInfo?.message).toBe("The task's stdout.txt could not be created (EISDIR).");
    await expect(readFile(path.join(spec.directories.workingDir, "ran"))).rejects.toThrow(/ENOENT/);
  });

  it("runs many tasks at once, each with its own pid, exit code and output", async () => {
    const specs = Array.from({ length: 40 }, (_, i) => task(`/bin/sh -c 'echo out-${i}; exit ${i % 5}'`));
    const runs = specs.map((spec) => registry.run(spec));
    const outcomes = await Promise.all(runs.map((run) => run.completion));
    expect(new Set(runs.map((run) => run.pid)).size).toBe(specs.length);
    for (const [i, outcome] of outcomes.entries()) {
      expect(outcome.exitCode).toBe(i % 5);
      const stdout = await readFile(path.join(specs[i].directories.taskDir, "stdout.txt"), "utf8");
      expect(stdout).toBe(`out-${i}\n`);
    }
  });

  it("kills the whole process tree when maxWallClockTime expires", async () => {
    // Far longer than the test may run: the task completes only if the limit ends it.
    const spec = task("/bin/sh -c 'sleep 3600 & echo $! > child.pid; sleep 3600'", {
      maxWallClockTimeMs: 500,
    });
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      endedBy: "maxWallClockTime",
      exitCode: 137,
      failureStage: "ended",
      failureInfo: { category: "usererror", code: "TaskEnded" },
    });
    const childPid = Number(await readFile(path.join(spec.directories.workingDir, "child.pid"), "utf8"));
    await expect.poll(() => isProcessAlive(childPid), { timeout: 20_000 }).toBe(false);
  });

  it("ends a running task on request", async () => {
    const running = registry.run(task("sleep 60"));
    await expect.poll(() => running.pid).toBeDefined();
    const outcome = await running.kill("terminate");
    expect(outcome).toMatchObject({
      result: "failure",
      endedBy: "terminate",
      failureInfo: { code: "TaskEnded" },
    });
    expect(isProcessAlive(running.pid as number)).toBe(false);
  });

  it("downloads httpUrl resource files with their file mode before running", async () => {
    const spec = task("./bin/script.sh", {
      resourceFiles: [
        { httpUrl: `${serverUrl}/files/script.sh?sig=secret`, filePath: "bin/script.sh", fileMode: "0755" },
      ],
    });
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({ result: "success", exitCode: 0 });
    expect(await readFile(path.join(spec.directories.taskDir, "stdout.txt"), "utf8")).toBe("from-script\n");
  });

  it("fails the task without running it when a download fails, with no secret in the failure", async () => {
    const spec = task("/bin/sh -c 'echo ran > ran.txt'", {
      resourceFiles: [{ httpUrl: `${serverUrl}/forbidden/a.txt?sv=1&sig=topsecret`, filePath: "a.txt" }],
    });
    const outcome = await registry.run(spec).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      failureStage: "preProcessing",
      failureInfo: { category: "usererror", code: "BlobAccessDenied" },
    });
    expect(JSON.stringify(outcome.failureInfo)).not.toContain("topsecret");
    await expect(readFile(path.join(spec.directories.workingDir, "ran.txt"))).rejects.toThrow(/ENOENT/);

    const notFound = await registry.run(
      task("true", { resourceFiles: [{ httpUrl: `${serverUrl}/missing`, filePath: "m" }] }),
    ).completion;
    expect(notFound.failureInfo?.code).toBe("BlobNotFound");
  });

  it("refuses a resource filePath that leaves the working directory", async () => {
    const outcome = await registry.run(
      task("true", {
        resourceFiles: [{ httpUrl: `${serverUrl}/files/script.sh`, filePath: "../../escape.sh" }],
      }),
    ).completion;
    expect(outcome).toMatchObject({
      result: "failure",
      failureInfo: { code: "ResourceDirectoryCreateFailed" },
    });
  });

  it("runs a script found through the working directory and honours its own exit code", async () => {
    const spec = task("./run.sh");
    await mkdir(spec.directories.workingDir, { recursive: true });
    await writeFile(path.join(spec.directories.workingDir, "run.sh"), "#!/bin/sh\nexit 7\n");
    await chmod(path.join(spec.directories.workingDir, "run.sh"), 0o755);
    expect((await registry.run(spec).completion).exitCode).toBe(7);
  });
});

describe("NodeProcessRegistry.killAll", () => {
  it("leaves no process behind: running tasks and background processes of finished ones", async () => {
    const own = new NodeProcessRegistry();
    const lingerSpec = task("/bin/sh -c 'sleep 60 > /dev/null 2>&1 & echo $! > bg.pid'");
    expect((await own.run(lingerSpec).completion).exitCode).toBe(0);
    const bgPid = Number(await readFile(path.join(lingerSpec.directories.workingDir, "bg.pid"), "utf8"));
    expect(isProcessAlive(bgPid)).toBe(true);
    expect(own.lingeringGroups()).toHaveLength(1);

    const runningSpecs = [task("/bin/sh -c 'sleep 60'"), task("/bin/sh -c 'sleep 60 & sleep 60'")];
    const running = runningSpecs.map((s) => own.run(s));
    await expect.poll(() => running.every((r) => r.pid !== undefined)).toBe(true);
    expect(own.runningCount).toBe(2);

    await own.killAll();
    expect(own.runningCount).toBe(0);
    for (const r of running) {
      expect((await r.completion).endedBy).toBe("shutdown");
      expect(isProcessAlive(r.pid as number)).toBe(false);
    }
    expect(isProcessAlive(bgPid)).toBe(false);
    expect(() => own.run(task("true"))).toThrow(/closed/);
  });
});
