/**
 * The web view (`ui: true`) in a real browser: Debian's Chromium, headless, driven by playwright-core.
 * A small job runs while the pages watch: the heatmap shows the nodes, the task table reaches
 * "completed" without a reload, the task page shows the task's stdout, actions go through the REST
 * operations. A screenshot of each main view is saved under test-artifacts/web-view/ (and into
 * docs/images/ with AZBATCH_DOCS_SCREENSHOTS=1).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webViewBuild } from "../../tsup.config.js";
import { startLocalBatchService, type LocalBatchService } from "../../src/emulator/index.js";
import type { ProtocolClient } from "../../src/protocol/client.js";
import { addJob, addPool, protocolClientFor, waitForIdleNodes } from "../support/service-client.js";

const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const ROOT = join(import.meta.dirname, "../..");
const ARTIFACTS = join(ROOT, "test-artifacts/web-view");
const DOCS_IMAGES = join(ROOT, "docs/images");
/** Generous: the machine may be loaded by other test runs. */
const WAIT = { timeout: 60_000 };

let service: LocalBatchService;
let client: ProtocolClient;
let browser: Browser;
let page: Page;
let gates: string;
const internalErrors: unknown[] = [];

async function screenshot(name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  if (process.env.AZBATCH_DOCS_SCREENSHOTS === "1") {
    mkdirSync(DOCS_IMAGES, { recursive: true });
    await page.screenshot({ path: join(DOCS_IMAGES, `web-view-${name}.png`), fullPage: true });
  }
}

/** A task that prints `line`, then waits until the test opens its gate (a file). */
function gatedTask(id: string, line: string) {
  const gate = join(gates, id);
  return {
    id,
    commandLine: `/bin/sh -c 'echo ${line}; while [ ! -f ${gate} ]; do sleep 0.1; done; echo done'`,
  };
}

/** The rows of the job page's task table. */
function taskRows() {
  return page.getByRole("table", { name: /^Tasks/ }).locator("tbody tr");
}

/** Types an id prefix into the task table's filter. */
async function filterById(prefix: string): Promise<void> {
  await page.getByLabel("Id starts with").fill(prefix);
  await page.getByLabel("Id starts with").press("Enter");
}

function openGate(id: string): void {
  writeFileSync(join(gates, id), "");
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  // The assets from the current source, where the service finds them when it runs from source.
  await build({ ...webViewBuild, outDir: join(ROOT, "dist"), silent: true, config: false });
  gates = mkdtempSync(join(tmpdir(), "azbatch-web-view-"));
  service = await startLocalBatchService({
    ui: true,
    transitions: { resize: 50, delete: 50, node: 50, nodeStarting: 50, job: 50 },
    onInternalError: (error) => internalErrors.push(error),
  });
  client = protocolClientFor(service);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(WAIT.timeout);
  page = await context.newPage();
  page.on("dialog", (dialog) => void dialog.accept());
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
  if (gates) rmSync(gates, { recursive: true, force: true });
});

