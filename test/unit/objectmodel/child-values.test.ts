import { describe, expect, it } from "vitest";
import { CloudTask } from "../../../src/objectmodel/cloud-task.js";
import { InvalidOperationException } from "../../../src/objectmodel/errors.js";
import {
  ImageReference,
  StartTask,
  VirtualMachineConfiguration,
} from "../../../src/objectmodel/generated/values.generated.js";
import {
  HttpHeader,
  OutputFile,
  OutputFileUploadCondition,
  outputFileToContainer,
} from "../../../src/objectmodel/output-file.js";
import { ComputeNodeIdentityReference, ResourceFile } from "../../../src/objectmodel/resource-file.js";
import { useMswServer } from "../../support/msw.js";
import { jobWire, openClient, poolWire, serve, taskWire } from "./om-support.js";

const server = useMswServer();
const INPUT = "https://store.example/in/a.txt?sv=1&sig=abc";
const OUTPUT = "https://store.example/out?sv=1&sig=abc";

function taskWithFiles(): CloudTask {
  const task = new CloudTask("t1", "echo");
  task.resourceFiles = [ResourceFile.fromUrl(INPUT, "a.txt")];
  task.outputFiles = [
    outputFileToContainer("*.log", OUTPUT, {
      path: "logs",
      uploadCondition: OutputFileUploadCondition.TaskCompletion,
      uploadHeaders: [{ name: "Content-Type", value: "text/plain" }],
    }),
  ];
  return task;
}

