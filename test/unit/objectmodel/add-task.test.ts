import { describe, expect, it } from "vitest";
import {
  TASK_ADD_PARAMETER,
  TASK_FREEZE,
  TASK_IS_READ_ONLY,
  TASK_MARK_COMMITTED,
  TASK_PARENT_JOB_ID,
} from "../../../src/objectmodel/task-hooks.js";
import { http, HttpResponse } from "msw";
import { EventEmitter } from "eventemitter3";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { ProtocolClient } from "../../../src/protocol/client.js";
import type { TaskAddParameter, TaskAddResult } from "../../../src/protocol/models.generated.js";
import {
  addTaskCollection,
  AddTaskResultStatus,
  type AddTaskCollectionEvents,
  type AddTaskOptions,
  type AddableTask,
} from "../../../src/objectmodel/add-task/index.js";
import { AddTaskCollectionResultHandler, RetryPolicyProvider } from "../../../src/objectmodel/behaviors.js";
import {
  AddTaskCollectionTerminatedException,
  BatchClientException,
  InvalidOperationException,
  ParallelOperationsException,
  TimeoutException,
} from "../../../src/objectmodel/errors.js";
import { CloudTask } from "../../../src/objectmodel/cloud-task.js";
import type {
  FileStagingArtifacts,
  FileStagingOptions,
  IFileStagingArtifact,
  IFileStagingProvider,
} from "../../../src/objectmodel/file-staging.js";
import type { ResourceFileInit } from "../../../src/objectmodel/resource-file.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();
const KEY = Buffer.from("add-task-test-key-add-task-test!").toString("base64");
const ADD_URL = `${TEST_BATCH_URL}/jobs/job1/addtaskcollection`;

/** A minimal task implementing the workflow's contract. */
class FakeTask implements AddableTask {
  bindingState: "unbound" | "bound" = "unbound";
  isReadOnly = false;
  committedTo?: string;
  get [TASK_IS_READ_ONLY](): boolean {
    return this.isReadOnly;
  }
  filesToStage?: IFileStagingProvider[];
  constructor(
    readonly id: string,
    readonly commandLine = `echo ${id}`,
  ) {}
  [TASK_FREEZE](): void {
    this.isReadOnly = true;
  }
  [TASK_ADD_PARAMETER](): TaskAddParameter {
    return { id: this.id, commandLine: this.commandLine };
  }
  [TASK_MARK_COMMITTED](jobId: string): void {
    this.committedTo = jobId;
  }
}

function tasks(count: number, commandLine?: (i: number) => string): FakeTask[] {
  return Array.from({ length: count }, (_, i) => new FakeTask(`t${i}`, commandLine?.(i)));
}

function protocol(): ProtocolClient {
  return new ProtocolClient(
    TEST_BATCH_URL,
    new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY),
  );
}

/** Fast, deterministic settings: no pipeline retries, 1 ms resubmission delay. */
function fast(extra: AddTaskOptions = {}): AddTaskOptions {
  return { behaviors: [RetryPolicyProvider.noRetryProvider()], resubmitDelayMs: 1, ...extra };
}

interface Received {
  ids: string[];
  bytes: number;
}

type Verdict = (id: string, submission: number) => TaskAddResult | undefined;

/**
 * Serves add-collection requests: `verdict` decides each task's result from its id and how often it was
 * submitted (1 = first time); returning undefined leaves the task out of the response.
 */
function serveAdd(verdict: Verdict = (id) => ({ taskId: id, status: "success" })): Received[] {
  const received: Received[] = [];
  const submissions = new Map<string, number>();
  server.use(
    http.post(ADD_URL, async ({ request }) => {
      const text = await request.text();
      const body = JSON.parse(text) as { value: TaskAddParameter[] };
      const ids = body.value.map((t) => t.id);
      received.push({ ids, bytes: Buffer.byteLength(text) });
      const value = ids
        .map((id) => {
          const n = (submissions.get(id) ?? 0) + 1;
          submissions.set(id, n);
          return verdict(id, n);
        })
        .filter((r): r is TaskAddResult => r !== undefined);
      return HttpResponse.json({ value });
    }),
  );
  return received;
}

const serverError = (id: string): TaskAddResult => ({
  taskId: id,
  status: "servererror",
  error: { code: "ServerBusy", message: { value: "try later" } },
});
const taskExists = (id: string): TaskAddResult => ({
  taskId: id,
  status: "clienterror",
  error: { code: "TaskExists", message: { value: "The specified task already exists." } },
});

