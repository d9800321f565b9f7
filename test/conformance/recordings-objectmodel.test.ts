/**
 * Parses every JSON response body recorded from the real Batch service into the object model and
 * checks that nothing is lost: converting the objects back to wire form gives the recorded body
 * again (dates compared as instants, durations as lengths; fields the contract does not define are
 * ignored). Skipped with a message when ../shared is not beside the repository.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../src/auth/index.js";
import { routes } from "../../src/protocol/routes.generated.js";
import { definitions } from "../../src/protocol/schemas.generated.js";
import { BatchClient } from "../../src/objectmodel/batch-client.js";
import { RetryPolicyProvider } from "../../src/objectmodel/behaviors.js";
import { Caller } from "../../src/objectmodel/caller.js";
import { Certificate } from "../../src/objectmodel/certificate.js";
import { CloudJob } from "../../src/objectmodel/cloud-job.js";
import { CloudJobSchedule } from "../../src/objectmodel/cloud-job-schedule.js";
import { CloudPool } from "../../src/objectmodel/cloud-pool.js";
import { CloudTask } from "../../src/objectmodel/cloud-task.js";
import { ComputeNode } from "../../src/objectmodel/compute-node.js";
import * as values from "../../src/objectmodel/generated/values.generated.js";
import { NodeFile } from "../../src/objectmodel/node-file.js";
import { durationFromWire } from "../../src/objectmodel/runtime/durations.js";
import {
  PropertyContainer,
  toWireObject,
  valueFromWire,
} from "../../src/objectmodel/runtime/property-container.js";
import { typeNames } from "../../scripts/objectmodel/names.js";
import { recordingsDir, sharedMissingReason } from "../support/shared.js";

interface Entry {
  RequestUri: string;
  RequestMethod: string;
  StatusCode: number;
  ResponseBody: unknown;
}

const caller = new Caller(
  BatchClient.open(
    new BatchSharedKeyCredentials("https://x.batch.azure.com", "x", Buffer.from("k").toString("base64")),
  ),
  [],
);

/** Builds the object-model form of one wire object of `definition`. */
function parse(definition: string, wire: object): PropertyContainer {
  switch (definition) {
    case "CloudPool":
      return new CloudPool(caller, wire);
    case "CloudJob":
      return new CloudJob(caller, wire);
    case "CloudTask":
      return new CloudTask(caller, "job", wire as never);
    case "ComputeNode":
      return new ComputeNode(caller, "pool", wire as never);
    case "CloudJobSchedule":
      return new CloudJobSchedule(caller, wire);
    case "Certificate":
      return new Certificate(caller, wire as never);
    case "NodeFile":
      return new NodeFile(caller, { kind: "task", jobId: "job", taskId: "task" }, wire);
    default: {
      const type = (values as Record<string, unknown>)[typeNames[definition] ?? definition];
      if (typeof type !== "function") throw new Error(`no object-model type for ${definition}`);
      return valueFromWire(type as new () => PropertyContainer, wire);
    }
  }
}

/** The definition of a list's items, when `definition` is a list envelope. */
function itemDefinition(definition: string): string | undefined {
  const node = definitions[definition];
  if (!node || !("type" in node) || node.type !== "object") return undefined;
  const value = node.properties?.["value"];
  if (!value || !("type" in value) || value.type !== "array" || !("ref" in value.items)) return undefined;
  return value.items.ref;
}

/** Removes what the contract does not define (OData annotations, newer fields), recursively by schema. */
function known(definition: string, wire: Record<string, unknown>): Record<string, unknown> {
  const node = definitions[definition];
  const properties = node && "type" in node && node.type === "object" ? (node.properties ?? {}) : {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wire)) {
    const schema = properties[key];
    if (!schema) continue;
    const ref =
      "ref" in schema
        ? schema.ref
        : "type" in schema && schema.type === "array" && "ref" in schema.items
          ? schema.items.ref
          : undefined;
    const isObjectRef =
      ref !== undefined &&
      "type" in (definitions[ref] ?? {}) &&
      (definitions[ref] as { type: string }).type === "object";
    if (isObjectRef && Array.isArray(value))
      result[key] = value.map((v) => known(ref, v as Record<string, unknown>));
    else if (isObjectRef && value && typeof value === "object")
      result[key] = known(ref, value as Record<string, unknown>);
    else result[key] = value;
  }
  return result;
}

/** Dates as instants and durations as lengths, so formatting differences do not count. */
function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  if (typeof value === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(value))
    return `date:${Date.parse(value)}`;
  if (typeof value === "string" && /^-?P(?=\d|T\d)/.test(value)) return `duration:${durationFromWire(value)}`;
  return value;
}

