/**
 * The public types of the object model: internals stay off `CloudTask`, and values the service always
 * sends are typed as present. `npx tsc --noEmit` checks the type assertions (an unused
 * `@ts-expect-error` is an error there); the runtime assertions check the same surface in JavaScript.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CloudTask,
  ImageInformation,
  TaskCountsResult,
  type ImageReference,
  type TaskCounts,
  type TaskSlotCounts,
} from "../../../src/index.js";

const INTERNALS = [
  "freeze",
  "toAddParameter",
  "markCommitted",
  "applyState",
  "isReadOnly",
  "parentJobId",
] as const;

describe("CloudTask's public surface", () => {
  it("has none of the add-task workflow's or the monitor's internals", () => {
    const task = new CloudTask("t1", "echo hi");
    // @ts-expect-error not public
    void task.freeze;
    // @ts-expect-error not public
    void task.toAddParameter;
    // @ts-expect-error not public
    void task.markCommitted;
    // @ts-expect-error not public
    void task.applyState;
    // @ts-expect-error not public
    void task.isReadOnly;
    // @ts-expect-error not public
    void task.parentJobId;
    // @ts-expect-error not public
    void CloudTask.fromWire;
    for (const name of INTERNALS) expect(name in task, name).toBe(false);
    expect("fromWire" in CloudTask).toBe(false);
    // What is left is the Batch .NET surface: string-named members only.
    const symbolMembers = Object.getOwnPropertySymbols(CloudTask.prototype).map(String);
    expect(symbolMembers.every((s) => s.startsWith("Symbol(azbatch."))).toBe(true);
  });
});

describe("values the service always sends", () => {
  it("are typed as present on reported values (no `!` needed)", () => {
    expectTypeOf<TaskCountsResult["taskCounts"]>().toEqualTypeOf<TaskCounts>();
    expectTypeOf<TaskCountsResult["taskSlotCounts"]>().toEqualTypeOf<TaskSlotCounts>();
    expectTypeOf<ImageInformation["imageReference"]>().toEqualTypeOf<ImageReference>();
    expectTypeOf<ImageInformation["nodeAgentSkuId"]>().toEqualTypeOf<string>();
    expectTypeOf<TaskCounts["active"]>().toEqualTypeOf<number>();
  });

  it("stay optional where a value is built by the client or a property may be left out by $select", () => {
    expectTypeOf<CloudTask["commandLine"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ImageReference["publisher"]>().toEqualTypeOf<string | undefined>();
  });
});