describe("addTaskCollection: chunking and packing", () => {
  it("sends 250 tasks as 3 requests of at most 100 and commits every task", async () => {
    const received = serveAdd();
    const list = tasks(250);
    const summary = await addTaskCollection(protocol(), "job1", list, fast());
    expect(received.map((r) => r.ids.length)).toEqual([100, 100, 50]);
    expect(new Set(received.flatMap((r) => r.ids)).size).toBe(250);
    expect(summary).toEqual({ added: 250, resubmissions: 0, requests: 3 });
    expect(list.every((t) => t.committedTo === "job1" && t.isReadOnly)).toBe(true);
  });

  it("packs big tasks so every request body stays under 1 MB", async () => {
    const received = serveAdd();
    const big = "x".repeat(150_000);
    const summary = await addTaskCollection(
      protocol(),
      "job1",
      tasks(20, (i) => `${big}${i}`),
      fast(),
    );
    expect(summary.added).toBe(20);
    expect(received.length).toBeGreaterThanOrEqual(4);
    for (const request of received) expect(request.bytes).toBeLessThan(1_000_000);
    expect(received.reduce((n, r) => n + r.ids.length, 0)).toBe(20);
  });

  it("rejects a task that can never fit a request before sending anything", async () => {
    const received = serveAdd();
    const list = [new FakeTask("ok"), new FakeTask("huge", "y".repeat(1_100_000))];
    await expect(addTaskCollection(protocol(), "job1", list, fast())).rejects.toThrow(RangeError);
    expect(received).toHaveLength(0);
  });

  it("splits a request the service rejects as RequestBodyTooLarge", async () => {
    const sizes: number[] = [];
    server.use(
      http.post(ADD_URL, async ({ request }) => {
        const body = (await request.json()) as { value: TaskAddParameter[] };
        sizes.push(body.value.length);
        if (body.value.length > 25) {
          return HttpResponse.json(
            { code: "RequestBodyTooLarge", message: { value: "The request body is too large." } },
            { status: 413 },
          );
        }
        return HttpResponse.json({ value: body.value.map((t) => ({ taskId: t.id, status: "success" })) });
      }),
    );
    const summary = await addTaskCollection(protocol(), "job1", tasks(100), fast());
    expect(summary.added).toBe(100);
    expect(sizes).toEqual([100, 50, 25, 25, 50, 25, 25]);
  });

  it("runs maxDegreeOfParallelism requests at once", async () => {
    let inFlight = 0;
    let peak = 0;
    server.use(
      http.post(ADD_URL, async ({ request }) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        const body = (await request.json()) as { value: TaskAddParameter[] };
        await new Promise((r) => setTimeout(r, 30));
        inFlight--;
        return HttpResponse.json({ value: body.value.map((t) => ({ taskId: t.id, status: "success" })) });
      }),
    );
    const summary = await addTaskCollection(
      protocol(),
      "job1",
      tasks(500),
      fast({ parallelOptions: { maxDegreeOfParallelism: 3 } }),
    );
    expect(summary).toEqual({ added: 500, resubmissions: 0, requests: 5 });
    expect(peak).toBe(3);
  });
});