// Each step waits up to WAIT on a loaded machine, so a test gets several of them.
describe("web view in a browser", { timeout: 4 * WAIT.timeout }, () => {
  it("signs in with the one-time link, which then no longer works", async () => {
    const url = service.ui!.loginUrl();
    await page.goto(url);
    // The token is gone from the address bar; the session cookie carries on.
    expect(page.url()).toBe(`${service.url}/_ui/`);
    await page.getByRole("heading", { name: `Account ${service.accountName}` }).waitFor(WAIT);
    const second = await fetch(url, { redirect: "manual" });
    expect(second.status).toBe(403);
    // Neither the page nor its script holds the account key: the proxy signs on the server.
    const shell = await page.content();
    const script = await (await page.request.get(`${service.url}/_ui/assets/app.js`)).text();
    expect(shell).not.toContain(service.accountKey);
    expect(script).not.toContain(service.accountKey);
    const cookies = await page.context().cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/_ui/" });
  });

  it(
    "without a session shows the login form, which takes the account key and nothing else",
    { timeout: 120_000 },
    async () => {
      const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      fresh.setDefaultTimeout(WAIT.timeout);
      try {
        const login = await fresh.newPage();
        const answer = await login.goto(`${service.url}/_ui/`);
        expect(answer?.status()).toBe(401);
        const key = login.getByLabel(`Account key of ${service.accountName}`);
        await key.fill("bm90LXRoZS1rZXk=");
        await login.getByRole("button", { name: "Sign in" }).click();
        await login.getByText("That is not the account key.").waitFor(WAIT);
        await key.fill(service.accountKey);
        await login.getByRole("button", { name: "Sign in" }).click();
        await login.getByRole("heading", { name: `Account ${service.accountName}` }).waitFor(WAIT);
      } finally {
        await fresh.close();
      }
    },
  );

  it("follows an address change made while the page is starting", async () => {
    const early = await page.context().newPage();
    try {
      // The hash changes as soon as the document is parsed: after the first render, before the
      // view's effects have run.
      await early.addInitScript({
        content: `document.addEventListener("DOMContentLoaded", () => { location.hash = "#/jobs/no-such-job"; });`,
      });
      await early.goto(`${service.url}/_ui/`);
      await early.getByRole("alert").getByText("The specified job does not exist.").waitFor(WAIT);
      expect(await early.getByRole("heading", { name: /^Account / }).count()).toBe(0);
    } finally {
      await early.close();
    }
  });

  it("shows the pool's nodes in the heatmap and follows a resize", async () => {
    await addPool(client, "web-pool", 2, { taskSlotsPerNode: 2 });
    await waitForIdleNodes(client, "web-pool", 2);
    await page.getByRole("link", { name: "web-pool" }).click();
    await page.getByRole("heading", { name: "Pool web-pool" }).waitFor(WAIT);
    const tiles = page.getByRole("list", { name: "Node heatmap" }).getByRole("link");
    await expect.poll(() => tiles.count(), WAIT).toBe(2);
    await expect.poll(() => tiles.first().getAttribute("data-state"), WAIT).toBe("idle");
    // An action: the resize goes through Pool_Resize, and the new node appears live.
    await page.getByLabel("Dedicated nodes").fill("3");
    await page.getByRole("button", { name: "Resize" }).click();
    await expect.poll(() => tiles.count(), WAIT).toBe(3);
    await waitForIdleNodes(client, "web-pool", 3);
    await expect.poll(() => page.locator('.heatmap [data-state="idle"]').count(), WAIT).toBe(3);
  });

  it("follows the job's tasks to completed without a reload, with the counts bar", async () => {
    await addJob(client, "web-job", "web-pool", {
      jobPreparationTask: { commandLine: "/bin/sh -c 'echo preparing'" },
      jobReleaseTask: { commandLine: "/bin/sh -c 'echo releasing'" },
    });
    await client.task.addCollection({
      jobId: "web-job",
      taskCollection: {
        value: [
          gatedTask("gated", "hello-from-the-gated-task"),
          ...[1, 2, 3, 4].map((n) => ({ id: `quick-${n}`, commandLine: `/bin/sh -c 'echo quick ${n}'` })),
        ],
      },
    });
    await page.goto(`${service.url}/_ui/#/jobs/web-job`);
    await page.getByRole("heading", { name: "Job web-job" }).waitFor(WAIT);
    // Marks this document: a reload would lose it.
    await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 1));
    const gatedRow = page.getByRole("row", { name: /^gated / });
    await gatedRow.getByText("running").waitFor(WAIT);
    await page
      .getByTestId("task-counts")
      .getByText(/4 of 5 completed/)
      .waitFor(WAIT);
    const prepRelease = page.getByRole("table", { name: "Job preparation and release tasks per node" });
    await prepRelease.getByRole("cell", { name: "completed" }).first().waitFor(WAIT);
    await screenshot("job");
    openGate("gated");
    await gatedRow.getByText("completed").waitFor(WAIT);
    await page
      .getByTestId("task-counts")
      .getByText(/5 of 5 completed \(5 succeeded/)
      .waitFor(WAIT);
    expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(1);
  });

  it("filters and pages the task table on the service", async () => {
    await filterById("quick");
    await expect.poll(() => taskRows().count(), WAIT).toBe(4);
    await page.getByLabel("State").selectOption("running");
    await page.getByText("No tasks match.").waitFor(WAIT);
    await page.getByLabel("State").selectOption("all");
    await filterById("");
    await expect.poll(() => taskRows().count(), WAIT).toBe(5);
  });

  it("tails a running task's stdout live, and offers its actions", async () => {
    await client.task.add({ jobId: "web-job", task: gatedTask("tailed", "first-line-of-the-tailed-task") });
    // The heatmap shows the node that runs it, with the slot in use.
    await page.goto(`${service.url}/_ui/#/pools/web-pool`);
    await page.getByRole("link", { name: /: running, 1 running tasks, 1 of 2 slots in use$/ }).waitFor(WAIT);
    await screenshot("pool");
    await page.goto(`${service.url}/_ui/#/jobs/web-job/tasks/tailed`);
    await page.getByRole("heading", { name: /^Task tailed/ }).waitFor(WAIT);
    await page.getByTestId("file-stdout.txt").getByText("first-line-of-the-tailed-task").waitFor(WAIT);
    await screenshot("task");
    // An action through Task_Terminate: the page shows the task completed with the failure.
    await page.getByRole("button", { name: "Terminate task" }).click();
    await page.getByRole("status").getByText("Terminate task: accepted.").waitFor(WAIT);
    await page.getByRole("definition").getByText("completed").first().waitFor(WAIT);
    const { body: task } = await client.task.get({ jobId: "web-job", taskId: "tailed" });
    expect(task.state).toBe("completed");
    openGate("tailed");
    // Task_Delete, after the confirmation: back on the job's page, the task is gone.
    await client.task.add({ jobId: "web-job", task: { id: "doomed", commandLine: "/bin/true" } });
    await page.goto(`${service.url}/_ui/#/jobs/web-job/tasks/doomed`);
    await page.getByRole("button", { name: "Delete task" }).click();
    await page.getByRole("heading", { name: "Job web-job" }).waitFor(WAIT);
    await expect(client.task.get({ jobId: "web-job", taskId: "doomed" })).rejects.toMatchObject({
      requestInformation: { httpStatusCode: 404 },
    });
  });

  it("shows a node's recent tasks, start task and files", async () => {
    const { body: task } = await client.task.get({ jobId: "web-job", taskId: "gated" });
    const nodeId = task.nodeInfo!.nodeId!;
    await page.goto(`${service.url}/_ui/#/pools/web-pool`);
    await page.getByRole("link", { name: new RegExp(`^${nodeId}:`) }).click();
    await page.getByRole("heading", { name: new RegExp(`^Node ${nodeId}`) }).waitFor(WAIT);
    await page
      .getByRole("table", { name: "Tasks that ran on the node lately" })
      .getByRole("link", { name: "gated" })
      .waitFor(WAIT);
    await page
      .getByRole("list", { name: "Node files" })
      .getByRole("button", { name: /gated\/wd\/.*|gated\/stdout\.txt/ })
      .first()
      .waitFor(WAIT);
    await screenshot("node");
    // ComputeNode_Reboot, after the confirmation; the node comes back idle.
    await page.getByRole("button", { name: "Reboot" }).click();
    await page.getByRole("status").getByText("Reboot: accepted.").waitFor(WAIT);
    await page.getByRole("definition").getByText("idle").waitFor(WAIT);
  });

  it("shows the account overview with the job's counts, and terminates the job", async () => {
    await page.goto(`${service.url}/_ui/#/`);
    await page.getByRole("link", { name: "web-job" }).waitFor(WAIT);
    await screenshot("overview");
    await page.getByRole("link", { name: "web-job" }).click();
    await page.getByRole("button", { name: "Terminate job" }).click();
    await page.getByRole("definition").getByText("completed").first().waitFor(WAIT);
    const { body: job } = await client.job.get({ jobId: "web-job" });
    expect(job.state).toBe("completed");
    expect(internalErrors).toEqual([]);
  });
});

