import { describe, expect, it } from "vitest";
import { resolveExitOptions } from "../../../src/emulator/agent/exit-conditions.js";

const conditions = {
  exitCodes: [{ code: 3, exitOptions: { jobAction: "disable" } }],
  exitCodeRanges: [{ start: 2, end: 9, exitOptions: { jobAction: "none", dependencyAction: "satisfy" } }],
  preProcessingError: { jobAction: "none" },
  fileUploadError: { dependencyAction: "satisfy" },
  default: { jobAction: "terminate", dependencyAction: "block" },
};

describe("resolveExitOptions", () => {
  it("uses the service defaults without exit conditions", () => {
    expect(resolveExitOptions(undefined, { result: "success", exitCode: 0 })).toEqual({
      jobAction: "none",
      dependencyAction: "satisfy",
    });
    expect(resolveExitOptions(undefined, { result: "failure", exitCode: 1 })).toEqual({
      jobAction: "terminate",
      dependencyAction: "block",
    });
  });

  it("prefers an exact exit code over a range, and a range over default", () => {
    // The exact mapping leaves dependencyAction unset: the failure default (block) applies.
    expect(resolveExitOptions(conditions, { result: "failure", exitCode: 3 })).toEqual({
      jobAction: "disable",
      dependencyAction: "block",
    });
    expect(resolveExitOptions(conditions, { result: "failure", exitCode: 5 })).toEqual({
      jobAction: "none",
      dependencyAction: "satisfy",
    });
    expect(resolveExitOptions(conditions, { result: "failure", exitCode: 42 })).toEqual({
      jobAction: "terminate",
      dependencyAction: "block",
    });
  });

  it("matches pre-processing and upload failures by stage, not by exit code", () => {
    expect(resolveExitOptions(conditions, { result: "failure", failureStage: "preProcessing" })).toEqual({
      jobAction: "none",
      dependencyAction: "block",
    });
    expect(
      resolveExitOptions(conditions, { result: "failure", exitCode: 3, failureStage: "fileUpload" }),
    ).toEqual({ jobAction: "terminate", dependencyAction: "satisfy" });
  });

  it("applies a mapping for exit code 0 to a success, but never default", () => {
    const zero = {
      exitCodes: [{ code: 0, exitOptions: { jobAction: "terminate" } }],
      default: { dependencyAction: "block" },
    };
    expect(resolveExitOptions(zero, { result: "success", exitCode: 0 }).jobAction).toBe("terminate");
    expect(
      resolveExitOptions({ default: { dependencyAction: "block" } }, { result: "success", exitCode: 0 }),
    ).toEqual({
      jobAction: "none",
      dependencyAction: "satisfy",
    });
  });
});
