import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applySelect,
  evaluateFilter,
  ODataSyntaxError,
  parseExpand,
  parseFilter,
  parseSelect,
} from "../../../src/emulator/odata/index.js";

const task = {
  id: "Task-07",
  state: "completed",
  priority: 5,
  creationTime: "2024-03-01T12:00:00.000Z",
  executionInfo: { exitCode: 2, retryCount: 0, result: "failure" },
  constraints: { maxTaskRetryCount: 3 },
  isDedicated: true,
  displayName: "it's here",
  multiInstanceSettings: null,
  resourceFiles: [{ httpUrl: "u" }],
};

const matches = (filter: string, item: object = task) => evaluateFilter(parseFilter(filter), item);

describe("parseFilter + evaluateFilter", () => {
  it.each([
    ["state eq 'completed'", true],
    ["state eq 'Completed'", true],
    ["state EQ 'COMPLETED'", true],
    ["state ne 'completed'", false],
    ["id eq 'task-07'", true],
    ["priority gt 4", true],
    ["priority ge 5", true],
    ["priority lt 5", false],
    ["priority le 5.0", true],
    ["priority eq -5", false],
    ["executionInfo/exitCode eq 2", true],
    ["executionInfo/exitCode ne 0 and state eq 'completed'", true],
    ["executionInfo/result eq 'failure' or priority eq 0", true],
    ["executionInfo/result eq 'success' or priority eq 0", false],
    ["not (state eq 'active')", true],
    ["NOT state eq 'completed'", false],
    ["startswith(id, 'task-')", true],
    ["startswith(id,'Job')", false],
    ["not startswith(id, 'x')", true],
    ["startswith(id, 'T') eq false", false],
    ["startswith(id, 'T') eq true", true],
    ["creationTime gt DateTime'2024-01-01T00:00:00Z'", true],
    ["creationTime lt datetime'2024-01-01T00:00:00Z'", false],
    ["creationTime ge 2024-03-01T12:00:00Z", true],
    ["creationTime gt 2024-03-01T12:00:00.0000001Z", false],
    ["creationTime eq 2024-03-01T13:00:00+01:00", true],
    ["creationTime gt DateTime'2024-03-01T11:59:59'", true],
    ["creationTime eq '2024-03-01T12:00:00Z'", true],
    ["creationTime lt '2024-03-01T12:00:00.5Z'", true],
    ["displayName eq 'it''s here'", true],
    ["isDedicated eq true", true],
    ["isDedicated", true],
    ["not isDedicated", false],
    ["isDedicated ne false", true],
    ["nodeInfo eq null", true],
    ["nodeInfo/nodeId eq null", true],
    ["multiInstanceSettings eq null", true],
    ["id ne null", true],
    ["nodeInfo/nodeId gt 'a'", false],
    ["nodeInfo/nodeId ne 'a'", true],
    ["priority eq '5'", false],
    ["priority ne '5'", true],
    ["constraints eq null", false],
    ["resourceFiles ne null", true],
    ["((priority eq 5) and (state eq 'completed'))", true],
    ["priority eq 1 or priority eq 2 or priority eq 5", true],
    ["priority eq 5 and state eq 'active' or id eq 'Task-07'", true],
    ["priority eq 5 and (state eq 'active' or id eq 'nope')", false],
    ["Priority eq 5", true],
    ["true", true],
    ["false or priority eq 5", true],
  ])("%s → %s", (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it("gives `and` higher precedence than `or`", () => {
    expect(parseFilter("a eq 1 or b eq 2 and c eq 3")).toMatchObject({
      kind: "or",
      right: { kind: "and" },
    });
  });

  it("parses literals into typed values", () => {
    expect(parseFilter("x eq 1.5")).toMatchObject({ right: { kind: "literal", value: 1.5 } });
    expect(parseFilter("x eq null")).toMatchObject({ right: { kind: "literal", value: null } });
    const dt = parseFilter("x eq DateTime'2024-01-02T03:04:05.678Z'");
    expect(dt).toMatchObject({ kind: "compare", right: { kind: "literal" } });
    expect(((dt as { right: { value: Date } }).right.value as Date).toISOString()).toBe(
      "2024-01-02T03:04:05.678Z",
    );
    expect(parseFilter("executionInfo/exitCode eq 0")).toMatchObject({
      left: { kind: "property", path: ["executionInfo", "exitCode"] },
    });
  });

  it.each([
    ["", 1],
    ["   ", 4],
    ["state eq", 9],
    ["state eq 'active", 10],
    ["state 'active'", 7],
    ["state eq 'a' and", 17],
    ["(state eq 'a'", 14],
    ["state eq 'a')", 13],
    ["state == 'a'", 7],
    ["state eq 'a' && id eq 'b'", 14],
    ["startswith(id)", 14],
    ["startswith id, 'a'", 12],
    ["executionInfo/ eq 1", 14],
    ["x eq DateTime'yesterday'", 6],
    ["x eq 2024-02-31T00:00:00Z", 6],
    ["x eq 12abc", 6],
    ["x eq eq", 6],
    ["x eq 1 eq 2", 8],
    ["(x eq 1) gt true", 10],
    ["(x eq 1) eq 3", 10],
    ["x eq #", 6],
  ])("rejects %j with a position", (filter, position) => {
    let caught: unknown;
    try {
      parseFilter(filter);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ODataSyntaxError);
    const error = caught as ODataSyntaxError;
    expect(error.clause).toBe("filter");
    expect(error.position + 1).toBe(position);
    expect(error.message).toContain(`position ${position}`);
  });

  it("only ever throws ODataSyntaxError, whatever the input", () => {
    const alphabet = fc.constantFrom(
      ..."abc eq ne gt and or not ( ) ' , / 1 2.5 - DateTime startswith null true 2024-01-01T00:00:00Z".split(
        " ",
      ),
      " ",
      "'",
      "''",
      "(",
      ")",
    );
    const soup = fc.array(alphabet, { maxLength: 20 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), soup), (text) => {
        try {
          const expr = parseFilter(text);
          expect(typeof evaluateFilter(expr, task)).toBe("boolean");
        } catch (error) {
          expect(error).toBeInstanceOf(ODataSyntaxError);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never matches everything on a filter it could not understand", () => {
    expect(() => parseFilter("state eq 'active' garbage")).toThrow(ODataSyntaxError);
  });
});

describe("applySelect", () => {
  const pool = {
    "odata.metadata": "https://x/$metadata#pools/@Element",
    id: "p1",
    state: "active",
    stats: { usageStats: { dedicatedCoreTime: "PT0S" }, resourceStats: { avgCPUPercentage: 1 } },
    metadata: [
      { name: "a", value: "1" },
      { name: "b", value: "2" },
    ],
    executionInfo: { exitCode: 0, startTime: "t" },
  };

  it.each([
    ["id", { "odata.metadata": pool["odata.metadata"], id: "p1" }],
    ["id,state", { "odata.metadata": pool["odata.metadata"], id: "p1", state: "active" }],
    [" id , STATE ", { "odata.metadata": pool["odata.metadata"], id: "p1", state: "active" }],
    ["executionInfo/exitCode", { "odata.metadata": pool["odata.metadata"], executionInfo: { exitCode: 0 } }],
    [
      "stats/usageStats,executionInfo",
      {
        "odata.metadata": pool["odata.metadata"],
        stats: { usageStats: { dedicatedCoreTime: "PT0S" } },
        executionInfo: { exitCode: 0, startTime: "t" },
      },
    ],
    [
      "executionInfo,executionInfo/exitCode",
      { "odata.metadata": pool["odata.metadata"], executionInfo: pool.executionInfo },
    ],
    ["metadata/name", { "odata.metadata": pool["odata.metadata"], metadata: [{ name: "a" }, { name: "b" }] }],
    ["missing", { "odata.metadata": pool["odata.metadata"] }],
    ["*", pool],
  ])("%j", (clause, expected) => {
    expect(applySelect(pool, clause)).toEqual(expected);
  });

  it("does not modify the item", () => {
    const copy = structuredClone(pool);
    applySelect(pool, "id");
    expect(pool).toEqual(copy);
  });

  it.each([
    ["", 1],
    ["id,", 4],
    ["id,,state", 4],
    ["id, 1x", 5],
    ["exec/", 1],
    ["a b", 1],
  ])("rejects %j", (clause, position) => {
    expect(() => parseSelect(clause)).toThrow(ODataSyntaxError);
    try {
      parseSelect(clause);
    } catch (error) {
      expect((error as ODataSyntaxError).clause).toBe("select");
      expect((error as ODataSyntaxError).position + 1).toBe(position);
    }
  });

  it("accepts a pre-parsed clause", () => {
    expect(applySelect({ id: 1, x: 2 }, parseSelect("x"))).toEqual({ x: 2 });
  });
});

describe("parseExpand", () => {
  it.each([
    ["stats", ["stats", "metadata"], ["stats"]],
    ["metadata,stats", ["stats", "metadata"], ["metadata", "stats"]],
    [" Stats , STATS ", ["stats"], ["stats"]],
  ])("%j against %j", (clause, allowed, expected) => {
    expect(parseExpand(clause, allowed)).toEqual(expected);
  });

  it.each([
    ["nodes", ["stats"]],
    ["stats,", ["stats"]],
    ["", ["stats"]],
    ["stats", []],
  ])("rejects %j against %j", (clause, allowed) => {
    expect(() => parseExpand(clause, allowed)).toThrow(ODataSyntaxError);
  });

  it("names the supported values in the reason", () => {
    expect(() => parseExpand("statz", ["stats", "metadata"])).toThrow(/supported: stats, metadata/);
  });
});
