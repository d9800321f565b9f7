import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { BatchSharedKeyCredentials } from "../../../src/auth/index.js";
import { BatchClient } from "../../../src/objectmodel/batch-client.js";
import { RetryPolicyProvider } from "../../../src/objectmodel/behaviors.js";
import { CloudTask } from "../../../src/objectmodel/cloud-task.js";
import { BatchException } from "../../../src/objectmodel/errors.js";
import {
  ImageReference,
  VirtualMachineConfiguration,
} from "../../../src/objectmodel/generated/values.generated.js";
import { TEST_BATCH_URL, useMswServer } from "../../support/msw.js";

const server = useMswServer();
const KEY = Buffer.from("retried-create-test-key-01234567").toString("base64");

/** A client that retries network failures quickly. */
function retryingClient(): BatchClient {
  return BatchClient.open(new BatchSharedKeyCredentials(TEST_BATCH_URL, "testaccount", KEY), {
    customBehaviors: [RetryPolicyProvider.linearRetryProvider(10, 3)],
  });
}

interface Kind {
  /** The collection path creates are posted to. */
  collection: string;
  /** The service's conflict code. */
  code: string;
  /** Creates the entity with the given command line / size marker and returns the commit. */
  create(client: BatchClient, marker: string): Promise<void>;
  /** The service's view of a stored create body: server defaults and normalisations added. */
  stored(body: Record<string, unknown>): Record<string, unknown>;
}

const KINDS: Record<string, Kind> = {
  pool: {
    collection: "/pools",
    code: "PoolExists",
    create: (client, marker) => {
      const pool = client.poolOperations.createPool({
        poolId: "p1",
        virtualMachineSize: "STANDARD_D2S_V3",
        virtualMachineConfiguration: new VirtualMachineConfiguration(
          new ImageReference({ publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" }),
          "batch.node.ubuntu 22.04",
        ),
        targetDedicatedComputeNodes: 1,
      });
      pool.startTask = { commandLine: marker };
      pool.resizeTimeout = 3_600_000;
      return pool.commit();
    },
    stored: (body) => ({
      ...body,
      vmSize: String(body.vmSize).toLowerCase(),
      resizeTimeout: "PT60M",
      state: "active",
      taskSlotsPerNode: 1,
      startTask: { ...(body.startTask as object), maxTaskRetryCount: 0, waitForSuccess: true },
    }),
  },
  job: {
    collection: "/jobs",
    code: "JobExists",
    create: (client, marker) => {
      const job = client.jobOperations.createJob("j1", { poolId: "p1" });
      job.jobManagerTask = { id: "jm", commandLine: marker };
      return job.commit();
    },
    stored: (body) => ({ ...body, state: "active", priority: 0, usesTaskDependencies: false }),
  },
  "job schedule": {
    collection: "/jobschedules",
    code: "JobScheduleExists",
    create: (client, marker) =>
      client.jobScheduleOperations
        .createJobSchedule({
          jobScheduleId: "s1",
          schedule: { recurrenceInterval: 86_400_000 },
          jobSpecification: { poolInformation: { poolId: "p1" }, displayName: marker },
        })
        .commit(),
    stored: (body) => ({
      ...body,
      state: "active",
      schedule: { recurrenceInterval: "PT24H" },
      jobSpecification: { ...(body.jobSpecification as object), priority: 0 },
    }),
  },
  task: {
    collection: "/jobs/j1/tasks",
    code: "TaskExists",
    create: (client, marker) => client.jobOperations.addTask("j1", new CloudTask("t1", marker)),
    stored: (body) => ({ ...body, state: "active", constraints: { maxTaskRetryCount: 0 } }),
  },
};

/** A fake service for one entity kind: what it stored, and how many creates and gets it saw. */
interface FakeService {
  entities: Map<string, Record<string, unknown>>;
  creates: number;
  gets: number;
  /** When set, the next create is applied (unless the id is taken) and its connection then dropped. */
  loseNextResponse: boolean;
}

/** Serves one kind: a create of a taken id answers 409 with the kind's code; a get, the stored entity. */
function fakeService(kind: Kind): FakeService {
  const fake: FakeService = { entities: new Map(), creates: 0, gets: 0, loseNextResponse: false };
  server.use(
    http.post(`${TEST_BATCH_URL}${kind.collection}`, async ({ request }) => {
      fake.creates++;
      const body = (await request.json()) as Record<string, unknown>;
      const path = `${kind.collection}/${String(body.id)}`;
      const taken = fake.entities.has(path);
      if (!taken) fake.entities.set(path, kind.stored(body));
      if (fake.loseNextResponse) {
        fake.loseNextResponse = false;
        return HttpResponse.error();
      }
      if (!taken) return new HttpResponse(null, { status: 201 });
      return HttpResponse.json(
        { code: kind.code, message: { lang: "en-US", value: "The specified entity already exists." } },
        { status: 409 },
      );
    }),
    http.get(`${TEST_BATCH_URL}${kind.collection}/:id`, ({ params }) => {
      fake.gets++;
      const entity = fake.entities.get(`${kind.collection}/${String(params.id)}`);
      return entity
        ? HttpResponse.json(entity)
        : HttpResponse.json({ code: "NotFound", message: { value: "not found" } }, { status: 404 });
    }),
  );
  return fake;
}

async function failure(promise: Promise<void>): Promise<BatchException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BatchException);
  return error as BatchException;
}

describe.each(Object.entries(KINDS))("a %s create whose response was lost", (_, kind) => {
  it("resolves when the retry meets *Exists and the entity matches what was sent", async () => {
    const fake = fakeService(kind);
    fake.loseNextResponse = true;
    await kind.create(retryingClient(), "echo same");
    expect(fake.creates).toBe(2);
    expect(fake.gets).toBe(1);
  });

  it("throws the conflict flagged mayHaveReachedService when the entity differs", async () => {
    const fake = fakeService(kind);
    await kind.create(retryingClient(), "echo theirs");
    fake.loseNextResponse = true;
    const error = await failure(kind.create(retryingClient(), "echo mine"));
    expect(error.requestInformation.batchError?.code).toBe(kind.code);
    expect(error.mayHaveReachedService).toBe(true);
    expect(fake.gets).toBe(1);
  });

  it("throws a first-attempt *Exists without the flag and reads nothing back", async () => {
    const fake = fakeService(kind);
    await kind.create(retryingClient(), "echo first");
    const error = await failure(kind.create(retryingClient(), "echo first"));
    expect(error.requestInformation.batchError?.code).toBe(kind.code);
    expect(error.mayHaveReachedService).toBe(false);
    expect(fake.gets).toBe(0);
  });
});

describe("a retried create whose read-back fails", () => {
  it("throws the conflict flagged mayHaveReachedService", async () => {
    const fake = fakeService(KINDS.task);
    server.use(
      http.get(`${TEST_BATCH_URL}/jobs/j1/tasks/:id`, () =>
        HttpResponse.json({ code: "OperationTimedOut", message: { value: "timed out" } }, { status: 500 }),
      ),
    );
    fake.loseNextResponse = true;
    const error = await failure(KINDS.task.create(retryingClient(), "echo same"));
    expect(error.requestInformation.batchError?.code).toBe("TaskExists");
    expect(error.mayHaveReachedService).toBe(true);
  });
});
