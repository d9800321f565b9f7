/**
 * One home for the caller and `customBehaviors` of everything `BatchClient` hands out: the operations
 * classes and `Utilities` share `InheritedBehaviors`, and every entity shares `EntityBase` (its caller,
 * binding state and request table), so a rule changed there holds for all of them.
 */
import { describe, expect, it } from "vitest";
import {
  ApplicationOperations,
  Certificate,
  CertificateOperations,
  CloudJob,
  CloudJobSchedule,
  CloudPool,
  CloudTask,
  ComputeNode,
  ComputeNodeUser,
  ComputeNodeUserCommitSemantics,
  EntityBase,
  InheritedBehaviors,
  JobOperations,
  JobScheduleOperations,
  NodeFile,
  PoolOperations,
  RetryPolicyProvider,
  ServiceEntity,
  Utilities,
} from "../../../src/index.js";
import { useMswServer } from "../../support/msw.js";
import { openClient, serve } from "./om-support.js";

const server = useMswServer();

describe("InheritedBehaviors", () => {
  it("is the base of every operations class and of Utilities", () => {
    const client = openClient();
    const handed = [
      [client.poolOperations, PoolOperations],
      [client.jobOperations, JobOperations],
      [client.jobScheduleOperations, JobScheduleOperations],
      [client.certificateOperations, CertificateOperations],
      [client.applicationOperations, ApplicationOperations],
      [client.utilities, Utilities],
    ] as const;
    for (const [object, type] of handed) {
      expect(object).toBeInstanceOf(type);
      expect(object).toBeInstanceOf(InheritedBehaviors);
      expect(Object.getOwnPropertyNames(type.prototype)).not.toContain("customBehaviors");
      expect(object.customBehaviors).toEqual(client.customBehaviors);
      expect(object.customBehaviors).not.toBe(client.customBehaviors);
    }
  });
});

describe("EntityBase", () => {
  it("is the base of every entity, which declares no caller accessors of its own", () => {
    const entities = [CloudPool, CloudJob, CloudJobSchedule, Certificate, CloudTask, ComputeNode, NodeFile];
    for (const type of [...entities, ComputeNodeUser]) {
      expect(type.prototype).toBeInstanceOf(EntityBase);
      for (const own of ["customBehaviors", "bindingState"]) {
        expect(Object.getOwnPropertyNames(type.prototype), `${type.name}.${own}`).not.toContain(own);
      }
    }
    for (const type of [CloudPool, CloudJob, CloudJobSchedule, Certificate, CloudTask]) {
      expect(type.prototype).toBeInstanceOf(ServiceEntity);
    }
  });

  it("leaves a node user account unbound and writable after each commit", async () => {
    const log = serve(server, [
      ["POST", /^\/pools\/pool1\/nodes\/node1\/users$/, { status: 201 }],
      ["PUT", /^\/pools\/pool1\/nodes\/node1\/users\/alice$/, { status: 200 }],
    ]);
    const user = openClient().poolOperations.createComputeNodeUser("pool1", "node1");
    user.name = "alice";
    user.password = "first";
    await user.commit();
    expect(user.bindingState).toBe("unbound");
    user.password = "second";
    await user.commit(ComputeNodeUserCommitSemantics.UpdateUser);
    expect(user.bindingState).toBe("unbound");
    expect(log.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /pools/pool1/nodes/node1/users",
      "PUT /pools/pool1/nodes/node1/users/alice",
    ]);
    expect(log[0].body).toEqual({ name: "alice", password: "first" });
    expect(log[1].body).toEqual({ password: "second" });
  });

  it("gives a task built locally no caller until it is added to a job", async () => {
    const task = new CloudTask("t1", "echo hi");
    expect(task.customBehaviors).toEqual([]);
    expect(() => (task.customBehaviors = [RetryPolicyProvider.noRetryProvider()])).toThrow(
      /never added to a job/,
    );
    await expect(task.refresh()).rejects.toThrow(/never added to a job/);
  });
});
