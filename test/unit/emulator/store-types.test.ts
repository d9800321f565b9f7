/** The local service's stored entities have the contract's wire types, so tsc checks the oracle against the contract. */
import { describe, expectTypeOf, it } from "vitest";
import type {
  CertificateEntity,
  JobEntity,
  NodeEntity,
  PoolEntity,
  ScheduleEntity,
  TaskEntity,
  WireObject,
} from "../../../src/emulator/store/entities.js";
import type {
  CertificateState,
  ComputeNodeState,
  JobState,
  JobScheduleState,
  PoolState,
  SubtaskState,
  TaskExecutionInformation,
  TaskState,
} from "../../../src/protocol/models.generated.js";

describe("stored entities", () => {
  it("carry their id as a string", () => {
    expectTypeOf<PoolEntity["data"]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<NodeEntity["data"]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<JobEntity["data"]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<TaskEntity["data"]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<ScheduleEntity["data"]["id"]>().toEqualTypeOf<string>();
  });

  it("type their properties as the contract's definitions do", () => {
    expectTypeOf<PoolEntity["data"]["state"]>().toEqualTypeOf<PoolState | undefined>();
    expectTypeOf<NodeEntity["data"]["state"]>().toEqualTypeOf<ComputeNodeState | undefined>();
    expectTypeOf<JobEntity["data"]["state"]>().toEqualTypeOf<JobState | undefined>();
    expectTypeOf<TaskEntity["data"]["state"]>().toEqualTypeOf<TaskState | undefined>();
    expectTypeOf<ScheduleEntity["data"]["state"]>().toEqualTypeOf<JobScheduleState | undefined>();
    expectTypeOf<CertificateEntity["data"]["state"]>().toEqualTypeOf<CertificateState | undefined>();
    expectTypeOf<TaskEntity["data"]["executionInfo"]>().toEqualTypeOf<TaskExecutionInformation | undefined>();
  });

  it("type what they hold beside their wire object", () => {
    expectTypeOf<NodeEntity["users"][string]["isAdmin"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<TaskEntity["subtasks"][number]["state"]>().toEqualTypeOf<SubtaskState | undefined>();
    expectTypeOf<JobEntity["prepReleaseStatus"][number]["nodeId"]>().toEqualTypeOf<string | undefined>();
  });

  it("keep no password for a node user", () => {
    expectTypeOf<NodeEntity["users"][string]["password"]>().toEqualTypeOf<unknown>();
  });

  it("stay wire objects for the rules every kind shares", () => {
    expectTypeOf<PoolEntity["data"]>().toExtend<WireObject>();
    expectTypeOf<CertificateEntity["data"]>().toExtend<WireObject>();
  });
});
