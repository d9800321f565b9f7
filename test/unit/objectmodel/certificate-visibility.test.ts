/**
 * `CertificateVisibility.None` (Batch .NET's "no account"): kept in the object model, sent as an
 * empty `visibility` list, never as a value the service does not know.
 */
import { describe, expect, it } from "vitest";
import {
  CertificateReference,
  CertificateVisibility,
  ImageReference,
  VirtualMachineConfiguration,
} from "../../../src/index.js";
import { useMswServer } from "../../support/msw.js";
import { openClient, poolWire, serve } from "./om-support.js";

const server = useMswServer();
const THUMBPRINT = "0123456789abcdef0123456789abcdef01234567";

function reference(visibility: CertificateVisibility[]): CertificateReference {
  return new CertificateReference({ thumbprint: THUMBPRINT, thumbprintAlgorithm: "sha1", visibility });
}

describe("CertificateVisibility.None", () => {
  it("is the .NET member name with a value of its own", () => {
    expect(CertificateVisibility.None).toBe("none");
    expect(Object.values(CertificateVisibility)).toHaveLength(4);
  });

  it("goes on the wire as an empty visibility list when a pool is added", async () => {
    const log = serve(server, [["POST", /^\/pools$/, { status: 201 }]]);
    const pool = openClient().poolOperations.createPool({
      poolId: "pool1",
      virtualMachineSize: "standard_d2s_v3",
      virtualMachineConfiguration: new VirtualMachineConfiguration(
        new ImageReference({ publisher: "canonical", offer: "ubuntu", sku: "22_04-lts" }),
        "batch.node.ubuntu 22.04",
      ),
    });
    pool.certificateReferences = [
      reference([CertificateVisibility.None]),
      reference([CertificateVisibility.None, CertificateVisibility.Task]),
    ];
    await pool.commit();
    const sent = (log[0].body as { certificateReferences: { visibility: string[] }[] }).certificateReferences;
    expect(sent.map((r) => r.visibility)).toEqual([[], ["task"]]);
    expect(JSON.stringify(log[0].body)).not.toContain('"none"');
    expect(pool.certificateReferences[0].visibility).toEqual([CertificateVisibility.None]);
  });

  it("goes on the wire as an empty list in a bound pool's update and PATCH", async () => {
    const log = serve(server, [
      ["GET", /^\/pools\/pool1$/, { body: poolWire }],
      ["POST", /^\/pools\/pool1\/updateproperties$/, { status: 204 }],
      ["PATCH", /^\/pools\/pool1$/, { status: 200 }],
    ]);
    const client = openClient();
    const pool = await client.poolOperations.getPool("pool1");
    pool.certificateReferences = [reference([CertificateVisibility.None])];
    await pool.commit();
    const again = await client.poolOperations.getPool("pool1");
    again.certificateReferences = [reference([CertificateVisibility.None])];
    await again.commitChanges();
    const bodies = log.filter((r) => r.method !== "GET").map((r) => r.body);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      expect(body).toMatchObject({ certificateReferences: [{ thumbprint: THUMBPRINT, visibility: [] }] });
    }
  });
});