describe("web view with 50,000 tasks in a job", { timeout: 4 * WAIT.timeout }, () => {
  const TASKS = 50_000;
  let big: LocalBatchService;

  beforeAll(async () => {
    big = await startLocalBatchService({ ui: true, runTasks: false });
    const bigClient = protocolClientFor(big);
    await addJob(bigClient, "big-job", "no-pool");
    const chunks = Array.from({ length: TASKS / 100 }, (_, chunk) =>
      Array.from({ length: 100 }, (_, i) => ({ id: `task-${chunk * 100 + i}`, commandLine: "/bin/true" })),
    );
    // A few requests at a time, as the SDK's parallel add does.
    const legs = Array.from({ length: 4 }, async () => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift())
        await bigClient.task.addCollection({ jobId: "big-job", taskCollection: { value: chunk } });
    });
    await Promise.all(legs);
  }, 600_000);

  afterAll(async () => {
    await big?.close();
  });

  it("shows one page of tasks at a time, filtered and paged by the service", async () => {
    await page.goto(big.ui!.loginUrl());
    await page.goto(`${big.url}/_ui/#/jobs/big-job`);
    await page.getByRole("heading", { name: "Job big-job" }).waitFor(WAIT);
    const rows = taskRows();
    await page.getByTestId("task-counts").getByText(`0 of ${TASKS} completed`).waitFor(WAIT);
    await expect.poll(() => rows.count(), WAIT).toBe(50);
    const firstPage = await rows.first().locator("th").textContent();
    await page.getByRole("button", { name: "Next page" }).click();
    await page.getByRole("table", { name: /^Tasks, page 2/ }).waitFor(WAIT);
    expect(await rows.count()).toBe(50);
    expect(await rows.first().locator("th").textContent()).not.toBe(firstPage);
    await filterById("task-4999");
    await page.getByRole("table", { name: /^Tasks, page 1 \(11 shown\)/ }).waitFor(WAIT);
    expect(await page.getByRole("button", { name: "Previous page" }).isDisabled()).toBe(true);
  }, 180_000);
});
