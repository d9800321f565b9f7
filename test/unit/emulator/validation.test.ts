import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RouteParameter, SchemaNode } from "../../../src/protocol/route-types.js";
import { definitions } from "../../../src/protocol/schemas.generated.js";
import { routes } from "../../../src/protocol/routes.generated.js";
import {
  isDuration,
  validateBody,
  validateParameter,
  validateResponse,
  type SchemaTable,
} from "../../../src/emulator/validation/index.js";
import { recordingsDir, specDir } from "../../support/shared.js";

const table: SchemaTable = {
  Base: {
    type: "object",
    properties: { id: { type: "string" }, createdAt: { type: "string", format: "date-time" } },
    required: ["id"],
  },
  Thing: {
    type: "object",
    allOf: ["Base"],
    properties: {
      kind: { type: "string", enum: ["small", "large"] },
      count: { type: "integer", format: "int32", minimum: 1, maximum: 10 },
      big: { type: "integer", format: "int64" },
      ratio: { type: "number", format: "double" },
      enabled: { type: "boolean" },
      timeout: { type: "string", format: "duration" },
      owner: { type: "string", format: "uuid" },
      child: { ref: "Child" },
      children: { type: "array", items: { ref: "Child" } },
      tags: { type: "object", additionalProperties: { type: "string" } },
      anything: { type: "object", additionalProperties: true },
    },
    required: ["kind"],
  },
  Child: {
    type: "object",
    properties: { name: { type: "string" }, value: { type: "string" } },
    required: ["name"],
  },
};

const check = (body: unknown, allowUnknownProperties = false) =>
  validateBody("Thing", body, { definitions: table, allowUnknownProperties });
const summary = (body: unknown) => check(body).map((i) => `${i.code} ${i.property}`);

