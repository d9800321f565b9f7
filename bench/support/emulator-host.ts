/**
 * Runs the local Batch service (with its task scheduler) in a process of its own, so that the
 * clients measured against it do not share its event loop. Prints one JSON line
 * `{ url, accountName, accountKey }` once it listens; stops on SIGTERM.
 */
import { TaskScheduler } from "../../src/emulator/agent/index.js";
import { startLocalBatchService } from "../../src/emulator/index.js";

const service = await startLocalBatchService({ timeScale: 0 });
const scheduler = new TaskScheduler({
  store: service.service.store,
  accountName: service.accountName,
  accountUrl: service.url,
});
process.stdout.write(
  `${JSON.stringify({ url: service.url, accountName: service.accountName, accountKey: service.accountKey })}\n`,
);
process.once("SIGTERM", () => {
  void scheduler
    .close()
    .then(() => service.close())
    .then(() => process.exit(0));
});