describe("addTaskCollection: validation before any request", () => {
  const cases: [string, () => unknown[], new (...args: never[]) => Error][] = [
    ["a null entry", () => [new FakeTask("a"), null], TypeError],
    ["duplicate ids (case-insensitive)", () => [new FakeTask("Task1"), new FakeTask("task1")], TypeError],
    [
      "a bound task",
      () => {
        const t = new FakeTask("b");
        t.bindingState = "bound";
        return [new FakeTask("a"), t];
      },
      InvalidOperationException,
    ],
    [
      "a task already submitted",
      () => {
        const t = new FakeTask("b");
        t.isReadOnly = true;
        return [t];
      },
      InvalidOperationException,
    ],
  ];
  for (const [name, make, type] of cases) {
    it(`rejects ${name} and sends nothing`, async () => {
      const received = serveAdd();
      const list = make();
      await expect(addTaskCollection(protocol(), "job1", list as AddableTask[], fast())).rejects.toThrow(
        type,
      );
      expect(received).toHaveLength(0);
      // Nothing was frozen either: validation comes first.
      expect(list.filter((t) => t instanceof FakeTask && t.isReadOnly && t.id !== "b")).toHaveLength(0);
    });
  }

  it("names both positions of a duplicate id", async () => {
    await expect(
      addTaskCollection(
        protocol(),
        "job1",
        [new FakeTask("a"), new FakeTask("x"), new FakeTask("A")],
        fast(),
      ),
    ).rejects.toThrow(/tasks\[0\] and tasks\[2\].*'A'/);
  });

  it("checks the job id and the options", async () => {
    await expect(addTaskCollection(protocol(), "", tasks(1), fast())).rejects.toThrow(TypeError);
    await expect(
      addTaskCollection(
        protocol(),
        "job1",
        tasks(1),
        fast({ parallelOptions: { maxDegreeOfParallelism: 0 } }),
      ),
    ).rejects.toThrow(RangeError);
    await expect(addTaskCollection(protocol(), "job1", tasks(1), fast({ timeout: -1 }))).rejects.toThrow(
      RangeError,
    );
  });
});