describe("validateBody against a schema table", () => {
  it("accepts a conforming body", () => {
    expect(
      check(
        {
          id: "t1",
          createdAt: "2024-01-01T00:00:00.1234567Z",
          kind: "LARGE",
          count: 10,
          big: "9007199254740993",
          ratio: 0.5,
          enabled: false,
          timeout: "P1DT2H3M4.5S",
          owner: "00000000-0000-0000-0000-00000000000a",
          child: { name: "c" },
          children: [{ name: "a", value: "1" }],
          tags: { a: "b" },
          anything: { deep: [1, { x: null }] },
          ignored: null,
        },
        true,
      ),
    ).toEqual([]);
  });

  it.each<[unknown, string[]]>([
    [{ kind: "small" }, ["MissingRequiredProperty id"]],
    [{ id: null, kind: "small" }, ["MissingRequiredProperty id"]],
    [{ id: 1, kind: "small" }, ["InvalidRequestBody id"]],
    [{ id: "x", kind: "medium" }, ["InvalidPropertyValue kind"]],
    [{ id: "x", kind: "small", count: 0 }, ["InvalidPropertyValue count"]],
    [{ id: "x", kind: "small", count: 11 }, ["InvalidPropertyValue count"]],
    [{ id: "x", kind: "small", count: 1.5 }, ["InvalidRequestBody count"]],
    [{ id: "x", kind: "small", count: 2 ** 31 }, ["InvalidRequestBody count"]],
    [{ id: "x", kind: "small", count: "3" }, ["InvalidRequestBody count"]],
    [{ id: "x", kind: "small", big: "12a" }, ["InvalidRequestBody big"]],
    [{ id: "x", kind: "small", ratio: "0.5" }, ["InvalidRequestBody ratio"]],
    [{ id: "x", kind: "small", enabled: "true" }, ["InvalidRequestBody enabled"]],
    [{ id: "x", kind: "small", timeout: "5 minutes" }, ["InvalidRequestBody timeout"]],
    [{ id: "x", kind: "small", timeout: "PT" }, ["InvalidRequestBody timeout"]],
    [{ id: "x", kind: "small", createdAt: "yesterday" }, ["InvalidRequestBody createdAt"]],
    [{ id: "x", kind: "small", owner: "not-a-uuid" }, ["InvalidRequestBody owner"]],
    [{ id: "x", kind: "small", child: {} }, ["MissingRequiredProperty child.name"]],
    [{ id: "x", kind: "small", child: "c" }, ["InvalidRequestBody child"]],
    [{ id: "x", kind: "small", children: {} }, ["InvalidRequestBody children"]],
    [{ id: "x", kind: "small", children: [{ name: "a" }, {}] }, ["MissingRequiredProperty children[1].name"]],
    [{ id: "x", kind: "small", children: [null] }, ["InvalidRequestBody children[0]"]],
    [{ id: "x", kind: "small", tags: { a: 1 } }, ["InvalidRequestBody tags.a"]],
    [{ id: "x", kind: "small", child: { name: "n", extra: 1 } }, ["InvalidRequestBody child.extra"]],
    [{ id: "x", kind: "small", surplus: true }, ["InvalidRequestBody surplus"]],
    [{}, ["MissingRequiredProperty kind", "MissingRequiredProperty id"]],
    [[], ["InvalidRequestBody "]],
    ["text", ["InvalidRequestBody "]],
    [null, ["InvalidRequestBody "]],
    [undefined, ["InvalidRequestBody "]],
  ])("%j → %j", (body, expected) => {
    expect(summary(body)).toEqual(expected);
  });

  it("reports the service's detail values for each code", () => {
    const [unknown] = check({ id: "x", kind: "small", surplus: 1 });
    expect(unknown.values).toEqual([
      { key: "Reason", value: "the property 'surplus' does not exist on type 'Thing'" },
    ]);
    const [missing] = check({ id: "x", kind: "small", child: {} });
    expect(missing.values).toEqual([{ key: "PropertyName", value: "child.name" }]);
    const [invalid] = check({ id: "x", kind: "tiny" });
    expect(invalid.values).toEqual([
      { key: "PropertyName", value: "kind" },
      { key: "PropertyValue", value: "tiny" },
      { key: "Reason", value: "must be one of: small, large" },
    ]);
  });

  it("tolerates unknown properties in responses, including odata annotations", () => {
    const body = { "odata.metadata": "m", id: "x", kind: "small", newerField: 1 };
    expect(validateResponse("Thing", body, { definitions: table })).toEqual([]);
    expect(
      validateBody("Thing", { "odata.metadata": "m", id: "x", kind: "small" }, { definitions: table }),
    ).toEqual([]);
  });

  it("throws a TypeError only for an unknown definition name", () => {
    expect(() => validateBody("Nope", {}, { definitions: table })).toThrow(TypeError);
  });

  it("never throws for any JSON-like input, only returns issues", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withMap: true, maxDepth: 4 }), (body) => {
        expect(Array.isArray(check(body))).toBe(true);
        for (const name of ["PoolAddParameter", "TaskAddCollectionParameter", "JobAddParameter"]) {
          expect(Array.isArray(validateBody(name, body))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("validateBody against the REST contract", () => {
  it("finds nested problems in a pool", () => {
    const issues = validateBody("PoolAddParameter", {
      id: "p",
      vmSize: "standard_d2s_v3",
      targetDedicatedNodes: "2",
      startTask: { resourceFiles: [{ httpUrl: 1 }] },
      taskSchedulingPolicy: { nodeFillType: "Spread" },
    });
    expect(issues.map((i) => `${i.code} ${i.property}`)).toEqual([
      "InvalidRequestBody targetDedicatedNodes",
      "InvalidRequestBody startTask.resourceFiles[0].httpUrl",
      "MissingRequiredProperty startTask.commandLine",
    ]);
  });

  it("accepts enum values in the service's own casing", () => {
    expect(
      validateBody("PoolAddParameter", {
        id: "p",
        vmSize: "x",
        taskSchedulingPolicy: { nodeFillType: "Spread" },
      }),
    ).toEqual([]);
  });

  it("knows durations", () => {
    for (const ok of ["PT5M", "P1D", "PT0.5S", "P1W", "P10675199DT2H48M5.4775807S", "-PT1S"])
      expect(isDuration(ok)).toBe(true);
    for (const bad of ["", "P", "PT", "5M", "PT5", "P1H", "pt5m"]) expect(isDuration(bad)).toBe(false);
  });
});

describe.skipIf(!specDir)("the contract's examples validate", () => {
  interface Case {
    file: string;
    operationId: string;
    parameters: Record<string, unknown>;
    responses: Record<string, { body?: unknown }>;
  }
  const cases: Case[] = [];
  if (specDir) {
    const swagger = JSON.parse(readFileSync(join(specDir, "BatchService.json"), "utf8"));
    for (const methods of Object.values<Record<string, any>>(swagger.paths)) {
      for (const operation of Object.values<any>(methods)) {
        for (const ref of Object.values<{ $ref: string }>(operation["x-ms-examples"] ?? {})) {
          const file = ref.$ref.replace("./examples/", "");
          const example = JSON.parse(readFileSync(join(specDir, "examples", file), "utf8"));
          cases.push({ file, operationId: operation.operationId, ...example });
        }
      }
    }
  }
  const routeOf = (id: string) => routes.find((r) => r.operationId === id)!;

  it.each(cases.map((c) => [c.file, c] as const))("%s", (_file, c) => {
    const route = routeOf(c.operationId);
    for (const param of route.parameters) {
      const value = c.parameters[param.wireName];
      if (param.in === "body" && value !== undefined) {
        expect(validateBody(param.schema!, value), `request ${param.wireName}`).toEqual([]);
      } else if ((param.in === "query" || param.in === "header") && value !== undefined) {
        expect(validateParameter(param, String(value)), `parameter ${param.wireName}`).toBeUndefined();
      }
    }
    const ok = Object.entries(c.responses).find(([status]) => route.successCodes.includes(Number(status)));
    if (route.responseSchema && !route.binaryResponse && ok?.[1].body !== undefined) {
      expect(validateResponse(route.responseSchema, ok[1].body), "response").toEqual([]);
    }
  });
});

describe.skipIf(!recordingsDir)("the real service's responses validate", () => {
  const entries: { name: string; method: string; path: string; status: number; body: unknown }[] = [];
  if (recordingsDir) {
    for (const suite of readdirSync(recordingsDir)) {
      for (const file of readdirSync(join(recordingsDir, suite))) {
        const recording = JSON.parse(readFileSync(join(recordingsDir, suite, file), "utf8"));
        recording.Entries.forEach((e: any, i: number) => {
          if (e.ResponseBody && typeof e.ResponseBody === "object" && e.StatusCode < 300) {
            const path = new URL(e.RequestUri).pathname;
            entries.push({
              name: `${suite}/${file}#${i}`,
              method: e.RequestMethod,
              path,
              status: e.StatusCode,
              body: e.ResponseBody,
            });
          }
        });
      }
    }
  }
  const routeFor = (method: string, path: string) =>
    routes.find((r) => {
      if (r.method !== method) return false;
      const pattern = new RegExp(`^${r.path.replace(/\{[^}]+\}/g, "[^/]+")}$`, "i");
      return pattern.test(path);
    });

  it("has recordings to check", () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  it.each(entries.map((e) => [e.name, e] as const))("%s", (_name, e) => {
    const route = routeFor(e.method, e.path);
    expect(route, `${e.method} ${e.path}`).toBeDefined();
    if (!route?.responseSchema) return;
    // jobDefaultOrder is newer than this contract (see the recordings' README): the only tolerated extra.
    const issues = validateResponse(route.responseSchema, e.body, { allowUnknownProperties: false }).filter(
      (i) => !i.property.endsWith("jobDefaultOrder"),
    );
    expect(issues).toEqual([]);
  });
});

describe("validateParameter", () => {
  const param = (over: Partial<RouteParameter>): RouteParameter => ({
    key: "maxResults",
    wireName: "maxresults",
    in: "query",
    required: false,
    kind: "integer",
    minimum: 1,
    maximum: 1000,
    ...over,
  });

  it("reports maxresults below its minimum as the service does", () => {
    expect(validateParameter(param({}), "-5")).toEqual({
      code: "InvalidQueryParameterValue",
      property: "maxresults",
      reason: "MaxResults cannot be less than 1",
      values: [
        { key: "QueryParameterName", value: "maxresults" },
        { key: "QueryParameterValue", value: "-5" },
        { key: "Reason", value: "MaxResults cannot be less than 1" },
      ],
    });
  });

  it.each<[Partial<RouteParameter>, string | undefined, string | undefined]>([
    [{}, undefined, undefined],
    [{}, "1000", undefined],
    [{}, "1001", "InvalidQueryParameterValue"],
    [{}, "ten", "InvalidQueryParameterValue"],
    [{}, "1.5", "InvalidQueryParameterValue"],
    [{ required: true }, undefined, "MissingRequiredQueryParameter"],
    [{ kind: "boolean", wireName: "force", key: "force" }, "TRUE", undefined],
    [{ kind: "boolean", wireName: "force", key: "force" }, "yes", "InvalidQueryParameterValue"],
    [
      { in: "header", kind: "uuid", wireName: "client-request-id", key: "clientRequestId" },
      "00000000-0000-0000-0000-000000000000",
      undefined,
    ],
    [
      { in: "header", kind: "uuid", wireName: "client-request-id", key: "clientRequestId" },
      "abc",
      "InvalidHeaderValue",
    ],
    [
      { in: "header", kind: "date-time-rfc1123", wireName: "ocp-date", key: "ocpDate" },
      "Fri, 17 Feb 2017 00:00:00 GMT",
      undefined,
    ],
    [
      { in: "header", kind: "date-time-rfc1123", wireName: "ocp-date", key: "ocpDate" },
      "2017-02-17",
      "InvalidHeaderValue",
    ],
    [
      { in: "header", kind: "string", wireName: "x", key: "x", required: true },
      undefined,
      "MissingRequiredHeader",
    ],
    [{ in: "path", kind: "string", wireName: "poolId", key: "poolId", required: true }, undefined, undefined],
  ])("%j with %j → %s", (over, raw, code) => {
    expect(validateParameter(param(over), raw)?.code).toBe(code);
  });

  it("names the header and value for a bad header", () => {
    const issue = validateParameter(
      param({
        in: "header",
        kind: "boolean",
        wireName: "return-client-request-id",
        key: "returnClientRequestId",
      }),
      "maybe",
    );
    expect(issue?.values.slice(0, 2)).toEqual([
      { key: "HeaderName", value: "return-client-request-id" },
      { key: "HeaderValue", value: "maybe" },
    ]);
  });

  it("covers every non-body parameter kind of the route table", () => {
    const kinds = new Set(
      routes.flatMap((r) => r.parameters.filter((p) => p.in !== "body").map((p) => p.kind)),
    );
    expect([...kinds].sort()).toEqual(["boolean", "date-time-rfc1123", "integer", "string", "uuid"]);
  });
});

it("the schema table has every definition a route references", () => {
  const names = new Set(Object.keys(definitions));
  const refs = routes
    .flatMap((r) => [r.responseSchema, ...r.parameters.map((p) => p.schema)])
    .filter(Boolean);
  for (const ref of refs) expect(names.has(ref!)).toBe(true);
  const walk = (node: SchemaNode): void => {
    if ("ref" in node) expect(names.has(node.ref)).toBe(true);
    else if (node.type === "array") walk(node.items);
    else if (node.type === "object") Object.values(node.properties ?? {}).forEach(walk);
  };
  Object.values(definitions).forEach(walk);
});
