/**
 * Where the examples run: against a real Batch account (and Storage account) when the environment names
 * one, otherwise against the local Batch service and Azurite, started here and stopped by `close()`.
 *
 * Real accounts are read from `BATCH_ACCOUNT_URL`, `BATCH_ACCOUNT_NAME`, `BATCH_ACCOUNT_KEY` and either
 * `STORAGE_CONNECTION_STRING` or `STORAGE_ACCOUNT_NAME` + `STORAGE_ACCOUNT_KEY`.
 * @module
 */
import { BlobServiceClient } from "@azure/storage-blob";
import { startLocalBatchService, type LocalBatchServiceOptions } from "../../src/emulator/index.js";
import { startAzurite } from "./azurite.js";

/** The Batch account an example talks to. */
export interface BatchAccountSettings {
  /** Account endpoint, e.g. `https://myaccount.westeurope.batch.azure.com`. */
  readonly url: string;
  /** Account name. */
  readonly accountName: string;
  /** Shared key (secret: never print it). */
  readonly accountKey: string;
}

/** The accounts an example uses and how to release them. */
export interface ExampleEnvironment {
  /** `true` when the local Batch service (and Azurite) were started for this run. */
  readonly local: boolean;
  /** The Batch account. */
  readonly batch: BatchAccountSettings;
  /** Blob storage, when it was asked for. */
  readonly blobService?: BlobServiceClient;
  /** Stops whatever was started locally; does nothing for real accounts. Safe to call twice. */
  close(): Promise<void>;
}

/** What an example needs from its environment. */
export interface EnvironmentOptions {
  /** The example uses Blob storage (the tutorial does; the lifecycle examples do not). */
  readonly storage?: boolean;
  /** Variables to read instead of `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /**
   * How the local Batch service is started when no real account is named: what a real account has set up
   * beforehand (its application packages) or a faster time scale. Ignored for real accounts.
   */
  readonly localService?: LocalBatchServiceOptions;
}

const BATCH_VARIABLES = ["BATCH_ACCOUNT_URL", "BATCH_ACCOUNT_NAME", "BATCH_ACCOUNT_KEY"] as const;
const STORAGE_VARIABLES = ["STORAGE_ACCOUNT_NAME", "STORAGE_ACCOUNT_KEY"] as const;
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/** Names of the environment variables that select real accounts, for `--help` texts. */
export const ENVIRONMENT_HELP = `Environment (all unset: the local Batch service and Azurite are started and stopped automatically):
  BATCH_ACCOUNT_URL, BATCH_ACCOUNT_NAME, BATCH_ACCOUNT_KEY   a real Batch account (shared key)
  STORAGE_CONNECTION_STRING                                  a real Storage account, or instead:
  STORAGE_ACCOUNT_NAME, STORAGE_ACCOUNT_KEY`;

/** A configuration the environment variables cannot express, e.g. only some of the Batch variables set. */
export class EnvironmentConfigurationError extends Error {
  override name = "EnvironmentConfigurationError";
}

/**
 * Opens the accounts for an example: the real ones named by the environment, or local services.
 * @throws EnvironmentConfigurationError when the variables name a real account only partly.
 */
export async function openEnvironment(options: EnvironmentOptions = {}): Promise<ExampleEnvironment> {
  const env = options.env ?? process.env;
  const batch = realBatchAccount(env);
  const blobService = options.storage ? realBlobService(env) : undefined;
  if (batch) {
    if (options.storage && !blobService) {
      throw new EnvironmentConfigurationError(
        "A real Batch account needs a real Storage account too: set STORAGE_CONNECTION_STRING, or STORAGE_ACCOUNT_NAME and STORAGE_ACCOUNT_KEY.",
      );
    }
    return { local: false, batch, blobService, close: async () => {} };
  }
  return openLocal(options.storage === true, blobService, options.localService);
}

/** Starts the local Batch service, plus Azurite unless a real Storage account was given. */
async function openLocal(
  storage: boolean,
  realStorage: BlobServiceClient | undefined,
  serviceOptions: LocalBatchServiceOptions | undefined,
): Promise<ExampleEnvironment> {
  const azurite = storage && !realStorage ? await startAzurite() : undefined;
  let service: Awaited<ReturnType<typeof startLocalBatchService>>;
  try {
    service = await startLocalBatchService(serviceOptions);
  } catch (error) {
    await azurite?.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = () => {
    for (const signal of STOP_SIGNALS) process.off(signal, interrupted);
    return (closing ??= Promise.all([service.close(), azurite?.close()]).then(() => undefined));
  };
  // Azurite runs in its own process group, so Ctrl+C does not reach it: stop both services first.
  const interrupted = (signal: NodeJS.Signals) => {
    void close().finally(() => process.kill(process.pid, signal));
  };
  for (const signal of STOP_SIGNALS) process.once(signal, interrupted);
  return {
    local: true,
    batch: { url: service.url, accountName: service.accountName, accountKey: service.accountKey },
    blobService: realStorage ?? (azurite && BlobServiceClient.fromConnectionString(azurite.connectionString)),
    close,
  };
}

function realBatchAccount(env: NodeJS.ProcessEnv): BatchAccountSettings | undefined {
  const values = BATCH_VARIABLES.map((name) => env[name]);
  if (values.every((value) => !value)) return undefined;
  const missing = BATCH_VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new EnvironmentConfigurationError(
      `Set all of ${BATCH_VARIABLES.join(", ")}; missing: ${missing.join(", ")}.`,
    );
  }
  const [url, accountName, accountKey] = values as string[];
  return { url, accountName, accountKey };
}

function realBlobService(env: NodeJS.ProcessEnv): BlobServiceClient | undefined {
  if (env.STORAGE_CONNECTION_STRING)
    return BlobServiceClient.fromConnectionString(env.STORAGE_CONNECTION_STRING);
  const [name, key] = STORAGE_VARIABLES.map((variable) => env[variable]);
  if (!name && !key) return undefined;
  if (!name || !key) {
    throw new EnvironmentConfigurationError(
      `Set both ${STORAGE_VARIABLES.join(" and ")}, or STORAGE_CONNECTION_STRING.`,
    );
  }
  return BlobServiceClient.fromConnectionString(
    `DefaultEndpointsProtocol=https;AccountName=${name};AccountKey=${key};EndpointSuffix=core.windows.net`,
  );
}
