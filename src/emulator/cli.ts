/**
 * `azbatch-emulator`: starts the local Batch service from the command line and prints where it
 * listens. Stops on SIGINT / SIGTERM.
 * @module
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { API_VERSION } from "../protocol/api-version.generated.js";
import {
  DEV_ACCOUNT_KEY,
  startLocalBatchService,
  type ApplicationConfig,
  type ApplicationPackageSource,
  type LocalBatchServiceOptions,
} from "./index.js";

const HELP = `Usage: azbatch-emulator [options]

Runs a local Batch service (REST api-versions 2019-08-01.10.0 to ${API_VERSION}, each in its own shape).

Options:
  --port <n>            TCP port (default: 0 = a free port)
  --host <address>      interface to bind (default: 127.0.0.1)
  --account-name <name> account name clients sign with (default: devbatchaccount1)
  --account-key <key>   base64 account key (default: the documented development key);
                        visible to every process of the same user: prefer --key-file
  --key-file <path>     read the base64 account key from this file
  --location <dir>      keep state and node files in this directory (default: in memory)
  --accept-tokens       accept any bearer token as well as Shared Key
  --time-scale <x>      multiply emulated delays by x (default: 1)
  --transition <name>=<ms>
                        how long a transitional state lasts at time scale 1, repeatable:
                        resize, delete, job, node, nodeLeave, nodeCreating, nodeStarting
                        (e.g. --transition delete=5000)
  --application <id>:<version>=<source>
                        offer an application package (repeatable); <source> is a .zip file,
                        a directory or an http(s) URL of a .zip; the first version given for
                        an id is its default version
  --ui                  serve the web view under /_ui/ and print its one-time login URL
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

/** `name=ms` pairs of `--transition` as durations by name. */
function parseTransitions(pairs: readonly string[] | undefined): Record<string, number> | undefined {
  if (pairs === undefined) return undefined;
  const durations: Record<string, number> = {};
  for (const pair of pairs) {
    const [name, ms] = pair.split("=", 2);
    if (!name || ms === undefined) throw new RangeError(`--transition ${pair}: expected <name>=<ms>`);
    durations[name] = parseNumber("transition", ms, false) as number;
  }
  return durations;
}

/** The key in a key file, without surrounding whitespace (the error never shows the file's content). */
function readKeyFile(path: string): string {
  let key: string;
  try {
    key = readFileSync(path, "utf8").trim();
  } catch (error) {
    throw new RangeError(
      `--key-file: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  if (key === "") throw new RangeError(`--key-file: ${path} is empty`);
  return key;
}

/** `--application <id>:<version>=<source>` values as applications (the first version of an id is its default). */
function parseApplications(specs: readonly string[]): ApplicationConfig[] | undefined {
  if (specs.length === 0) return undefined;
  const byId = new Map<
    string,
    { id: string; defaultVersion: string; versions: ApplicationPackageSource[] }
  >();
  for (const spec of specs) {
    const m = /^([^:=]+):([^=]+)=(.+)$/.exec(spec);
    if (!m) throw new RangeError(`--application must look like <id>:<version>=<source>, not ${spec}`);
    const [, id, version, source] = m;
    const isUrl = /^https?:\/\//i.test(source);
    const entry = byId.get(id.toLowerCase()) ?? { id, defaultVersion: version, versions: [] };
    entry.versions.push(isUrl ? { version, url: source } : { version, path: source });
    byId.set(id.toLowerCase(), entry);
  }
  return [...byId.values()];
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
      "key-file": { type: "string" },
      location: { type: "string" },
      "accept-tokens": { type: "boolean" },
      "time-scale": { type: "string" },
      transition: { type: "string", multiple: true },
      application: { type: "string", multiple: true },
      ui: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  if (values.help) return undefined;
  if (values["account-key"] !== undefined && values["key-file"] !== undefined)
    throw new RangeError("--account-key and --key-file are mutually exclusive");
  const autoStorage = process.env.AZBATCH_EMULATOR_AUTO_STORAGE;
  // Out of reach of code that reads `process.env` later (the original environment block in
  // /proc/<pid>/environ cannot be wiped; docs/emulator.md says so).
  delete process.env.AZBATCH_EMULATOR_AUTO_STORAGE;
  return {
    port: parseNumber("port", values.port, true),
    host: values.host,
    accountName: values["account-name"],
    accountKey: values["key-file"] !== undefined ? readKeyFile(values["key-file"]) : values["account-key"],
    location: values.location,
    acceptTokens: values["accept-tokens"] ?? false,
    timeScale: parseNumber("time-scale", values["time-scale"], false),
    transitions: parseTransitions(values.transition),
    applications: parseApplications(values.application ?? []),
    ui: values.ui ?? false,
    // From the environment: a connection string holds a key, which a command line would expose to `ps`.
    autoStorage: autoStorage ? { connectionString: autoStorage } : undefined,
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
  if (service.ui) process.stdout.write(`Web view (the link works once): ${service.ui.loginUrl()}\n`);
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
