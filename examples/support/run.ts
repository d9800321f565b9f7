/**
 * The frame every lifecycle example shares: `--help`, opening the accounts (local services unless the
 * environment names real ones), a `BatchClient`, and a clean shutdown with a non-zero exit code on failure.
 * @module
 */
import { BatchClient, BatchSharedKeyCredentials } from "../../src/index.js";
import { redactText } from "../../src/http/redact.js";
import {
  ENVIRONMENT_HELP,
  openEnvironment,
  type EnvironmentOptions,
  type ExampleEnvironment,
} from "./environment.js";

/** What an example's body receives. */
export interface ExampleContext {
  /** A client for the account. */
  readonly batchClient: BatchClient;
  /** The accounts, and whether they are the local services. */
  readonly environment: ExampleEnvironment;
}

/** An example: its description for `--help` and its body. */
export interface ExampleDefinition {
  /** First lines of `--help`: what the example shows. */
  readonly description: string;
  /** The example uses Blob storage. */
  readonly storage?: boolean;
  /** How the local Batch service is started when the example runs without a real account. */
  readonly localService?: EnvironmentOptions["localService"];
  /** The example's steps. */
  main(context: ExampleContext): Promise<void>;
}

/** Runs an example as a command-line program, honouring `--help` / `-h`. */
export async function runExample(
  example: ExampleDefinition,
  argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(`${example.description}\n\nOptions:\n  -h, --help  show this text\n\n${ENVIRONMENT_HELP}`);
    return;
  }
  try {
    const environment = await openEnvironment({
      storage: example.storage,
      localService: example.localService,
    });
    try {
      if (environment.local) console.log(`Using the local Batch service at ${environment.batch.url}`);
      const { url, accountName, accountKey } = environment.batch;
      const batchClient = BatchClient.open(new BatchSharedKeyCredentials(url, accountName, accountKey));
      try {
        await example.main({ batchClient, environment });
      } finally {
        batchClient.close();
      }
    } finally {
      await environment.close();
    }
  } catch (error) {
    // Errors may quote request URLs or headers; keep keys and SAS signatures off the console.
    console.error(redactText(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    process.exitCode = 1;
  }
}
