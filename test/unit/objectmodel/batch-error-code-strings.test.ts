/**
 * `BatchErrorCodeStrings` against what the service documents (the REST contract's descriptions and the
 * recorded service responses in ../shared), its own consistency, and the local service's declared extras.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BatchErrorCodeStrings } from "../../../src/index.js";

const shared = resolve(__dirname, "../../../../shared");
const codes = new Set<string>(Object.values(BatchErrorCodeStrings));
/** Codes the contract names that Batch .NET's class has no constant for. */
const documentedBeyondDotNet = new Set(["RequestEntityTooLarge"]);

function documentedCodes(): Set<string> {
  const found = new Set<string>();
  const spec = readFileSync(join(shared, "spec/batch-2024-07-01.20.0/BatchService.json"), "utf8");
  for (const m of spec.matchAll(
    /(?:error code(?: of| will be)?|fails? with (?:the )?(?:error )?code) '?([A-Z][A-Za-z]+)/g,
  ))
    found.add(m[1]!);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".json") ? [join(dir, e.name)] : [],
    );
  for (const file of walk(join(shared, "recordings"))) {
    const { Entries } = JSON.parse(readFileSync(file, "utf8")) as {
      Entries: { StatusCode: number; ResponseBody: unknown }[];
    };
    for (const entry of Entries) {
      const body = entry.ResponseBody as { code?: unknown } | null;
      if (entry.StatusCode >= 400 && typeof body?.code === "string") found.add(body.code);
    }
  }
  return found;
}

describe("BatchErrorCodeStrings", () => {
  it("holds every error code the contract and the recorded responses name", () => {
    const documented = documentedCodes();
    expect(documented.size).toBeGreaterThan(5);
    for (const code of documented) {
      if (!documentedBeyondDotNet.has(code)) expect(codes, code).toContain(code);
    }
    for (const code of documentedBeyondDotNet) expect(codes.has(code)).toBe(false);
  });

  it("maps each name to its own value, spelled as the service sends it", () => {
    const entries = Object.entries(BatchErrorCodeStrings);
    expect(codes.size).toBe(entries.length);
    for (const [name, value] of entries) {
      expect(value).toMatch(/^[A-Z][A-Za-z]+$/);
      if (value !== name) expect([name, value]).toSatisfy(([n]: string[]) => renamed.has(n!));
    }
    expect(BatchErrorCodeStrings.CertificateStateDeleteFailed).toBe("CertificateDeleteFailed");
    expect(BatchErrorCodeStrings.AutoScaleTooManyRequestsToEnable).toBe("TooManyEnableAutoScaleRequests");
  });

  it("has the constants ported programs compare with", () => {
    for (const name of [
      "OperationInvalidForCurrentState",
      "PathNotFound",
      "NodeAlreadyInTargetSchedulingState",
      "TaskFilesUnavailable",
      "InvalidConstraintValue",
      "PoolNotEligibleForOSVersionUpgrade",
      "JobScheduleWithSameIdExists",
    ])
      expect(BatchErrorCodeStrings).toHaveProperty(name, name);
  });
});

/** The two constants whose value differs from their name in Batch .NET. */
const renamed = new Set(["CertificateStateDeleteFailed", "AutoScaleTooManyRequestsToEnable"]);

/** The declared inventory of codes beyond Batch .NET stays disjoint from BatchErrorCodeStrings. */
describe("the local service's codes beyond Batch .NET", () => {
  it("are none of BatchErrorCodeStrings", () => {
    const source = readFileSync(resolve(__dirname, "../../../src/emulator/errors.ts"), "utf8");
    const union = /export type CodeBeyondDotNet =([^;]+);/.exec(source)?.[1] ?? "";
    const beyond = [...union.matchAll(/"([A-Za-z]+)"/g)].map((m) => m[1]!);
    expect(beyond.length).toBeGreaterThan(0);
    for (const code of beyond) expect(codes.has(code), code).toBe(false);
  });
});