function routeOf(method: string, uri: string) {
  const path = decodeURIComponent(new URL(uri).pathname);
  return routes.find((route) => {
    if (route.method !== method) return false;
    const pattern = new RegExp(`^${route.path.replace(/[()]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")}$`);
    return pattern.test(path);
  });
}

const files = recordingsDir
  ? readdirSync(recordingsDir).flatMap((suite) =>
      readdirSync(join(recordingsDir!, suite)).map((file) => join(recordingsDir!, suite, file)),
    )
  : [];

describe.skipIf(!recordingsDir)("recorded service responses parse into the object model", () => {
  if (!recordingsDir) it.skip(sharedMissingReason, () => undefined);

  const parsed: string[] = [];
  for (const file of files) {
    const entries = (JSON.parse(readFileSync(file, "utf8")) as { Entries: Entry[] }).Entries;
    const successes = entries.filter(
      (e) =>
        e.StatusCode < 300 &&
        e.ResponseBody !== null &&
        typeof e.ResponseBody === "object" &&
        !Array.isArray(e.ResponseBody),
    );
    if (successes.length === 0) continue;
    it(file.slice(recordingsDir!.length + 1), () => {
      for (const entry of successes) {
        const route = routeOf(entry.RequestMethod, entry.RequestUri);
        expect(route, `${entry.RequestMethod} ${entry.RequestUri}`).toBeDefined();
        const definition = route!.responseSchema!;
        const body = entry.ResponseBody as Record<string, unknown>;
        const item = itemDefinition(definition);
        const pairs: [string, Record<string, unknown>][] = item
          ? (body.value as Record<string, unknown>[]).map((w) => [item, w])
          : [[definition, body]];
        for (const [name, wire] of pairs) {
          const object = parse(name, wire);
          expect(normalize(toWireObject(object))).toEqual(normalize(known(name, wire)));
          parsed.push(name);
        }
      }
    });
  }

  it("covers the main entities", () => {
    for (const name of [
      "CloudPool",
      "CloudJob",
      "CloudTask",
      "ComputeNode",
      "CloudJobSchedule",
      "NodeFile",
      "PoolNodeCounts",
    ]) {
      expect(parsed).toContain(name);
    }
  });
});

describe.skipIf(!recordingsDir)("recorded file-properties responses build NodeFile objects", () => {
  if (!recordingsDir) it.skip(sharedMissingReason, () => undefined);

  const heads = files.flatMap((file) =>
    (
      JSON.parse(readFileSync(file, "utf8")) as {
        Entries: (Entry & { ResponseHeaders: Record<string, string> })[];
      }
    ).Entries.filter(
      (e) => e.RequestMethod === "HEAD" && e.StatusCode === 200 && /\/files\//.test(e.RequestUri),
    ),
  );

  it.each(heads.map((e) => [new URL(e.RequestUri).pathname, e] as const))("%s", async (path, entry) => {
    const server = setupServer(
      http.head(/.*/, () => new HttpResponse(null, { status: 200, headers: entry.ResponseHeaders })),
    );
    server.listen({ onUnhandledRequest: "error" });
    try {
      const client = BatchClient.open(
        new BatchSharedKeyCredentials(
          "https://dummyaccount.eastus.batch.azure.com",
          "dummyaccount",
          Buffer.from("k").toString("base64"),
        ),
        { customBehaviors: [RetryPolicyProvider.noRetryProvider()] },
      );
      const segments = decodeURIComponent(path).split("/");
      const filePath = segments.slice(segments.indexOf("files") + 1).join("/");
      const file =
        segments[1] === "jobs"
          ? await client.jobOperations.getNodeFile(segments[2], segments[4], filePath)
          : await client.poolOperations.getNodeFile(segments[2], segments[4], filePath);
      const headers = Object.fromEntries(
        Object.entries(entry.ResponseHeaders).map(([k, v]) => [k.toLowerCase(), v]),
      );
      expect(file.path).toBe(filePath);
      expect(file.isDirectory).toBe(headers["ocp-batch-file-isdirectory"].toLowerCase() === "true");
      expect(file.url).toBe(decodeURIComponent(headers["ocp-batch-file-url"]));
      expect(file.properties?.contentLength).toBe(Number(headers["content-length"]));
      expect(file.properties?.lastModified).toEqual(new Date(headers["last-modified"]));
      expect(file.properties?.fileMode).toBe(headers["ocp-batch-file-mode"]);
    } finally {
      server.close();
    }
  });
});
