/** What a finished run means for its task: the scheduler's outcome and retry rules, without processes. */
import { describe, expect, it } from "vitest";
import type { TaskRunResult } from "../../../src/emulator/agent/process-runner.js";
import { taskOutcome, type RunEnd } from "../../../src/emulator/agent/task-outcome.js";

function run(result: "success" | "failure", extra: Partial<TaskRunResult> = {}): TaskRunResult {
  return {
    result,
    exitCode: result === "success" ? 0 : 1,
    startTime: new Date(0),
    endTime: new Date(1),
    uploadedFiles: [],
    ...extra,
  } as TaskRunResult;
}

const running: RunEnd = { state: "running", retryCount: 0, maxTaskRetryCount: 0 };

describe("taskOutcome", () => {
  it("completes a run that succeeded", () => {
    expect(taskOutcome({ ...running, result: run("success") })).toEqual({ kind: "complete" });
  });

  it("retries a failure while retries remain, counting them", () => {
    const end = { ...running, maxTaskRetryCount: 2, result: run("failure") };
    expect(taskOutcome(end)).toEqual({ kind: "retry", retryCount: 1 });
    expect(taskOutcome({ ...end, retryCount: 1 })).toEqual({ kind: "retry", retryCount: 2 });
    expect(taskOutcome({ ...end, retryCount: 2 })).toEqual({ kind: "complete" });
  });

  it("retries forever with a retry count of -1", () => {
    expect(
      taskOutcome({ ...running, maxTaskRetryCount: -1, retryCount: 1000, result: run("failure") }),
    ).toEqual({ kind: "retry", retryCount: 1001 });
  });

  it("never retries a run its wall-clock limit cut off", () => {
    const end = { ...running, maxTaskRetryCount: 5, result: run("failure"), endedBy: "maxWallClockTime" };
    expect(taskOutcome(end)).toEqual({ kind: "complete" });
  });

  it("requeues a run its node ended, unless a request completed the task meanwhile", () => {
    expect(taskOutcome({ ...running, endedBy: "requeue", result: run("failure") })).toEqual({
      kind: "requeue",
    });
    expect(taskOutcome({ ...running, state: "completed", endedBy: "requeue" })).toEqual({ kind: "none" });
  });

  it("completes a terminated task, or adds the exit code when the request completed it already", () => {
    expect(taskOutcome({ ...running, endedBy: "terminate" })).toEqual({ kind: "terminated" });
    const completed = { ...running, state: "completed", endedBy: "terminate" };
    expect(taskOutcome({ ...completed, result: run("failure", { exitCode: 137 }) })).toEqual({
      kind: "addExitCode",
    });
    expect(taskOutcome(completed)).toEqual({ kind: "none" });
  });

  it("records nothing when the service shuts down, the task is deleted or nothing ran", () => {
    for (const endedBy of ["shutdown", "delete"])
      expect(taskOutcome({ ...running, endedBy, result: run("failure") })).toEqual({ kind: "none" });
    expect(taskOutcome(running)).toEqual({ kind: "none" });
  });
});