describe("addTaskCollection: per-task results", () => {
  it("resubmits servererror results with backoff until they succeed", async () => {
    const received = serveAdd((id, n) =>
      id === "t3" && n < 3 ? serverError(id) : { taskId: id, status: "success" },
    );
    const events = new EventEmitter<AddTaskCollectionEvents>();
    const resubmitted: string[][] = [];
    events.on("resubmitted", (r) => resubmitted.push([...r.taskIds]));
    const summary = await addTaskCollection(protocol(), "job1", tasks(5), fast({ events }));
    expect(summary).toEqual({ added: 5, resubmissions: 2, requests: 3 });
    expect(received.map((r) => r.ids)).toEqual([["t0", "t1", "t2", "t3", "t4"], ["t3"], ["t3"]]);
    expect(resubmitted).toEqual([["t3"], ["t3"]]);
  });

  it("gives up on a task after the resubmission bound with AddTaskCollectionTerminatedException", async () => {
    const received = serveAdd((id) => (id === "t1" ? serverError(id) : { taskId: id, status: "success" }));
    const error = await addTaskCollection(protocol(), "job1", tasks(3), fast({ maxResubmissions: 2 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AddTaskCollectionTerminatedException);
    const terminated = error as AddTaskCollectionTerminatedException;
    expect(terminated.addTaskResult.taskId).toBe("t1");
    expect(terminated.addTaskResult.retryCount).toBe(2);
    expect(terminated.message).toMatch(/gave up after 2 resubmission/);
    expect(received).toHaveLength(3);
  });

  it("counts TaskExists on a resubmission as success", async () => {
    serveAdd((id, n) => {
      if (id !== "t0") return { taskId: id, status: "success" };
      return n === 1 ? serverError(id) : taskExists(id);
    });
    const list = tasks(2);
    const summary = await addTaskCollection(protocol(), "job1", list, fast());
    expect(summary).toEqual({ added: 2, resubmissions: 1, requests: 2 });
    expect(list[0].committedTo).toBe("job1");
  });

  it("ends the workflow on TaskExists at the first submission", async () => {
    serveAdd((id) => (id === "t1" ? taskExists(id) : { taskId: id, status: "success" }));
    const error = await addTaskCollection(protocol(), "job1", tasks(3), fast()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddTaskCollectionTerminatedException);
    expect((error as AddTaskCollectionTerminatedException).addTaskResult.error?.code).toBe("TaskExists");
    expect((error as Error).message).toMatch(/'t1'.*TaskExists/);
  });

  it("ends the workflow on another client error, stopping further requests", async () => {
    const received = serveAdd((id) =>
      id === "t5"
        ? { taskId: id, status: "clienterror", error: { code: "InvalidPropertyValue" } }
        : { taskId: id, status: "success" },
    );
    const error = await addTaskCollection(protocol(), "job1", tasks(300), fast()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddTaskCollectionTerminatedException);
    expect(received).toHaveLength(1);
  });

  it("lets a custom result handler decide", async () => {
    const seen: number[] = [];
    serveAdd((id, n) =>
      n === 1
        ? { taskId: id, status: "clienterror", error: { code: "Weird" } }
        : { taskId: id, status: "success" },
    );
    const handler = new AddTaskCollectionResultHandler((result) => {
      seen.push(result.retryCount);
      return result.status === "success" ? AddTaskResultStatus.Success : AddTaskResultStatus.Retry;
    });
    const summary = await addTaskCollection(
      protocol(),
      "job1",
      tasks(2),
      fast({ additionalBehaviors: [handler] }),
    );
    expect(summary).toEqual({ added: 2, resubmissions: 2, requests: 2 });
    expect(seen).toEqual([0, 0, 1, 1]);
  });

  it("resubmits tasks the response left out", async () => {
    const received = serveAdd((id, n) =>
      id === "t2" && n === 1 ? undefined : { taskId: id, status: "success" },
    );
    const summary = await addTaskCollection(protocol(), "job1", tasks(3), fast());
    expect(summary.added).toBe(3);
    expect(received.map((r) => r.ids)).toEqual([["t0", "t1", "t2"], ["t2"]]);
  });

  it("emits progress after every response", async () => {
    serveAdd();
    const events = new EventEmitter<AddTaskCollectionEvents>();
    const progress: number[] = [];
    events.on("progress", (p) => {
      expect(p.total).toBe(150);
      expect(p.added + p.pending + p.failed).toBe(150);
      progress.push(p.added);
    });
    await addTaskCollection(protocol(), "job1", tasks(150), fast({ events }));
    expect(progress).toEqual([100, 150]);
  });
});

describe("addTaskCollection: request failures", () => {
  it("resubmits a whole chunk after a failure with an unknown outcome; TaskExists then counts as added", async () => {
    let calls = 0;
    server.use(
      http.post(ADD_URL, async ({ request }) => {
        calls++;
        const body = (await request.json()) as { value: TaskAddParameter[] };
        if (calls === 1) return HttpResponse.json({ code: "InternalError" }, { status: 500 });
        // The first attempt did reach the service: everything exists now.
        return HttpResponse.json({ value: body.value.map((t) => taskExists(t.id!)) });
      }),
    );
    const summary = await addTaskCollection(protocol(), "job1", tasks(4), fast());
    expect(summary).toEqual({ added: 4, resubmissions: 4, requests: 2 });
  });

  it("treats TaskExists after a pipeline retry of the same request as success", async () => {
    let calls = 0;
    server.use(
      http.post(ADD_URL, async ({ request }) => {
        calls++;
        const body = (await request.json()) as { value: TaskAddParameter[] };
        if (calls === 1) return HttpResponse.json({ code: "ServerBusy" }, { status: 503 });
        return HttpResponse.json({ value: body.value.map((t) => taskExists(t.id!)) });
      }),
    );
    const summary = await addTaskCollection(protocol(), "job1", tasks(2), {
      behaviors: [RetryPolicyProvider.linearRetryProvider(1, 2)],
    });
    expect(summary).toEqual({ added: 2, resubmissions: 0, requests: 1 });
    expect(calls).toBe(2);
  });

  it("gathers failing legs into ParallelOperationsException", async () => {
    server.use(
      http.post(ADD_URL, () =>
        HttpResponse.json(
          { code: "JobNotFound", message: { value: "The specified job does not exist." } },
          { status: 404 },
        ),
      ),
    );
    const error = await addTaskCollection(
      protocol(),
      "job1",
      tasks(200),
      fast({ parallelOptions: { maxDegreeOfParallelism: 2 } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParallelOperationsException);
    const inner = (error as ParallelOperationsException).innerExceptions;
    expect(inner).toHaveLength(2);
    expect(inner.every((e) => e.name === "BatchException" && /JobNotFound/.test(e.message))).toBe(true);
  });

  it("stops resubmitting an unknown outcome after the bound", async () => {
    let calls = 0;
    server.use(
      http.post(ADD_URL, () => {
        calls++;
        return HttpResponse.json({ code: "InternalError" }, { status: 500 });
      }),
    );
    const error = await addTaskCollection(protocol(), "job1", tasks(2), fast({ maxResubmissions: 1 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ParallelOperationsException);
    expect((error as ParallelOperationsException).innerExceptions[0]).toBeInstanceOf(BatchClientException);
    expect(calls).toBe(2);
  });
});

describe("addTaskCollection: timeout and cancellation", () => {
  function serveSlowly(ms: number): { calls: number } {
    const state = { calls: 0 };
    server.use(
      http.post(ADD_URL, async ({ request }) => {
        state.calls++;
        const body = (await request.json()) as { value: TaskAddParameter[] };
        await new Promise((r) => setTimeout(r, ms));
        return HttpResponse.json({ value: body.value.map((t) => ({ taskId: t.id, status: "success" })) });
      }),
    );
    return state;
  }

  it("rejects with TimeoutException when the overall timeout elapses", async () => {
    const state = serveSlowly(200);
    const error = await addTaskCollection(protocol(), "job1", tasks(300), fast({ timeout: 50 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutException);
    expect((error as Error).message).toMatch(/job1.*50 ms.*0 of 300 tasks added/);
    // One call, still unanswered when the timeout ended the workflow.
    expect(state.calls).toBe(1);
  });

  it("rejects with the signal's reason when aborted", async () => {
    serveSlowly(200);
    const controller = new AbortController();
    const reason = new Error("user gave up");
    setTimeout(() => controller.abort(reason), 30);
    await expect(
      addTaskCollection(protocol(), "job1", tasks(10), fast({ signal: controller.signal })),
    ).rejects.toBe(reason);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const received = serveAdd();
    const controller = new AbortController();
    controller.abort(new Error("too late"));
    await expect(
      addTaskCollection(protocol(), "job1", tasks(3), fast({ signal: controller.signal })),
    ).rejects.toThrow("too late");
    expect(received).toHaveLength(0);
  });
});

/** The artifact of {@link StubProvider}: what its one staging run saw. */
class StubArtifact implements IFileStagingArtifact {
  namingFragment?: string;
  runs = 0;
  staged: string[] = [];
}

/** A staging provider that "uploads" by naming a URL; `gate` lets a test hold staging open. */
class StubProvider implements IFileStagingProvider {
  stagedFiles?: ResourceFileInit[];
  validated = 0;
  constructor(
    readonly name: string,
    readonly gate?: Promise<void>,
  ) {}
  createStagingArtifact(): StubArtifact {
    return new StubArtifact();
  }
  validate(): void {
    this.validated++;
    if (this.name === "missing") throw new Error("missing: no such file");
  }
  async stageFiles(
    filesToStage: readonly IFileStagingProvider[],
    artifact: IFileStagingArtifact,
    options?: FileStagingOptions,
  ): Promise<void> {
    const stub = artifact as StubArtifact;
    stub.runs++;
    await this.gate;
    options?.signal?.throwIfAborted();
    for (const provider of filesToStage as StubProvider[]) {
      stub.staged.push(provider.name);
      provider.stagedFiles = [
        {
          httpUrl: `https://store.example/${stub.namingFragment ?? "c"}/${provider.name}`,
          filePath: provider.name,
        },
      ];
    }
  }
}

/** A second provider type. */
class OtherProvider extends StubProvider {
  override async stageFiles(
    filesToStage: readonly IFileStagingProvider[],
    artifact: IFileStagingArtifact,
  ): Promise<void> {
    await super.stageFiles(filesToStage, artifact);
  }
}

/** Serves add-collection requests successfully and records the bodies. */
function captureBodies(): TaskAddParameter[][] {
  const bodies: TaskAddParameter[][] = [];
  server.use(
    http.post(ADD_URL, async ({ request }) => {
      const value = ((await request.json()) as { value: TaskAddParameter[] }).value;
      bodies.push(value);
      return HttpResponse.json({ value: value.map((t) => ({ taskId: t.id, status: "success" })) });
    }),
  );
  return bodies;
}

describe("addTaskCollection: file staging", () => {
  it("stages each provider type once per call, reports its artifact and appends the staged files", async () => {
    const bodies = captureBodies();
    const shared = new StubProvider("input.txt");
    const other = new OtherProvider("other.txt");
    const list = tasks(3);
    list[0].filesToStage = [shared];
    list[2].filesToStage = [shared, new StubProvider("own.txt"), other];
    const bag: FileStagingArtifacts[] = [];
    await addTaskCollection(protocol(), "job1", list, fast({ fileStagingArtifacts: bag }));

    expect(bag).toHaveLength(1);
    expect([...bag[0].keys()]).toEqual([StubProvider, OtherProvider]);
    const stub = bag[0].get(StubProvider) as StubArtifact;
    expect(stub.runs).toBe(1);
    expect(stub.staged).toEqual(["input.txt", "own.txt"]);
    expect((bag[0].get(OtherProvider) as StubArtifact).staged).toEqual(["other.txt"]);
    expect(shared.validated).toBe(1);
    expect(bodies[0].map((b) => b.resourceFiles?.map((f) => f.filePath) ?? [])).toEqual([
      ["input.txt"],
      [],
      ["input.txt", "own.txt", "other.txt"],
    ]);
  });

  it("uses an artifact the caller put in the map, and adds one per call to an array", async () => {
    const bodies = captureBodies();
    const artifacts: FileStagingArtifacts = new Map([
      [StubProvider, Object.assign(new StubArtifact(), { namingFragment: "mine" })],
    ]);
    const [task] = tasks(1);
    task.filesToStage = [new StubProvider("in.txt")];
    await addTaskCollection(protocol(), "job1", [task], fast({ fileStagingArtifacts: artifacts }));
    expect(bodies[0][0].resourceFiles?.[0].httpUrl).toBe("https://store.example/mine/in.txt");
    expect((artifacts.get(StubProvider) as StubArtifact).runs).toBe(1);

    const bag: FileStagingArtifacts[] = [];
    for (const id of ["a", "b"]) {
      const again = new FakeTask(id);
      again.filesToStage = [new StubProvider("in.txt")];
      await addTaskCollection(protocol(), "job1", [again], fast({ fileStagingArtifacts: bag }));
    }
    expect(bag).toHaveLength(2);
    expect(bag[0].get(StubProvider)).not.toBe(bag[1].get(StubProvider));
  });

  it("validates every provider before freezing a task or sending anything", async () => {
    const received = serveAdd();
    const list = tasks(2);
    list[0].filesToStage = [new StubProvider("fine.txt")];
    list[1].filesToStage = [new StubProvider("missing")];
    await expect(addTaskCollection(protocol(), "job1", list, fast())).rejects.toThrow(
      "missing: no such file",
    );
    expect(received).toHaveLength(0);
    expect(list.map((t) => t.isReadOnly)).toEqual([false, false]);

    const bad = tasks(1);
    bad[0].filesToStage = [{ stageFiles: async () => undefined } as unknown as IFileStagingProvider];
    await expect(addTaskCollection(protocol(), "job1", bad, fast())).rejects.toThrow(
      /not an IFileStagingProvider/,
    );
    await expect(
      addTaskCollection(protocol(), "job1", tasks(1), fast({ fileStagingArtifacts: {} as never })),
    ).rejects.toThrow(TypeError);
  });

  it("refuses a provider that another call is staging, and one that sets no stagedFiles", async () => {
    captureBodies();
    let release!: () => void;
    const shared = new StubProvider("slow.txt", new Promise<void>((resolve) => (release = resolve)));
    const [first] = tasks(1);
    first.filesToStage = [shared];
    const running = addTaskCollection(protocol(), "job1", [first], fast());
    const second = new FakeTask("t-second");
    second.filesToStage = [shared];
    await expect(addTaskCollection(protocol(), "job1", [second], fast())).rejects.toThrow(
      InvalidOperationException,
    );
    release();
    await expect(running).resolves.toMatchObject({ added: 1 });

    class SilentProvider extends StubProvider {
      override async stageFiles(): Promise<void> {}
    }
    const [silent] = tasks(1);
    silent.filesToStage = [new SilentProvider("x")];
    await expect(addTaskCollection(protocol(), "job1", [silent], fast())).rejects.toThrow(
      /did not set stagedFiles/,
    );
  });
});

describe("addTaskCollection with CloudTask", () => {
  it("freezes the tasks and records their job once added", async () => {
    const received = serveAdd();
    const list = [new CloudTask("a", "echo a"), new CloudTask("b", "echo b")];
    const summary = await addTaskCollection(protocol(), "job1", list, fast());
    expect(summary.added).toBe(2);
    expect(received[0].ids).toEqual(["a", "b"]);
    expect(list.map((t) => [t[TASK_IS_READ_ONLY], t[TASK_PARENT_JOB_ID]])).toEqual([
      [true, "job1"],
      [true, "job1"],
    ]);
    expect(() => {
      list[0].commandLine = "changed";
    }).toThrow(InvalidOperationException);
    await expect(addTaskCollection(protocol(), "job1", list, fast())).rejects.toThrow(
      InvalidOperationException,
    );
    expect(received).toHaveLength(1);
  });
});
