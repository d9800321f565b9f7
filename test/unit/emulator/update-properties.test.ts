/** What PATCH and PUT requests of the local service may change comes from the contract's body definitions. */
import { describe, expect, it } from "vitest";
import { definitions } from "../../../src/protocol/schemas.generated.js";
import type { ObjectSchema } from "../../../src/protocol/route-types.js";
import { applyUpdate, bodyProperties, replacements } from "../../../src/emulator/resources/common.js";

const declared = (name: string) => Object.keys((definitions[name] as ObjectSchema).properties ?? {});

describe("update property lists", () => {
  it("are the properties of the body definition, in the contract's order", () => {
    for (const name of ["PoolPatchParameter", "JobPatchParameter", "JobSchedulePatchParameter"]) {
      expect(bodyProperties(name)).toEqual(declared(name));
    }
    expect(bodyProperties("PoolPatchParameter")).toContain("resourceTags");
  });

  it("reject a definition the contract lacks or that is not an object", () => {
    expect(() => bodyProperties("NoSuchParameter")).toThrow(/NoSuchParameter/);
    expect(() => bodyProperties("ComputeNodeState")).toThrow(/ComputeNodeState/);
  });

  it("list every property a replacing update sets, with its reset value", () => {
    const table = replacements("PoolUpdatePropertiesParameter", { metadata: [] });
    expect(Object.keys(table)).toEqual(declared("PoolUpdatePropertiesParameter"));
    expect(table.metadata).toEqual([]);
    expect(table.startTask).toBeUndefined();
  });

  it("refuse a reset value for a property the definition does not declare", () => {
    expect(() => replacements("JobUpdateParameter", { displayName: "x" })).toThrow(
      /JobUpdateParameter declares no displayName/,
    );
  });

  it("never share a reset value between the entities they update", () => {
    const table = replacements("JobScheduleUpdateParameter", { metadata: [] });
    const [a, b]: Record<string, unknown>[] = [{}, {}];
    applyUpdate(a, {}, table);
    applyUpdate(b, {}, table);
    (a.metadata as unknown[]).push({ name: "k", value: "v" });
    expect(b.metadata).toEqual([]);
    expect(table.metadata).toEqual([]);
  });
});
