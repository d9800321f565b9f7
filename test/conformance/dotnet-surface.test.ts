/**
 * The Batch .NET surface azbatch promises (test/conformance/dotnet-surface.generated.ts, derived from
 * scripts/surface/dotnet-16.txt): every listed type is exported and every listed member exists, so the
 * test fails when one disappears. Interface members are checked by `tsc` through the table's
 * `TypeLevelChecks`; the deliberate differences are checked to be true and to be in the porting guide.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as azbatch from "../../src/index.js";
import {
  AddTaskCollectionTerminatedException,
  BatchException,
  BatchRequestTimeout,
  BatchSharedKeyCredentials,
  BatchTokenCredentials,
  CloudTask,
  ExponentialRetry,
  FileToStage,
  LinearRetry,
  ODATADetailLevel,
  OperationContext,
  OutputFileBlobContainerDestination,
  OutputFileUploadOptions,
  ParallelOperationsException,
  RequestResult,
  ResourceFile,
  RetryDecision,
  SequentialFileStagingArtifact,
  StagingStorageAccount,
  type AddTaskResult,
  type RequestInformation,
} from "../../src/index.js";
import { repoRoot } from "../support/shared.js";
import { dotnetSurface, dotnetSurfaceExceptions, type TypeLevelChecks } from "./dotnet-surface.generated.js";

const exports = azbatch as unknown as Record<string, unknown>;
const KEY = Buffer.from("surface-test-key-0123456789abcdef").toString("base64");
const BATCH_URL = "https://account.region.batch.azure.com";
const names = (list: string): string[] => (list === "" ? [] : list.split(" "));

/**
 * Instances of the classes whose listed members are own fields set by the constructor rather than
 * prototype accessors; the other classes are checked on their prototype.
 */
const instances: Readonly<Record<string, () => object>> = {
  CloudTask: () => new CloudTask("t1", "echo hi"),
  ResourceFile: () => ResourceFile.fromUrl("https://store.example/in/a.txt", "a.txt"),
  ODATADetailLevel: () => new ODATADetailLevel(),
  OutputFileBlobContainerDestination: () =>
    new OutputFileBlobContainerDestination("https://store.example/out?sig=x", "logs"),
  OutputFileUploadOptions: () => new OutputFileUploadOptions("taskcompletion"),
  ExponentialRetry: () => new ExponentialRetry(1000, 3),
  LinearRetry: () => new LinearRetry(1000, 3),
  RetryDecision: () => RetryDecision.retryWithDelay(1000),
  OperationContext: () => new OperationContext(),
  RequestResult: () => new RequestResult(undefined, new Error("network")),
  BatchException: () =>
    new BatchException("failed", { httpStatusCode: 500, httpStatusMessage: "Internal Server Error" }),
  ParallelOperationsException: () => new ParallelOperationsException([]),
  AddTaskCollectionTerminatedException: () =>
    new AddTaskCollectionTerminatedException({ taskId: "t1", status: "clienterror" } as AddTaskResult),
  BatchSharedKeyCredentials: () => new BatchSharedKeyCredentials(BATCH_URL, "account", KEY),
  BatchTokenCredentials: () => new BatchTokenCredentials(BATCH_URL, "token"),
  BatchRequestTimeout: () => new BatchRequestTimeout(30_000, 60_000),
  FileToStage: () => new FileToStage("input.txt", stagingAccount()),
  SequentialFileStagingArtifact: () => new SequentialFileStagingArtifact(),
};

function stagingAccount(): StagingStorageAccount {
  return new StagingStorageAccount("account", KEY, "https://account.blob.core.windows.net");
}

/** The listed members `target` lacks. */
function missing(target: object, members: readonly string[]): string[] {
  return members.filter((member) => !(member in target));
}

describe("the Batch .NET surface table", () => {
  it("lists the main types of every layer", () => {
    for (const type of ["BatchClient", "CloudPool", "CloudTask", "TaskState", "Constants", "IRetryPolicy"]) {
      expect(Object.keys(dotnetSurface)).toContain(type);
    }
  });
});

describe.each(Object.entries(dotnetSurface))("Batch .NET %s", (type, entry) => {
  const members = names(entry.members);
  const statics = names(entry.statics);

  if (entry.kind === "interface") {
    it("is a type-only export checked by tsc (TypeLevelChecks)", () => {
      expect(exports[type]).toBeUndefined();
      expectTypeOf<TypeLevelChecks>().toBeNever();
    });
    return;
  }

  it("is exported", () => {
    expect(exports[type], `${type} is not exported`).toBeDefined();
  });

  if (entry.kind === "enum") {
    it("has every .NET member, each a string value", () => {
      const values = exports[type] as Record<string, unknown>;
      expect(missing(values, members)).toEqual([]);
      for (const member of members) expect(typeof values[member]).toBe("string");
    });
    return;
  }

  if (statics.length > 0) {
    it("has every static member", () => {
      expect(missing(exports[type] as object, statics)).toEqual([]);
    });
  }

  if (entry.kind === "class" && members.length > 0) {
    it("has every instance member", () => {
      const make = instances[type];
      const target = make ? make() : (exports[type] as { prototype: object }).prototype;
      expect(missing(target, members)).toEqual([]);
    });
  }
});

describe("deliberate differences", () => {
  const guide = readFileSync(join(repoRoot, "docs/porting-from-dotnet.md"), "utf8");

  it.each(dotnetSurfaceExceptions.map((e) => [e.dotnet, e] as const))(
    "%s is described in docs/porting-from-dotnet.md",
    (dotnet, exception) => {
      expect(guide.includes(`\`${dotnet}\``), `${dotnet} is not in the porting guide`).toBe(true);
      expect(exception.why.length).toBeGreaterThan(20);
    },
  );

  it.each(dotnetSurfaceExceptions.filter((e) => e.difference === "absent").map((e) => [e.dotnet]))(
    "%s is indeed absent from azbatch",
    (dotnet) => {
      const [type, member] = dotnet.split(".");
      const make = instances[type];
      const ctor = exports[type] as { prototype: object };
      const camel = member.charAt(0).toLowerCase() + member.slice(1);
      for (const target of [ctor.prototype, ...(make ? [make()] : [])]) {
        expect(camel in target).toBe(false);
      }
    },
  );

  it("keeps the staging account key unreadable", () => {
    const account = stagingAccount();
    expect(JSON.stringify(account)).not.toContain(KEY);
    expect(Object.values(account)).not.toContain(KEY);
  });

  it("names every class whose listed members need an instance", () => {
    for (const type of Object.keys(instances)) expect(dotnetSurface).toHaveProperty(type);
    expectTypeOf<RequestInformation["httpStatusCode"]>().toEqualTypeOf<number>();
  });
});
