import { describe, expect, it } from "vitest";
import { expandRoutes, type CompactRouteTable } from "../../../src/protocol/route-table.js";

const table: CompactRouteTable = {
  parameters: {
    poolId: { key: "poolId", wireName: "poolId", in: "path", required: true, kind: "string" },
    timeout: { key: "timeout", wireName: "timeout", in: "query", required: false, kind: "integer" },
    ocpDate: {
      key: "ocpDate",
      wireName: "ocp-date",
      in: "header",
      required: false,
      kind: "date-time-rfc1123",
    },
    pool: { key: "pool", wireName: "pool", in: "body", required: true, schema: "PoolAddParameter" },
  },
  groups: { standard: "timeout ocpDate" },
  headers: ["request-id", "client-request-id"],
  operations: {
    Pool_Add: ["POST /pools", "pool ...standard", [201], "", "dataserviceid"],
    Pool_List: ["GET /pools", "...standard", [200], "pageable CloudPoolListResult", ""],
    File_GetFromComputeNode: ["GET /pools/{poolId}/files", "poolId timeout", [200], "binary", "content-type"],
    Pool_Exists: ["HEAD /pools/{poolId}", "poolId", [200, 404], "", ""],
  },
};

describe("the compact route table", () => {
  const [add, list, file, exists] = expandRoutes(table);

  it("names the group and method after the operation id and splits the request line", () => {
    expect(add).toMatchObject({
      operationId: "Pool_Add",
      group: "pool",
      name: "add",
      method: "POST",
      path: "/pools",
    });
    expect(file).toMatchObject({ group: "file", name: "getFromComputeNode", path: "/pools/{poolId}/files" });
  });

  it("expands parameter ids and groups in order", () => {
    expect(add.parameters.map((p) => p.wireName)).toEqual(["pool", "timeout", "ocp-date"]);
    expect(list.parameters.map((p) => p.key)).toEqual(["timeout", "ocpDate"]);
  });

  it("reads the response: a schema, a pageable list, raw content or none", () => {
    expect(add).toMatchObject({ binaryResponse: false, pageable: false, successCodes: [201] });
    expect("responseSchema" in add).toBe(false);
    expect(list).toMatchObject({
      responseSchema: "CloudPoolListResult",
      pageable: true,
      binaryResponse: false,
    });
    expect(file).toMatchObject({ binaryResponse: true, pageable: false });
    expect("responseSchema" in file).toBe(false);
    expect(exists.successCodes).toEqual([200, 404]);
  });

  it("adds the shared response headers to each operation's own, sorted", () => {
    expect(add.responseHeaders).toEqual(["client-request-id", "dataserviceid", "request-id"]);
    expect(list.responseHeaders).toEqual(["client-request-id", "request-id"]);
  });

  it("rejects an unknown parameter or group", () => {
    expect(() =>
      expandRoutes({ ...table, operations: { Pool_Get: ["GET /p", "nope", [200], "", ""] } }),
    ).toThrow(/no parameter nope/);
    expect(() =>
      expandRoutes({ ...table, operations: { Pool_Get: ["GET /p", "...nope", [200], "", ""] } }),
    ).toThrow(/no parameter group nope/);
  });
});
