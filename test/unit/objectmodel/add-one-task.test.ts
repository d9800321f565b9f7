import { delay, http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { TASK_IS_READ_ONLY } from "../../../src/objectmodel/task-hooks.js";
import { RequestInterceptor } from "../../../src/objectmodel/behaviors.js";
import type { BatchClient } from "../../../src/objectmodel/batch-client.js";
import type { CloudJob } from "../../../src/objectmodel/cloud-job.js";
import { CloudTask } from "../../../src/objectmodel/cloud-task.js";
import type {
  FileStagingArtifacts,
  IFileStagingArtifact,
  IFileStagingProvider,
} from "../../../src/objectmodel/file-staging.js";
import type { ResourceFileInit } from "../../../src/objectmodel/resource-file.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";
import { openClient, serve } from "./om-support.js";

const server = useMswServer();
const ADD = /^\/jobs\/job1\/tasks$/;

describe("JobOperations.addTask with one task", () => {
  it("applies the call's additionalBehaviors to its request, after the client's", async () => {
    const log = serve(server, [["POST", ADD, { status: 201 }]]);
    const client = openClient();
    client.customBehaviors.push(new RequestInterceptor((r) => void (r.headers["x-trace"] = "client")));
    await client.jobOperations.addTask("job1", new CloudTask("t1", "echo"), {
      additionalBehaviors: [new RequestInterceptor((r) => void (r.headers["x-trace"] += ",call"))],
    });
    expect(log).toHaveLength(1);
    expect(log[0].headers["x-trace"]).toBe("client,call");
  });

  it("an aborted signal rejects with its reason, sends nothing and leaves the task editable", async () => {
    const log = serve(server, [["POST", ADD, { status: 201 }]]);
    const task = new CloudTask("t1", "echo");
    const reason = new Error("stop now");
    await expect(
      openClient().jobOperations.addTask("job1", task, { signal: AbortSignal.abort(reason) }),
    ).rejects.toBe(reason);
    expect(log).toHaveLength(0);
    task.commandLine = "echo again";
    expect(task[TASK_IS_READ_ONLY]).toBe(false);
  });

  it("a signal aborted while the request is in flight rejects with its reason", async () => {
    const controller = new AbortController();
    server.use(
      http.post(`${TEST_BATCH_URL}/jobs/job1/tasks`, async () => {
        controller.abort(new Error("user gave up"));
        await delay(500);
        return new HttpResponse(null, { status: 201 });
      }),
    );
    await expect(
      openClient().jobOperations.addTask("job1", new CloudTask("t1", "echo"), { signal: controller.signal }),
    ).rejects.toThrow("user gave up");
  });

  it.each(["parallelOptions", "timeout", "maxResubmissions", "resubmitDelayMs", "events"])(
    "refuses the list-only option %s with a TypeError before any request",
    async (name) => {
      const log = serve(server, [["POST", ADD, { status: 201 }]]);
      const value = name === "parallelOptions" ? { maxDegreeOfParallelism: 2 } : name === "events" ? {} : 1;
      const task = new CloudTask("t1", "echo");
      await expect(
        openClient().jobOperations.addTask("job1", task, { [name]: value } as never),
      ).rejects.toThrow(new RegExp(`'${name}' applies to a list of tasks only`));
      expect(log).toHaveLength(0);
      expect(task[TASK_IS_READ_ONLY]).toBe(false);
    },
  );

  it("fills the caller's fileStagingArtifacts map for a task with files to stage", async () => {
    serve(server, [
      [
        "POST",
        /^\/jobs\/job1\/addtaskcollection$/,
        { status: 200, body: { value: [{ status: "success", taskId: "t1" }] } },
      ],
    ]);
    class InputProvider implements IFileStagingProvider {
      stagedFiles?: ResourceFileInit[];
      createStagingArtifact(): IFileStagingArtifact {
        return { namingFragment: "created-by-provider" };
      }
      validate(): void {}
      async stageFiles(files: readonly IFileStagingProvider[]): Promise<void> {
        for (const file of files as InputProvider[]) {
          file.stagedFiles = [{ httpUrl: "https://store.example/c/in.txt", filePath: "in.txt" }];
        }
      }
    }
    const artifacts: FileStagingArtifacts = new Map();
    const task = new CloudTask("t1", "cat in.txt");
    task.filesToStage = [new InputProvider()];
    await openClient().jobOperations.addTask("job1", task, { fileStagingArtifacts: artifacts });
    expect(artifacts.get(InputProvider)).toEqual({ namingFragment: "created-by-provider" });
  });

  it("refuses an array of artifact maps for one task and a map for a list, before sending", async () => {
    const log = serve(server, []);
    const task = new CloudTask("t1", "echo");
    await expect(
      openClient().jobOperations.addTask("job1", task, { fileStagingArtifacts: [] as never }),
    ).rejects.toThrow(/for one task, fileStagingArtifacts is a Map/);
    await expect(
      openClient().jobOperations.addTask("job1", [task], { fileStagingArtifacts: new Map() as never }),
    ).rejects.toThrow(/for a list of tasks, fileStagingArtifacts is an array/);
    expect(log).toHaveLength(0);
    expect(task[TASK_IS_READ_ONLY]).toBe(false);
  });

  it("checks a task the same way whether or not it has files to stage", async () => {
    const log = serve(server, [["POST", ADD, { status: 201 }]]);
    const client = openClient();
    const added = new CloudTask("t1", "echo");
    await client.jobOperations.addTask("job1", added);
    const refusals = async (task: CloudTask) => [
      String(await client.jobOperations.addTask("job1", task).catch((e: unknown) => e)),
      String(await client.jobOperations.addTask("", new CloudTask("t2", "echo")).catch((e: unknown) => e)),
    ];
    const plain = await refusals(added);
    // The same already-added task, now with files to stage, takes the workflow's path.
    added.filesToStage = [{} as IFileStagingProvider];
    expect(await refusals(added)).toEqual(plain);
    expect(plain[0]).toMatch(/InvalidOperationException: addTask: task 't1'/);
    expect(plain[1]).toMatch(/TypeError: addTask: jobId must be a non-empty string/);
    expect(log).toHaveLength(1);
  });
});

describe("addTask's one-task form in the type system", () => {
  it("rejects the list-only workflow settings (they do not type-check)", () => {
    // Never called: tsc checks the lines below; the run-time refusal is tested above.
    const typeChecks = (client: BatchClient, job: CloudJob, task: CloudTask): void => {
      const listOptions = { signal: AbortSignal.timeout(1_000), timeout: 60_000 };
      // @ts-expect-error `timeout` applies to a list of tasks only
      void job.addTask(task, listOptions);
      // @ts-expect-error `parallelOptions` applies to a list of tasks only
      void client.jobOperations.addTask("job1", task, { parallelOptions: { maxDegreeOfParallelism: 2 } });
      // @ts-expect-error `maxResubmissions` applies to a list of tasks only
      void job.addTask(task, { signal: listOptions.signal, maxResubmissions: 1 });
      void job.addTask([task], listOptions);
      void job.addTask(task, { signal: listOptions.signal });
    };
    expect(typeChecks).toBeTypeOf("function");
  });
});
