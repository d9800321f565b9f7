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

  it("selects and filters by the older version's property names", async () => {
    const selected = await signedRequest(service, "GET", "/pools/old-slots", {
      query: { ...at(V2020), $select: "id,maxTasksPerNode" },
    });
    expect(selected.body).toEqual(expect.objectContaining({ id: "old-slots", maxTasksPerNode: 3 }));
    const filtered = await signedRequest(service, "GET", "/pools", {
      query: { ...at(V2020), $filter: "maxTasksPerNode eq 3 and id ne 'maxTasksPerNode'" },
    });
    expect(filtered.status).toBe(200);
    expect(filtered.body.value.map((p: { id: string }) => p.id)).toEqual(["old-slots"]);
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

describe("the versions no installed client carries, each in its own shape", () => {
  /** Status of adding a pool at `version` with `extra` merged into the body. */
  async function addPool(version: string, id: string, extra: Record<string, unknown>): Promise<number> {
    const res = await signedRequest(service, "POST", "/pools", {
      query: at(version),
      body: { ...POOL, id, ...extra },
    });
    return res.status;
  }

  /** Status of adding a job on pool `later-props` at `version` with `extra` merged into the body. */
  async function addJob(version: string, id: string, extra: Record<string, unknown>): Promise<number> {
    const res = await signedRequest(service, "POST", "/jobs", {
      query: at(version),
      body: { id, poolInfo: { poolId: "later-props" }, ...extra },
    });
    return res.status;
  }

  it("2019-08-01.10.0 takes networkConfiguration.publicIPs and not the publicIPAddressConfiguration that replaced it", async () => {
    const publicIPs = { networkConfiguration: { publicIPs: ["/subscriptions/s/ip1"] } };
    const publicIPConfig = {
      networkConfiguration: { publicIPAddressConfiguration: { provision: "batchmanaged" } },
    };
    expect(await addPool("2019-08-01.10.0", "ips-2019", publicIPs)).toBe(201);
    expect(await addPool("2019-08-01.10.0", "ipconf-2019", publicIPConfig)).toBe(400);
    expect(await addPool(V2020, "ips-2020", publicIPs)).toBe(400);
    expect(await addPool(V2020, "ipconf-2020", publicIPConfig)).toBe(201);
    const disk = {
      virtualMachineConfiguration: { ...POOL.virtualMachineConfiguration, diskEncryptionConfiguration: {} },
    };
    expect(await addPool("2019-08-01.10.0", "disk-2019", disk)).toBe(400);
    expect(await addPool(V2020, "disk-2020", disk)).toBe(201);
  });

  it("2021-06-01.14.0 has pool identities and job parallelism but not task preemption or communication modes", async () => {
    const identity = { identity: { type: "None" } };
    expect(await addPool("2020-09-01.12.0", "identity-2020", identity)).toBe(400);
    expect(await addPool("2021-06-01.14.0", "identity-2021", identity)).toBe(201);
    const mode = { targetNodeCommunicationMode: "simplified" };
    expect(await addPool("2021-06-01.14.0", "mode-2021", mode)).toBe(400);
    expect(await addPool("2022-01-01.15.0", "mode-2022-01", mode)).toBe(400);
    expect(await addPool(V2022, "mode-2022-10", mode)).toBe(201);
    expect(await addJob("2020-09-01.12.0", "parallel-2020", { maxParallelTasks: 2 })).toBe(400);
    expect(await addJob("2021-06-01.14.0", "parallel-2021", { maxParallelTasks: 2 })).toBe(201);
    expect(await addJob("2021-06-01.14.0", "preempt-2021", { allowTaskPreemption: true })).toBe(400);
    expect(await addJob("2022-01-01.15.0", "preempt-2022", { allowTaskPreemption: true })).toBe(201);

    const v2021 = await signedRequest(service, "GET", "/pools/mode-2022-10", {
      query: at("2021-06-01.14.0"),
    });
    const withIdentity = await signedRequest(service, "GET", "/pools/identity-2021", {
      query: at("2021-06-01.14.0"),
    });
    expect(withIdentity.body.identity).toMatchObject({ type: "None" });
    expect(v2021.body).not.toHaveProperty("targetNodeCommunicationMode");
    expect(v2021.body).not.toHaveProperty("currentNodeCommunicationMode");
    const job = await signedRequest(service, "GET", "/jobs/preempt-2022", { query: at("2021-06-01.14.0") });
    expect(job.body).not.toHaveProperty("allowTaskPreemption");
    expect(job.body).toHaveProperty("maxParallelTasks");
  });

  it("2023-05-01.17.0 through 2024-02-01.19.0 each add their own pool properties", async () => {
    const accelerated = { networkConfiguration: { enableAcceleratedNetworking: false } };
    expect(await addPool(V2022, "accel-2022", accelerated)).toBe(400);
    expect(await addPool("2023-05-01.17.0", "accel-2023", accelerated)).toBe(201);
    const tags = { resourceTags: { team: "batch" } };
    expect(await addPool("2023-05-01.17.0", "tags-2023-05", tags)).toBe(400);
    expect(await addPool("2023-11-01.18.0", "tags-2023-11", tags)).toBe(201);
    const upgrade = { upgradePolicy: { mode: "manual" } };
    expect(await addPool("2023-11-01.18.0", "upgrade-2023", upgrade)).toBe(400);
    expect(await addPool("2024-02-01.19.0", "upgrade-2024-02", upgrade)).toBe(201);

    const v2023 = await signedRequest(service, "GET", "/pools/upgrade-2024-02", {
      query: at("2023-11-01.18.0"),
    });
    expect(v2023.body).toHaveProperty("currentNodeCommunicationMode");
    expect(v2023.body).not.toHaveProperty("upgradePolicy");
    const v2024 = await signedRequest(service, "GET", "/pools/upgrade-2024-02", {
      query: at("2024-02-01.19.0"),
    });
    expect(v2024.body.upgradePolicy).toMatchObject({ mode: "manual" });
  });

  it("takes the older-only properties of their own types: cloud service pools and application licenses until 2024-02-01.19.0", async () => {
    const licenses = { applicationLicenses: ["maya"] };
    expect(await addPool(V2022, "licenses-2022", licenses)).toBe(201);
    expect(await addPool("2024-02-01.19.0", "licenses-2024-02", licenses)).toBe(201);
    expect(await addPool(CURRENT, "licenses-current", licenses)).toBe(400);
    expect(await addPool("2024-02-01.19.0", "licenses-bad", { applicationLicenses: "maya" })).toBe(400);
  });

  it("serves the operations of each version: node start from 2024-07-01.20.0, lifetime statistics until 2022-10-01.16.0", async () => {
    const start = await signedRequest(service, "POST", "/pools/later-props/nodes/none/start", {
      query: at("2024-02-01.19.0"),
    });
    expect(start.status).toBe(404);
    expect(start.body.code).toBe("ResourceNotFound");
    for (const [version, status] of [
      ["2019-08-01.10.0", 200],
      ["2022-01-01.15.0", 200],
      ["2023-05-01.17.0", 404],
    ] as const) {
      const res = await signedRequest(service, "GET", "/lifetimejobstats", { query: at(version) });
      expect(res.status, version).toBe(status);
    }
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
