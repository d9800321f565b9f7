/**
 * The tutorial's task application, run by each task on a compute node:
 *
 *     node task-application.js <input file> <number of words> <output container SAS URL>
 *
 * It writes `<input name>_OUTPUT<ext>` (the top words plus the node, task, job and pool it ran on) to the
 * working directory and uploads it to the container. It exits with 1 when anything fails, so that the
 * task's exit code tells the client. Bundled into one self-contained file (see `bundle.ts`): it needs
 * nothing on the node but Node itself, and talks to Blob storage with a plain `fetch`.
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import { redactUrl } from "../../src/http/redact.js";
import { formatTopWords, outputFileName, topWords } from "./top-words.js";

const USAGE = "usage: node task-application.js <input file> <number of words> <output container SAS URL>";

/** Blob service version sent with the upload; any version the SAS allows works. */
const STORAGE_VERSION = "2021-08-06";

async function main(args: readonly string[]): Promise<void> {
  const [inputFile, topCount, containerSasUrl] = args;
  if (args.length !== 3 || !/^\d+$/.test(topCount)) throw new UsageError(USAGE);

  // Strip a byte order mark, as .NET's File.ReadAllText does.
  const content = (await readFile(inputFile, "utf8")).replace(/^\uFEFF/, "");
  const outputFile = outputFileName(inputFile);
  await writeFile(
    outputFile,
    formatTopWords(topWords(content, Number(topCount)), {
      nodeId: process.env.AZ_BATCH_NODE_ID,
      taskId: process.env.AZ_BATCH_TASK_ID,
      jobId: process.env.AZ_BATCH_JOB_ID,
      poolId: process.env.AZ_BATCH_POOL_ID,
    }),
  );
  await uploadToContainer(outputFile, containerSasUrl);
}

/** PUTs the file as a block blob named like the file into the container the SAS URL points at. */
async function uploadToContainer(filePath: string, containerSasUrl: string): Promise<void> {
  const blobUrl = blobUrlIn(containerSasUrl, filePath.split(/[\\/]/).pop()!);
  const shownUrl = redactUrl(containerSasUrl);
  const response = await fetch(blobUrl, {
    method: "PUT",
    headers: { "x-ms-blob-type": "BlockBlob", "x-ms-version": STORAGE_VERSION, "content-type": "text/plain" },
    body: await readFile(filePath),
  }).catch((error: unknown) => {
    throw new Error(
      `Write operation failed for SAS URL ${shownUrl}\nAdditional error information: ${describe(error)}`,
    );
  });
  if (!response.ok) {
    const code = response.headers.get("x-ms-error-code") ?? response.statusText;
    throw new Error(
      `Write operation failed for SAS URL ${shownUrl}\nAdditional error information: ${response.status} ${code}`,
    );
  }
  console.log(`Write operation succeeded for SAS URL ${shownUrl}`);
  console.log();
}

/** The URL of blob `name` inside the container of `containerSasUrl`, keeping the SAS query. */
function blobUrlIn(containerSasUrl: string, name: string): URL {
  let url: URL;
  try {
    url = new URL(containerSasUrl);
  } catch {
    throw new UsageError(`The output container SAS URL is not a URL: ${redactUrl(containerSasUrl)}`);
  }
  url.pathname = `${url.pathname.replace(/\/$/, "")}/${encodeURIComponent(name)}`;
  return url;
}

function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return redactUrl(`${error instanceof Error ? error.message : String(error)}${cause}`);
}

/** Wrong command-line arguments. */
class UsageError extends Error {
  override name = "UsageError";
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? redactUrl(error.message) : String(error));
  process.exitCode = 1;
});
