/**
 * `azbatch-emulator`: starts the local Batch service from the command line and prints where it
 * listens. Stops on SIGINT / SIGTERM.
 * @module
 */
import { parseArgs } from "node:util";
import { DEV_ACCOUNT_KEY, startLocalBatchService, type LocalBatchServiceOptions } from "./index.js";

const HELP = `Usage: azbatch-emulator [options]

Runs a local Batch service (REST api-version 2024-07-01.20.0).

Options:
  --port <n>            TCP port (default: 0 = a free port)
  --host <address>      interface to bind (default: 127.0.0.1)
  --account-name <name> account name clients sign with (default: devbatchaccount1)
  --account-key <key>   base64 account key (default: the documented development key)
  --location <dir>      keep state and node files in this directory (default: in memory)
  --accept-tokens       accept any bearer token as well as Shared Key
  --time-scale <x>      multiply emulated delays by x (default: 1)
  -h, --help            show this help

Environment:
  AZBATCH_EMULATOR_AUTO_STORAGE   connection string of the storage account linked to the
                                  Batch account (autoStorageContainerName resource files)
`;

function parseNumber(name: string, text: string | undefined, integer: boolean): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new RangeError(`--${name} must be a ${integer ? "non-negative integer" : "non-negative number"}`);
  }
  return value;
}

/** Parses command-line arguments into service options; `undefined` when help was asked for. */
function parseCliOptions(args: readonly string[]): LocalBatchServiceOptions | undefined {
  const { values } = parseArgs({
    args: [...args],
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "account-name": { type: "string" },
      "account-key": { type: "string" },
      location: { type: "string" },
      "accept-tokens": { type: "boolean" },
      "time-scale": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return undefined;
  return {
    port: parseNumber("port", values.port, true),
    host: values.host,
    accountName: values["account-name"],
    accountKey: values["account-key"],
    location: values.location,
    acceptTokens: values["accept-tokens"] ?? false,
    timeScale: parseNumber("time-scale", values["time-scale"], false),
    // From the environment: a connection string holds a key, which a command line would expose to `ps`.
    autoStorage: process.env.AZBATCH_EMULATOR_AUTO_STORAGE
      ? { connectionString: process.env.AZBATCH_EMULATOR_AUTO_STORAGE }
      : undefined,
  };
}

async function main(): Promise<void> {
  let options: LocalBatchServiceOptions | undefined;
  try {
    options = parseCliOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (!options) {
    process.stdout.write(HELP);
    return;
  }
  const service = await startLocalBatchService(options);
  const keyNote = service.accountKey === DEV_ACCOUNT_KEY ? ` key ${DEV_ACCOUNT_KEY}` : "";
  process.stdout.write(
    `Local Batch service listening on ${service.url} (account ${service.accountName}${keyNote})\n`,
  );
  const stop = (): void => {
    void service.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`azbatch-emulator: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
