/**
 * The DotNetTutorial sample ported to TypeScript with azbatch, step for step and with the same console
 * lines: it uploads a small word-counting application and three text files to Blob storage, runs one task
 * per file on a three-node pool, and downloads each task's top-3 word list.
 *
 *     npm run tutorial                       # local Batch service + Azurite, started and stopped here
 *     npm run tutorial -- --help
 *
 * With the environment variables listed by `--help` it runs unchanged against real accounts.
 * @module
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BatchClient, BatchSharedKeyCredentials } from "../../src/index.js";
import { redactText } from "../../src/http/redact.js";
import { ENVIRONMENT_HELP, openEnvironment } from "../support/environment.js";
import { formatTimeSpan } from "../support/format.js";
import { attachProgressBar } from "../support/progress.js";
import { confirm } from "../support/prompt.js";
import { addTasks, createJob, createPoolIfNotExist, monitorTasks } from "./batch-steps.js";
import {
  createContainerIfNotExist,
  deleteContainer,
  downloadBlobsFromContainer,
  getContainerSasUrl,
  uploadFilesToContainer,
} from "./blob-steps.js";
import { bundleTaskApplication } from "./bundle.js";

const POOL_ID = "DotNetTutorialPool";
const JOB_ID = "DotNetTutorialJob";
const APP_CONTAINER = "application";
const INPUT_CONTAINER = "input";
const OUTPUT_CONTAINER = "output";
const INPUT_FILES = ["taskdata1.txt", "taskdata2.txt", "taskdata3.txt"];
const TASK_TIMEOUT_MS = 30 * 60 * 1000;

const HELP = `Runs the DotNetTutorial sample: counts the top 3 words of three text files on a Batch pool.

Usage: npm run tutorial -- [options]

Options:
  --input-dir <dir>   folder holding taskdata1.txt, taskdata2.txt and taskdata3.txt
                      (default: the sample's own texts)
  --output-dir <dir>  folder that receives the *_OUTPUT.txt files (default: examples/dotnet-tutorial/output)
  -h, --help          show this text

At the end it asks "Delete job? [yes] no" and "Delete pool? [yes] no"; without a terminal both default to yes.
The exit code is 0 when every task succeeded, 1 otherwise.

${ENVIRONMENT_HELP}
On a real pool the nodes need Node.js 18 or later on the PATH to run the task application.`;

/** Command-line options of the sample. */
interface TutorialOptions {
  readonly inputDir: string;
  readonly outputDir: string;
}

function parseOptions(argv: readonly string[]): TutorialOptions | "help" {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      "input-dir": { type: "string" },
      "output-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const inputDir = resolve(values["input-dir"] ?? fileURLToPath(new URL(".", import.meta.url)));
  const missing = INPUT_FILES.filter((name) => !existsSync(join(inputDir, name)));
  if (missing.length > 0) throw new Error(`${inputDir} lacks ${missing.join(", ")}`);
  return {
    inputDir,
    // The original downloads to %TEMP%; a folder beside the sample is easier to find.
    outputDir: resolve(values["output-dir"] ?? fileURLToPath(new URL("./output", import.meta.url))),
  };
}

async function run(options: TutorialOptions): Promise<boolean> {
  const environment = await openEnvironment({ storage: true });
  const blobService = environment.blobService!;
  if (environment.local)
    console.log(`Using the local Batch service at ${environment.batch.url} and Azurite.`);
  const scratch = await mkdtemp(join(tmpdir(), "dotnet-tutorial-"));
  try {
    console.log(`Sample start: ${new Date().toLocaleString()}`);
    console.log();
    const started = performance.now();

    await createContainerIfNotExist(blobService, APP_CONTAINER);
    await createContainerIfNotExist(blobService, INPUT_CONTAINER);
    await createContainerIfNotExist(blobService, OUTPUT_CONTAINER);

    // The task application, bundled into one file that runs on any node with Node.js.
    const applicationFiles = await uploadFilesToContainer(blobService, APP_CONTAINER, [
      await bundleTaskApplication(scratch),
    ]);
    const inputFiles = await uploadFilesToContainer(
      blobService,
      INPUT_CONTAINER,
      INPUT_FILES.map((name) => join(options.inputDir, name)),
    );
    // The tasks upload their results through this write-only SAS.
    const outputContainerSasUrl = await getContainerSasUrl(blobService, OUTPUT_CONTAINER, "w");

    const { url, accountName, accountKey } = environment.batch;
    const batchClient = BatchClient.open(new BatchSharedKeyCredentials(url, accountName, accountKey));
    // Closed when done, as the using block of Batch .NET does.
    try {
      await createPoolIfNotExist(batchClient, POOL_ID, applicationFiles);
      await createJob(batchClient, JOB_ID, POOL_ID);
      await addTasks(batchClient, JOB_ID, inputFiles, outputContainerSasUrl);
      const succeeded = await monitorTasks(batchClient, JOB_ID, {
        timeoutMs: TASK_TIMEOUT_MS,
        onMonitor: attachProgressBar,
      });

      await downloadBlobsFromContainer(blobService, OUTPUT_CONTAINER, options.outputDir);
      await deleteContainer(blobService, APP_CONTAINER);
      await deleteContainer(blobService, INPUT_CONTAINER);
      await deleteContainer(blobService, OUTPUT_CONTAINER);

      console.log();
      console.log(`Sample end: ${new Date().toLocaleString()}`);
      console.log(`Elapsed time: ${formatTimeSpan(performance.now() - started)}`);
      console.log();
      if (await confirm("Delete job? [yes] no: ")) await batchClient.jobOperations.deleteJob(JOB_ID);
      if (await confirm("Delete pool? [yes] no: ")) await batchClient.poolOperations.deletePool(POOL_ID);
      return succeeded;
    } finally {
      batchClient.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await environment.close();
  }
}

async function main(): Promise<void> {
  let options: TutorialOptions | "help";
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (options === "help") {
    console.log(HELP);
    return;
  }
  try {
    process.exitCode = (await run(options)) ? 0 : 1;
  } catch (error) {
    console.log();
    console.log("One or more exceptions occurred.");
    console.log();
    // Storage and Batch errors can quote request URLs; keep SAS signatures and keys off the console.
    console.log(redactText(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    process.exitCode = 1;
  } finally {
    console.log();
    console.log("Sample complete.");
  }
}

await main();
