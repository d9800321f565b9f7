import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidOperationException } from "../../../src/objectmodel/errors.js";
import {
  EnvironmentSetting,
  ExitConditions,
  ImageReference,
  JobManagerTask,
  JobSpecification,
  PoolInformation,
  StartTask,
  TaskConstraints,
  TaskDependencies,
  TaskExecutionInformation,
  VirtualMachineConfiguration,
} from "../../../src/objectmodel/generated/values.generated.js";
import { ComputeNodeFillType, TaskState } from "../../../src/objectmodel/generated/enums.generated.js";
import { CloudTask } from "../../../src/objectmodel/cloud-task.js";
import { ResourceFile } from "../../../src/objectmodel/resource-file.js";
import { OutputFile, OutputFileUploadCondition } from "../../../src/objectmodel/output-file.js";
import {
  durationFromWire,
  durationToWire,
  MAX_DURATION_MS,
} from "../../../src/objectmodel/runtime/durations.js";
import {
  loadWire,
  toWireObject,
  changedProperties,
} from "../../../src/objectmodel/runtime/property-container.js";

describe("durations", () => {
  it.each([
    ["PT0S", 0],
    ["PT1H", 3_600_000],
    ["PT1M30S", 90_000],
    ["P7D", 7 * 86_400_000],
    ["P1DT2H3M4.5S", 86_400_000 + 7_200_000 + 180_000 + 4_500],
    ["PT0.001S", 1],
  ])("%s is %d ms and back", (wire, ms) => {
    expect(durationFromWire(wire)).toBe(ms);
    expect(durationToWire(ms)).toBe(wire);
  });

  it("keeps the service's unlimited duration exact on the way back", () => {
    expect(durationFromWire("P10675199DT2H48M5.4775807S")).toBe(MAX_DURATION_MS);
    expect(durationToWire(MAX_DURATION_MS)).toBe("P10675199DT2H48M5.4775807S");
  });

  it("round-trips any whole number of milliseconds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (ms) => durationFromWire(durationToWire(ms)) === ms),
    );
  });

  it("rejects bad input", () => {
    expect(() => durationFromWire("1 hour")).toThrow(RangeError);
    expect(() => durationFromWire("PT")).toThrow(RangeError);
    expect(() => durationToWire(-1)).toThrow(RangeError);
  });
});

describe("value types", () => {
  it("take .NET's leading constructor arguments or an init object", () => {
    expect(new StartTask("echo hi").commandLine).toBe("echo hi");
    expect(new StartTask({ commandLine: "echo hi", waitForSuccess: true }).waitForSuccess).toBe(true);
    const setting = new EnvironmentSetting("NAME", "value");
    expect([setting.name, setting.value]).toEqual(["NAME", "value"]);
    const manager = new JobManagerTask("jm", "run.sh", { killJobOnCompletion: false });
    expect([manager.id, manager.commandLine, manager.killJobOnCompletion]).toEqual(["jm", "run.sh", false]);
    const vm = new VirtualMachineConfiguration({ publisher: "p", offer: "o", sku: "s" }, "agent");
    expect(vm.imageReference).toBeInstanceOf(ImageReference);
    expect(vm.nodeAgentSkuId).toBe("agent");
  });

  it("JobSpecification takes its pool information positionally or inside an init object", () => {
    const fromInit = new JobSpecification({ poolInformation: { poolId: "p1" }, priority: 5 });
    expect(fromInit.poolInformation).toBeInstanceOf(PoolInformation);
    expect(fromInit.poolInformation?.poolId).toBe("p1");
    expect(fromInit.priority).toBe(5);

    const fromLiteral = new JobSpecification({ poolId: "p2" });
    expect(fromLiteral.poolInformation?.poolId).toBe("p2");
    expect(fromLiteral.priority).toBeUndefined();

    const positional = new JobSpecification(new PoolInformation({ poolId: "p3" }), { priority: 1 });
    expect(positional.poolInformation?.poolId).toBe("p3");
    expect(positional.priority).toBe(1);

    expect(toWireObject(fromInit)).toEqual({ poolInfo: { poolId: "p1" }, priority: 5 });
    expect(() => new JobSpecification({ poolInformation: { poolId: "p" }, bogus: 1 } as never)).toThrow(
      /JobSpecification has no property 'bogus'/,
    );
  });

  it("turn nested plain literals into value-type instances, and lists of them too", () => {
    const task = new CloudTask("t", "run", {
      exitConditions: { exitCodes: [{ code: 1, exitOptions: { jobAction: "terminate" } }] },
      resourceFiles: [{ httpUrl: "https://example.com/a", filePath: "a" }],
      outputFiles: [
        {
          filePattern: "*.txt",
          destination: { container: { containerUrl: "https://store/c" } },
          uploadOptions: { uploadCondition: OutputFileUploadCondition.TaskCompletion },
        },
      ],
    });
    expect(task.exitConditions).toBeInstanceOf(ExitConditions);
    expect(task.exitConditions?.exitCodes?.[0].exitOptions?.jobAction).toBe("terminate");
    expect(task.resourceFiles?.[0]).toBeInstanceOf(ResourceFile);
    expect(task.outputFiles?.[0]).toBeInstanceOf(OutputFile);
    expect(toWireObject(task)).toMatchObject({
      exitConditions: { exitCodes: [{ code: 1, exitOptions: { jobAction: "terminate" } }] },
      resourceFiles: [{ httpUrl: "https://example.com/a", filePath: "a" }],
      outputFiles: [{ filePattern: "*.txt", uploadOptions: { uploadCondition: "taskcompletion" } }],
    });
  });

  it("use .NET names while the wire keeps its own", () => {
    const wire = { maxWallClockTime: "PT10M", retentionTime: "P1D", maxTaskRetryCount: 2 };
    const constraints = new TaskConstraints();
    loadWire(constraints, wire);
    expect(constraints.maxWallClockTime).toBe(600_000);
    expect(toWireObject(constraints)).toEqual(wire);
  });

  it("service-reported types are read-only", () => {
    const info = new TaskExecutionInformation();
    loadWire(info, { exitCode: 3, retryCount: 0, requeueCount: 0 });
    expect(info.exitCode).toBe(3);
    expect(() => {
      (info as unknown as { exitCode: number }).exitCode = 0;
    }).toThrow(InvalidOperationException);
  });

  it("track which properties changed, including edits inside child objects and lists", () => {
    const task = new CloudTask("t", "run");
    loadWire(task, {
      id: "t",
      commandLine: "run",
      environmentSettings: [{ name: "A", value: "1" }],
      constraints: {},
    });
    expect(changedProperties(task)).toEqual([]);
    task.constraints!.maxTaskRetryCount = 4;
    task.environmentSettings!.push(new EnvironmentSetting("B", "2"));
    expect(changedProperties(task).sort()).toEqual(["constraints", "environmentSettings"]);
  });

  it("TaskDependencies has .NET's static factories", () => {
    expect(toWireObject(TaskDependencies.onId("a"))).toEqual({ taskIds: ["a"] });
    expect(toWireObject(TaskDependencies.onIds("a", "b"))).toEqual({ taskIds: ["a", "b"] });
    expect(toWireObject(TaskDependencies.onIdRange(1, 10))).toEqual({
      taskIdRanges: [{ start: 1, end: 10 }],
    });
  });

  it("enums are as-const objects of wire values", () => {
    expect(TaskState.Completed).toBe("completed");
    expect(ComputeNodeFillType.Pack).toBe("pack");
    const state: TaskState = "running";
    expect(Object.values(TaskState)).toContain(state);
  });
});
