import { describe, expect, it } from "vitest";
import {
  resolveExitOptions,
  type DependencyAction,
  type JobAction,
  type TaskOutcome,
} from "../../../src/emulator/agent/exit-conditions.js";
import type { ExitConditions } from "../../../src/protocol/models.generated.js";

const conditions: ExitConditions = {
  exitCodes: [{ code: 3, exitOptions: { jobAction: "disable" } }],
  exitCodeRanges: [{ start: 2, end: 9, exitOptions: { jobAction: "none", dependencyAction: "satisfy" } }],
  preProcessingError: { jobAction: "none" },
  fileUploadError: { dependencyAction: "satisfy" },
  default: { jobAction: "terminate", dependencyAction: "block" },
};

const zeroMapped: ExitConditions = {
  exitCodes: [{ code: 0, exitOptions: { jobAction: "terminate" } }],
  default: { dependencyAction: "block" },
};

/** What is being checked, the exit conditions, the outcome, and the expected job and dependency actions. */
type Case = [string, ExitConditions | undefined, TaskOutcome, JobAction, DependencyAction];

const cases: Case[] = [
  ["a success without exit conditions", undefined, { result: "success", exitCode: 0 }, "none", "satisfy"],
  ["a failure without exit conditions", undefined, { result: "failure", exitCode: 1 }, "terminate", "block"],
  // The exact mapping leaves dependencyAction unset: the failure default (block) applies.
  ["an exact exit code over a range", conditions, { result: "failure", exitCode: 3 }, "disable", "block"],
  ["a range over default", conditions, { result: "failure", exitCode: 5 }, "none", "satisfy"],
  ["default when nothing matches", conditions, { result: "failure", exitCode: 42 }, "terminate", "block"],
  [
    "a pre-processing failure by its stage",
    conditions,
    { result: "failure", failureStage: "preProcessing" },
    "none",
    "block",
  ],
  [
    "an upload failure by its stage, not its exit code",
    conditions,
    { result: "failure", exitCode: 3, failureStage: "fileUpload" },
    "terminate",
    "satisfy",
  ],
  [
    "a mapping for exit code 0 on a success",
    zeroMapped,
    { result: "success", exitCode: 0 },
    "terminate",
    "satisfy",
  ],
  [
    "never default on a success",
    { default: { dependencyAction: "block" } },
    { result: "success", exitCode: 0 },
    "none",
    "satisfy",
  ],
];

describe("resolveExitOptions", () => {
  it.each(cases)("applies %s", (_, exitConditions, outcome, jobAction, dependencyAction) => {
    expect(resolveExitOptions(exitConditions, outcome)).toEqual({ jobAction, dependencyAction });
  });
});