function unboundPool() {
  return openClient().poolOperations.createPool({
    poolId: "pool1",
    virtualMachineSize: "standard_d2s_v3",
    virtualMachineConfiguration: new VirtualMachineConfiguration(
      new ImageReference({ publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" }),
      "batch.node.ubuntu 22.04",
    ),
  });
}

describe("resource and output files follow their owner's access", () => {
  it("are writable inside an unbound task and frozen with it once it is added", async () => {
    const log = serve(server, [["POST", /^\/jobs\/job1\/tasks$/, { status: 201 }]]);
    const task = taskWithFiles();
    task.resourceFiles![0].fileMode = "0644";
    task.outputFiles![0].destination.container!.path = "renamed";
    await openClient().jobOperations.addTask("job1", task);
    expect(log[0].body).toMatchObject({
      resourceFiles: [{ httpUrl: INPUT, filePath: "a.txt", fileMode: "0644" }],
      outputFiles: [{ destination: { container: { path: "renamed" } } }],
    });

    const writes: Array<() => void> = [
      () => (task.resourceFiles![0].filePath = "x"),
      () => (task.outputFiles![0].filePattern = "*.txt"),
      () => (task.outputFiles![0].destination.container!.path = "elsewhere"),
      () => (task.outputFiles![0].uploadOptions.uploadCondition = "tasksuccess"),
      () => (task.outputFiles![0].destination.container!.uploadHeaders![0].value = "text/html"),
      () => task.outputFiles![0].destination.container!.uploadHeaders!.push(new HttpHeader("x-a", "b")),
    ];
    for (const write of writes) expect(write).toThrow(InvalidOperationException);
    expect(() => (task.resourceFiles![0].filePath = "x")).toThrow(
      /Cannot set ResourceFile\.filePath: the CloudTask is read-only/,
    );
    expect(task.resourceFiles![0].filePath).toBe("a.txt");
  });

  it("are read-only in a bound task (the service owns them), writable in a bound pool's start task", async () => {
    serve(server, [
      [
        "GET",
        /^\/jobs\/job1\/tasks\/t1$/,
        { body: { ...taskWire("t1"), resourceFiles: [{ httpUrl: INPUT, filePath: "a.txt" }] } },
      ],
      [
        "GET",
        /^\/pools\/pool1$/,
        {
          body: {
            ...poolWire,
            startTask: { commandLine: "setup", resourceFiles: [{ httpUrl: INPUT, filePath: "a.txt" }] },
          },
        },
      ],
    ]);
    const client = openClient();
    const task = await client.jobOperations.getTask("job1", "t1");
    expect(task.resourceFiles![0]).toBeInstanceOf(ResourceFile);
    expect(() => (task.resourceFiles![0].filePath = "x")).toThrow(
      /CloudTask\.resourceFiles cannot be changed while the CloudTask is bound/,
    );

    const pool = await client.poolOperations.getPool("pool1");
    const log = serve(server, [["PATCH", /^\/pools\/pool1$/, { status: 200 }]]);
    pool.startTask!.resourceFiles![0].filePath = "b.txt";
    await pool.commitChanges();
    // The edit inside the list counts as a change of the pool's start task.
    expect(log[0].body).toEqual({
      startTask: { commandLine: "setup", resourceFiles: [{ httpUrl: INPUT, filePath: "b.txt" }] },
    });
  });

  it("identity references follow their owner's access too", async () => {
    const IDENTITY =
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.ManagedIdentity/userAssignedIdentities/a";
    const task = new CloudTask("t1", "echo");
    task.resourceFiles = [ResourceFile.fromUrl(INPUT.split("?")[0]!, { resourceId: IDENTITY }, "a.txt")];
    const reference = task.resourceFiles[0].identityReference!;
    expect(reference).toBeInstanceOf(ComputeNodeIdentityReference);
    reference.resourceId = `${IDENTITY}-2`;

    const log = serve(server, [
      ["POST", /^\/jobs\/job1\/tasks$/, { status: 201 }],
      [
        "GET",
        /^\/pools\/pool1$/,
        {
          body: {
            ...poolWire,
            startTask: {
              commandLine: "setup",
              resourceFiles: [
                { httpUrl: INPUT, filePath: "a.txt", identityReference: { resourceId: IDENTITY } },
              ],
            },
          },
        },
      ],
    ]);
    const client = openClient();
    await client.jobOperations.addTask("job1", task);
    expect(log[0].body).toMatchObject({
      resourceFiles: [{ identityReference: { resourceId: `${IDENTITY}-2` } }],
    });
    expect(() => (reference.resourceId = "other")).toThrow(
      /Cannot set ComputeNodeIdentityReference\.resourceId: the CloudTask is read-only/,
    );
    expect(reference.resourceId).toBe(`${IDENTITY}-2`);

    // A bound pool's start task stays writable, down to its identity references.
    const pool = await client.poolOperations.getPool("pool1");
    const poolReference = pool.startTask!.resourceFiles![0].identityReference!;
    expect(poolReference).toBeInstanceOf(ComputeNodeIdentityReference);
    poolReference.resourceId = `${IDENTITY}-3`;
    expect(pool.startTask!.resourceFiles![0].identityReference!.resourceId).toBe(`${IDENTITY}-3`);
    expect(() => new ComputeNodeIdentityReference({ resourceId: "" })).toThrow(TypeError);
  });

  it("can be appended to an unbound pool's start task, and freeze when the pool is committed", async () => {
    const log = serve(server, [["POST", /^\/pools$/, { status: 201 }]]);
    const pool = unboundPool();
    pool.startTask = new StartTask("setup", { resourceFiles: [] });
    pool.startTask.resourceFiles!.push(ResourceFile.fromUrl(INPUT, "a.txt"));
    pool.startTask.resourceFiles!.push(ResourceFile.fromAutoStorageContainer("tools", { filePath: "tools" }));
    pool.startTask.resourceFiles![1].blobPrefix = "v2/";
    await pool.commit();
    expect(log[0].body).toMatchObject({
      startTask: {
        commandLine: "setup",
        resourceFiles: [
          { httpUrl: INPUT, filePath: "a.txt" },
          { autoStorageContainerName: "tools", filePath: "tools", blobPrefix: "v2/" },
        ],
      },
    });
    expect(() => (pool.startTask!.resourceFiles![1].blobPrefix = "v3/")).toThrow(InvalidOperationException);
  });

  it("still check their fields on assignment and spread like plain objects", () => {
    const file = ResourceFile.fromUrl(INPUT, "a.txt");
    expect(() => (file.filePath = "../escape")).toThrow(RangeError);
    expect(() => (file.httpUrl = "ftp://host/a")).toThrow(TypeError);
    expect(Object.keys({ ...file })).toContain("httpUrl");
    const output = new OutputFile({
      filePattern: "*.log",
      destination: { container: { containerUrl: OUTPUT } },
      uploadOptions: { uploadCondition: "taskfailure" },
    });
    expect(() => (output.uploadOptions.uploadCondition = "never" as never)).toThrow(RangeError);
    expect(() => (output.filePattern = "")).toThrow(TypeError);
  });

  it("a bound job's job manager task keeps its resource files read-only", async () => {
    serve(server, [
      [
        "GET",
        /^\/jobs\/job1$/,
        {
          body: {
            ...jobWire,
            jobManagerTask: {
              id: "jm",
              commandLine: "run",
              resourceFiles: [{ httpUrl: INPUT, filePath: "a" }],
            },
          },
        },
      ],
    ]);
    const job = await openClient().jobOperations.getJob("job1");
    expect(() => (job.jobManagerTask!.resourceFiles![0].filePath = "b")).toThrow(
      /CloudJob\.jobManagerTask cannot be changed while the CloudJob is bound/,
    );
  });
});
