/**
 * Runs the local Batch service (which runs tasks on its nodes) in a process of its own, so that the
 * clients measured against it do not share its event loop; it is the built package's service, as users
 * run it. Prints one JSON line
 * `{ url, accountName, accountKey }` once it listens; stops on SIGTERM.
 */
import { importLocalService } from "./built-package.js";

const { startLocalBatchService } = await importLocalService();
const service = await startLocalBatchService({ timeScale: 0 });
process.stdout.write(
  `${JSON.stringify({ url: service.url, accountName: service.accountName, accountKey: service.accountKey })}\n`,
);
process.once("SIGTERM", () => {
  void service.close().then(() => process.exit(0));
});
