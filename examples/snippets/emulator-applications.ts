import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ApplicationPackageReference,
  AutoPoolSpecification,
  BatchClient,
  BatchSharedKeyCredentials,
  CloudTask,
  PoolInformation,
  PoolSpecification,
  TaskState,
} from "../../src/index.js";
import { startLocalBatchService } from "../../src/emulator/index.js";

// Version 1.0 of "hello" is a directory here; a .zip file or the URL of one works the same way.
const packageDir = mkdtempSync(join(tmpdir(), "hello-1.0-"));
writeFileSync(join(packageDir, "hello.sh"), "echo hello from version 1.0 of the package\n");
const batch = await startLocalBatchService({
  applications: [{ id: "hello", versions: [{ version: "1.0", path: packageDir }], defaultVersion: "1.0" }],
});
const batchClient = BatchClient.open(
  new BatchSharedKeyCredentials(batch.url, batch.accountName, batch.accountKey),
);

// The job brings its own pool, deleted when the job ends.
const job = batchClient.jobOperations.createJob();
job.id = "with-package";
job.poolInformation = new PoolInformation({
  autoPoolSpecification: new AutoPoolSpecification({
    autoPoolIdPrefix: "hello",
    poolLifetimeOption: "job",
    poolSpecification: new PoolSpecification({
      virtualMachineSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
        nodeAgentSkuId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedComputeNodes: 1,
    }),
  }),
});
await job.commit();

// The package is deployed on the node before the task runs; its directory is in the variable.
const task = new CloudTask("greet", "/bin/sh -c 'sh $AZ_BATCH_APP_PACKAGE_hello_1_0/hello.sh'");
task.applicationPackageReferences = [
  new ApplicationPackageReference({ applicationId: "hello", version: "1.0" }),
];
await batchClient.jobOperations.addTask("with-package", [task]);
await batchClient.utilities.createTaskStateMonitor().whenAll([task], TaskState.Completed, 5 * 60_000);

const stdout = await (
  await batchClient.jobOperations.getNodeFile("with-package", "greet", "stdout.txt")
).readAsString();
console.log(stdout);

batchClient.close();
await batch.close();
rmSync(packageDir, { recursive: true, force: true });
