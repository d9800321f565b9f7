/** Every served api-version answers in its own shape, driven by the generated difference table. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBatchService, type LocalBatchService } from "../../../src/emulator/index.js";
import { signedRequest } from "../../integration/emulator/support.js";

const V2020 = "2020-03-01.11.0";
const V2022 = "2022-10-01.16.0";
const CURRENT = "2024-07-01.20.0";

let service: LocalBatchService;

beforeAll(async () => {
  service = await startLocalBatchService();
});

afterAll(async () => {
  await service.close();
});

function at(version: string) {
  return { "api-version": version };
}

const POOL = {
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 0,
};

describe("served api-versions", () => {
  it("accepts every stable version from 2019-08-01.10.0 on and the newer ones clients send", async () => {
    for (const version of [
      "2019-08-01.10.0",
      V2020,
      "2020-09-01.12.0",
      "2021-06-01.14.0",
      "2022-01-01.15.0",
      V2022,
      "2023-05-01.17.0",
      "2023-11-01.18.0",
      "2024-02-01.19.0",
      CURRENT,
      "2025-06-01",
    ]) {
      const res = await signedRequest(service, "GET", "/pools", { query: at(version) });
      expect(res.status, version).toBe(200);
    }
  });

  it("refuses a version it does not serve with 400 UnsupportedRequestVersion", async () => {
    const res = await signedRequest(service, "GET", "/pools", { query: at("2018-12-01.8.0") });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("UnsupportedRequestVersion");
    expect(res.body.values).toContainEqual({ key: "QueryParameterValue", value: "2018-12-01.8.0" });
  });
});

describe("request and answer shapes", () => {
  it("takes and answers maxTasksPerNode at 2020-03-01.11.0, taskSlotsPerNode at 2024-07-01.20.0", async () => {
    const add = await signedRequest(service, "POST", "/pools", {
      query: at(V2020),
      body: { ...POOL, id: "old-slots", maxTasksPerNode: 3 },
    });
    expect(add.status).toBe(201);
    const old = await signedRequest(service, "GET", "/pools/old-slots", { query: at(V2020) });
    expect(old.body.maxTasksPerNode).toBe(3);
    expect(old.body).not.toHaveProperty("taskSlotsPerNode");
    const listed = await signedRequest(service, "GET", "/pools", { query: at(V2020) });
    expect(listed.body.value).toContainEqual(
      expect.objectContaining({ id: "old-slots", maxTasksPerNode: 3 }),
    );
    const current = await signedRequest(service, "GET", "/pools/old-slots", { query: at(CURRENT) });
    expect(current.body.taskSlotsPerNode).toBe(3);
    expect(current.body).not.toHaveProperty("maxTasksPerNode");
  });

  it("refuses at an older version a property only later versions have", async () => {
    const res = await signedRequest(service, "POST", "/pools", {
      query: at(V2020),
      body: { ...POOL, id: "old-new-name", taskSlotsPerNode: 2 },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("InvalidRequestBody");
    const current = await signedRequest(service, "POST", "/pools", {
      query: at(CURRENT),
      body: { ...POOL, id: "old-new-name", maxTasksPerNode: 2 },
    });
    expect(current.status).toBe(400);
  });

  it("leaves properties added later out of older answers", async () => {
    await signedRequest(service, "POST", "/pools", {
      query: at(CURRENT),
      body: { ...POOL, id: "later-props" },
    });
    const current = await signedRequest(service, "GET", "/pools/later-props", { query: at(CURRENT) });
    // `currentNodeCommunicationMode` came with 2022-10-01.16.0, `upgradePolicy` with 2024-07-01.20.0.
    expect(current.body).toHaveProperty("currentNodeCommunicationMode");
    const v2022 = await signedRequest(service, "GET", "/pools/later-props", { query: at(V2022) });
    expect(v2022.body).toHaveProperty("currentNodeCommunicationMode");
    const v2020 = await signedRequest(service, "GET", "/pools/later-props", { query: at(V2020) });
    expect(v2020.body).not.toHaveProperty("currentNodeCommunicationMode");
    expect(v2020.body.id).toBe("later-props");
  });

  it("answers flat task counts before 2020-09-01.12.0 and nested ones after", async () => {
    await signedRequest(service, "POST", "/jobs", {
      query: at(CURRENT),
      body: { id: "counted", poolInfo: { poolId: "later-props" } },
    });
    const old = await signedRequest(service, "GET", "/jobs/counted/taskcounts", { query: at(V2020) });
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 });
    expect(old.body).not.toHaveProperty("taskCounts");
    const current = await signedRequest(service, "GET", "/jobs/counted/taskcounts", { query: at(CURRENT) });
    expect(current.body.taskCounts).toMatchObject({ active: 0 });
    expect(current.body).toHaveProperty("taskSlotCounts");
  });
});

describe("operations of some versions only", () => {
  it("serves lifetime statistics before 2023-05-01.17.0 and 404s them after", async () => {
    for (const version of [V2020, V2022]) {
      const pools = await signedRequest(service, "GET", "/lifetimepoolstats", { query: at(version) });
      expect(pools.status, version).toBe(200);
      expect(pools.body.usageStats).toMatchObject({ dedicatedCoreTime: "PT0S" });
      const jobs = await signedRequest(service, "GET", "/lifetimejobstats", { query: at(version) });
      expect(jobs.status, version).toBe(200);
      expect(jobs.body).toMatchObject({ numSucceededTasks: "0", numFailedTasks: "0", wallClockTime: "PT0S" });
    }
    for (const version of ["2023-05-01.17.0", CURRENT]) {
      const res = await signedRequest(service, "GET", "/lifetimepoolstats", { query: at(version) });
      expect(res.status, version).toBe(404);
      expect(res.body.code).toBe("ResourceNotFound");
    }
  });

  it("404s an operation added after the requested version", async () => {
    const res = await signedRequest(service, "POST", "/pools/later-props/nodes/none/start", {
      query: at(V2022),
    });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe("ResourceNotFound");
  });
});
