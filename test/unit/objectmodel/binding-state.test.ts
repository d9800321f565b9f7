import { describe, expect, it } from "vitest";
import { InvalidOperationException } from "../../../src/objectmodel/errors.js";
import { ODATADetailLevel } from "../../../src/objectmodel/detail-level.js";
import {
  ImageReference,
  MetadataItem,
  StartTask,
  TaskConstraints,
  VirtualMachineConfiguration,
} from "../../../src/objectmodel/generated/values.generated.js";
import { PoolState } from "../../../src/objectmodel/generated/enums.generated.js";
import { CloudTask } from "../../../src/objectmodel/cloud-task.js";
import { useMswServer } from "../../support/msw.js";
import { jobWire, openClient, poolWire, serve, taskWire } from "./om-support.js";

const server = useMswServer();

function unboundPool() {
  return openClient().poolOperations.createPool({
    poolId: "pool1",
    virtualMachineSize: "standard_d2s_v3",
    virtualMachineConfiguration: new VirtualMachineConfiguration(
      new ImageReference({ publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" }),
      "batch.node.ubuntu 22.04",
    ),
    targetDedicatedComputeNodes: 3,
  });
}

describe("unbound objects", () => {
  it("let user-settable properties be read and written", () => {
    const pool = unboundPool();
    pool.resizeTimeout = 15 * 60_000;
    pool.startTask = { commandLine: "echo hi", waitForSuccess: true };
    expect(pool.bindingState).toBe("unbound");
    expect(pool.virtualMachineSize).toBe("standard_d2s_v3");
    expect(pool.startTask).toBeInstanceOf(StartTask);
    expect(pool.startTask?.commandLine).toBe("echo hi");
    expect(pool.virtualMachineConfiguration?.imageReference?.sku).toBe("22_04-lts");
  });

  it("refuse to read server-owned properties, naming the property and the state", () => {
    const pool = unboundPool();
    for (const read of [() => pool.state, () => pool.eTag, () => pool.creationTime, () => pool.statistics]) {
      expect(read).toThrow(InvalidOperationException);
    }
    expect(() => pool.state).toThrow(/CloudPool\.state.*unbound/);
    expect(() => {
      (pool as unknown as { state: string }).state = "active";
    }).toThrow(/CloudPool\.state cannot be changed while the CloudPool is unbound/);
  });

  it("reject values of the wrong shape with a TypeError", () => {
    const pool = unboundPool();
    expect(() => {
      (pool as unknown as { metadata: unknown }).metadata = "x";
    }).toThrow(TypeError);
    expect(() => new StartTask({ commandLine: "x", bogus: 1 } as never)).toThrow(/no property 'bogus'/);
  });

  it("commit() creates the object with exactly the set properties, then freezes it and its children", async () => {
    const log = serve(server, [["POST", /^\/pools$/, { status: 201 }]]);
    const pool = unboundPool();
    pool.startTask = new StartTask("echo hi", { waitForSuccess: true, maxTaskRetryCount: 2 });
    pool.metadata = [new MetadataItem("owner", "me")];
    pool.resizeTimeout = 90_000;
    await pool.commit();
    expect(log).toHaveLength(1);
    expect(log[0].body).toEqual({
      id: "pool1",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" },
        nodeAgentSKUId: "batch.node.ubuntu 22.04",
      },
      resizeTimeout: "PT1M30S",
      targetDedicatedNodes: 3,
      startTask: { commandLine: "echo hi", waitForSuccess: true, maxTaskRetryCount: 2 },
      metadata: [{ name: "owner", value: "me" }],
    });
    expect(() => {
      pool.displayName = "late";
    }).toThrow(/read-only.*committed/);
    expect(() => {
      pool.startTask!.commandLine = "changed";
    }).toThrow(InvalidOperationException);
    expect(() => pool.metadata!.push(new MetadataItem("a", "b"))).toThrow(InvalidOperationException);
    await expect(pool.commit()).rejects.toThrow(/already committed/);
    expect(log).toHaveLength(1);
  });

  it("commitChanges() is for bound objects only", async () => {
    const log = serve(server, []);
    await expect(unboundPool().commitChanges()).rejects.toThrow(/commitChanges\(\).*unbound/);
    expect(log).toHaveLength(0);
  });

  it("refresh() after commit binds the object to the service's state", async () => {
    serve(server, [
      ["POST", /^\/pools$/, { status: 201 }],
      ["GET", /^\/pools\/pool1$/, { body: poolWire }],
    ]);
    const pool = unboundPool();
    await pool.commit();
    await pool.refresh();
    expect(pool.bindingState).toBe("bound");
    expect(pool.state).toBe(PoolState.Active);
    expect(pool.creationTime).toEqual(new Date("2024-05-01T09:00:00.000Z"));
    expect(pool.resizeTimeout).toBe(15 * 60_000);
    expect(pool.currentDedicatedComputeNodes).toBe(2);
    pool.metadata = [];
  });
});

describe("bound objects", () => {
  async function boundPool() {
    serve(server, [["GET", /^\/pools\/pool1$/, { body: poolWire }]]);
    return openClient().poolOperations.getPool("pool1");
  }

  it("are read-only except the documented writable properties", async () => {
    const pool = await boundPool();
    expect(pool.bindingState).toBe("bound");
    expect(() => {
      pool.targetDedicatedComputeNodes = 9;
    }).toThrow(/CloudPool\.targetDedicatedComputeNodes.*bound/);
    expect(() => {
      pool.autoScaleFormula = "$TargetDedicatedNodes = 1";
    }).toThrow(InvalidOperationException);
    expect(() => {
      pool.resizeTimeout = 1000;
    }).toThrow(InvalidOperationException);
    // The 2024-07-01 pool PATCH also accepts the VM size and configuration (for pools without nodes).
    pool.virtualMachineConfiguration!.imageReference!.sku = "24_04-lts";
    pool.startTask!.commandLine = "echo new";
    pool.metadata = [{ name: "k", value: "v" }];
    pool.targetNodeCommunicationMode = "simplified";
    pool.certificateReferences = [];
    pool.applicationPackageReferences = [];
  });

  it("commit() replaces the updatable properties with updateproperties, sending empty required lists", async () => {
    const pool = await boundPool();
    const log = serve(server, [["POST", /^\/pools\/pool1\/updateproperties$/, { status: 204 }]]);
    pool.startTask!.commandLine = "echo new";
    await pool.commit();
    expect(log[0].body).toEqual({
      startTask: { commandLine: "echo new", waitForSuccess: true, maxTaskRetryCount: 1 },
      certificateReferences: [],
      applicationPackageReferences: [],
      metadata: [{ name: "owner", value: "team-a" }],
    });
  });

  it("commitChanges() PATCHes only what changed, counting nested changes and list appends", async () => {
    const pool = await boundPool();
    const log = serve(server, [["PATCH", /^\/pools\/pool1$/, { status: 200 }]]);
    pool.startTask!.waitForSuccess = false;
    pool.metadata!.push(new MetadataItem("extra", "1"));
    await pool.commitChanges();
    expect(log[0].method).toBe("PATCH");
    expect(log[0].body).toEqual({
      startTask: { commandLine: "/bin/sh -c 'echo start'", waitForSuccess: false, maxTaskRetryCount: 1 },
      metadata: [
        { name: "owner", value: "team-a" },
        { name: "extra", value: "1" },
      ],
    });
    // Nothing is pending after a successful PATCH, so a second call sends nothing.
    await pool.commitChanges();
    expect(log).toHaveLength(1);
  });

  it("commitChanges() with nothing changed sends no request (pools, jobs, schedules)", async () => {
    const log = serve(server, [
      ["GET", /^\/pools\/pool1$/, { body: poolWire }],
      ["GET", /^\/jobs\/job1$/, { body: jobWire }],
      [
        "GET",
        /^\/jobschedules\/s1$/,
        {
          body: {
            id: "s1",
            state: "active",
            schedule: {},
            jobSpecification: { poolInfo: { poolId: "pool1" } },
          },
        },
      ],
      ["PATCH", /./, { status: 200 }],
    ]);
    const client = openClient();
    const pool = await client.poolOperations.getPool("pool1");
    const job = await client.jobOperations.getJob("job1");
    const schedule = await client.jobScheduleOperations.getJobSchedule("s1");
    await pool.commitChanges();
    await job.commitChanges();
    await schedule.commitChanges();
    expect(log.map((r) => r.method)).toEqual(["GET", "GET", "GET"]);
    job.priority = 5;
    await job.commitChanges();
    expect(log.map((r) => r.method)).toEqual(["GET", "GET", "GET", "PATCH"]);
  });

  it("commitChanges() rejects a property set to null before any request", async () => {
    const pool = await boundPool();
    const log = serve(server, []);
    pool.startTask = undefined;
    await expect(pool.commitChanges()).rejects.toThrow(/cannot clear CloudPool\.startTask/);
    expect(log).toHaveLength(0);
  });

  it("refresh(detailLevel) sends the clauses and replaces local edits with the service's state", async () => {
    const pool = await boundPool();
    const log = serve(server, [
      ["GET", /^\/pools\/pool1$/, { body: { ...poolWire, displayName: "renamed" } }],
    ]);
    pool.startTask!.commandLine = "local edit";
    await pool.refresh(
      new ODATADetailLevel({ selectClause: "id,displayName,startTask", expandClause: "stats" }),
    );
    expect(log[0].query).toEqual({ $select: "id,displayName,startTask", $expand: "stats" });
    expect(pool.displayName).toBe("renamed");
    expect(pool.startTask?.commandLine).toBe("/bin/sh -c 'echo start'");
  });

  it("refresh() rejects unsupported detail-level clauses before any request", async () => {
    const pool = await boundPool();
    const log = serve(server, []);
    await expect(pool.refresh(new ODATADetailLevel({ filterClause: "state eq 'active'" }))).rejects.toThrow(
      TypeError,
    );
    expect(log).toHaveLength(0);
  });

  it("jobs: commit() PUTs the job's updatable properties; commitChanges() PATCHes priority only", async () => {
    const log = serve(server, [
      ["GET", /^\/jobs\/job1$/, { body: jobWire }],
      ["PUT", /^\/jobs\/job1$/, { status: 200 }],
      ["PATCH", /^\/jobs\/job1$/, { status: 200 }],
    ]);
    const job = await openClient().jobOperations.getJob("job1", undefined);
    expect(() => {
      job.jobManagerTask = undefined;
    }).toThrow(InvalidOperationException);
    expect(() => {
      (job.executionInformation as unknown as { poolId: string }).poolId = "x";
    }).toThrow(/reported by the service/);
    expect(job.constraints?.maxWallClockTime).toBeGreaterThan(9e14);
    job.priority = 100;
    await job.commitChanges();
    expect(log[1]).toMatchObject({ method: "PATCH", body: { priority: 100 } });
    job.maxParallelTasks = 4;
    await job.commit();
    expect(log[2]).toMatchObject({
      method: "PUT",
      body: {
        priority: 100,
        maxParallelTasks: 4,
        constraints: { maxWallClockTime: "P10675199DT2H48M5.4775807S", maxTaskRetryCount: 0 },
        poolInfo: { poolId: "pool1" },
        onAllTasksComplete: "noaction",
      },
    });
  });

  it("child objects follow their parent's access: a bound job's job manager task is read-only", async () => {
    serve(server, [
      ["GET", /^\/jobs\/job1$/, { body: { ...jobWire, jobManagerTask: { id: "jm", commandLine: "run" } } }],
    ]);
    const job = await openClient().jobOperations.getJob("job1");
    expect(job.jobManagerTask?.commandLine).toBe("run");
    expect(() => {
      job.jobManagerTask!.commandLine = "other";
    }).toThrow(
      /JobManagerTask\.commandLine.*CloudJob\.jobManagerTask cannot be changed while the CloudJob is bound/,
    );
    job.constraints!.maxTaskRetryCount = 5;
  });

  it("tasks: only constraints are writable when bound, and commit() PUTs them", async () => {
    const log = serve(server, [
      ["GET", /^\/jobs\/job1\/tasks\/t1$/, { body: taskWire("t1") }],
      ["PUT", /^\/jobs\/job1\/tasks\/t1$/, { status: 200 }],
    ]);
    const task = await openClient().jobOperations.getTask("job1", "t1");
    expect(() => {
      task.commandLine = "other";
    }).toThrow(/CloudTask\.commandLine.*bound/);
    task.constraints = new TaskConstraints({ maxTaskRetryCount: 3, maxWallClockTime: 3_600_000 });
    await task.commit();
    expect(log[1].body).toEqual({ constraints: { maxTaskRetryCount: 3, maxWallClockTime: "PT1H" } });
  });

  it("an unbound task cannot be committed or refreshed before it is added", async () => {
    const task = new CloudTask("t1", "echo");
    await expect(task.commit()).rejects.toThrow(/addTask/);
    await expect(task.refresh()).rejects.toThrow(InvalidOperationException);
  });
});
