/**
 * Batch .NET names that ported programs use, exercised against the local Batch service: `Constants`
 * for the task's output files, `UserIdentity(AutoUserSpecification)`, `NodeFile.path`,
 * `TaskDependencies.onTasks` and `JobPreparationTask.rerunOnComputeNodeRebootAfterSuccess`.
 */
import { describe, expect, it } from "vitest";
import {
  AutoUserScope,
  AutoUserSpecification,
  CloudTask,
  Constants,
  ElevationLevel,
  JobPreparationTask,
  TaskDependencies,
  UserIdentity,
} from "../../../src/index.js";
import { createJob, waitForCompletedTasks, withReadyPool } from "./support.js";

const service = withReadyPool("names", 1);

describe("Batch .NET names against the local Batch service", () => {
  it("reads a task's output through Constants and runs it as an auto-user given positionally", async () => {
    await createJob(service().client, "names-out", "names");
    const task = new CloudTask("t", "/bin/sh -c 'echo out-text; echo err-text >&2'");
    task.userIdentity = new UserIdentity(
      new AutoUserSpecification({ scope: AutoUserScope.Task, elevationLevel: ElevationLevel.Admin }),
    );
    await service().client.jobOperations.addTask("names-out", task);
    const [done] = await waitForCompletedTasks(service().client, "names-out", 1, 60_000);
    expect(done!.executionInformation?.exitCode).toBe(0);
    expect(done!.userIdentity?.autoUser?.elevationLevel).toBe("admin");
    expect(done!.userIdentity?.userName).toBeUndefined();
    expect(await (await done!.getNodeFile(Constants.standardOutFileName)).readAsString()).toBe("out-text\n");
    expect(await (await done!.getNodeFile(Constants.standardErrorFileName)).readAsString()).toBe(
      "err-text\n",
    );
    const paths = (await done!.listNodeFiles({ recursive: true }).toList()).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([Constants.standardOutFileName, Constants.standardErrorFileName]),
    );
  }, 90_000);

  it("makes a task depend on CloudTask objects through onTasks", async () => {
    await createJob(service().client, "names-deps", "names", (job) => (job.usesTaskDependencies = true));
    const first = new CloudTask("first", "/bin/true");
    const second = new CloudTask("second", "/bin/true");
    const last = new CloudTask("last", "/bin/true");
    last.dependsOn = TaskDependencies.onTasks([first, second]);
    await service().client.jobOperations.addTask("names-deps", [first, second, last]);
    await waitForCompletedTasks(service().client, "names-deps", 3, 60_000);
    const fetched = await service().client.jobOperations.getTask("names-deps", "last");
    expect(fetched.dependsOn?.taskIds).toEqual(["first", "second"]);
  }, 90_000);

  it("sends JobPreparationTask.rerunOnComputeNodeRebootAfterSuccess under its wire name", async () => {
    await createJob(service().client, "names-prep", "names", (job) => {
      const prep = new JobPreparationTask("/bin/true");
      prep.rerunOnComputeNodeRebootAfterSuccess = false;
      job.jobPreparationTask = prep;
    });
    const job = await service().client.jobOperations.getJob("names-prep");
    expect(job.jobPreparationTask?.rerunOnComputeNodeRebootAfterSuccess).toBe(false);
  }, 60_000);
});
