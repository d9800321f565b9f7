/**
 * Certificates: add, delete (refused while a pool references the certificate: `deletefailed`),
 * and cancel-delete.
 * @module
 */
import { createHash } from "node:crypto";
import { conflict, invalidProperty, notFound } from "../errors.js";
import type { CertificateAddParameter } from "../../protocol/models.generated.js";
import { certificateKey, type CertificateEntity, type WireObject } from "../store/entities.js";
import type { Store } from "../store/store.js";
import { transition } from "./common.js";

/** The certificate with this algorithm and thumbprint. */
export function getCertificate(
  store: Store,
  thumbprintAlgorithm: string,
  thumbprint: string,
): CertificateEntity {
  const cert = store.certificates.find(`${thumbprintAlgorithm}-${thumbprint}`);
  if (!cert) throw notFound("Certificate");
  return cert;
}

/** Adds a certificate; the private data and password are never stored. */
export function addCertificate(store: Store, body: CertificateAddParameter): CertificateEntity {
  const { thumbprint, thumbprintAlgorithm, data, certificateFormat } = body;
  if (typeof thumbprint !== "string" || !/^[0-9a-fA-F]+$/.test(thumbprint)) {
    throw invalidProperty("thumbprint", "The thumbprint must be a hexadecimal string");
  }
  if (typeof thumbprintAlgorithm !== "string" || thumbprintAlgorithm.toLowerCase() !== "sha1") {
    throw invalidProperty("thumbprintAlgorithm", "The only supported algorithm is sha1");
  }
  if (typeof data !== "string" || data === "")
    throw invalidProperty("data", "The certificate data must be base64 text");
  if (certificateFormat === "pfx" && body.password === undefined)
    throw invalidProperty("password", "A pfx certificate needs its password");
  const now = store.now().toISOString();
  const record: WireObject = {
    thumbprint,
    thumbprintAlgorithm,
    state: "active",
    stateTransitionTime: now,
    // A stand-in for the public part: the service extracts it from the certificate, the emulator does not parse certificates.
    publicData: createHash("sha256").update(data).digest("base64"),
  };
  const cert = store.certificates.insert(certificateKey(record), { seq: store.nextSeq(), data: record });
  store.markDirty();
  return cert;
}

function referencedByPool(store: Store, cert: CertificateEntity): boolean {
  const thumbprint = String(cert.data.thumbprint).toLowerCase();
  return store.pools
    .list()
    .some((pool) =>
      (pool.data.certificateReferences ?? []).some(
        (ref) => String(ref.thumbprint).toLowerCase() === thumbprint,
      ),
    );
}

/** Starts deleting a certificate; it fails (`deletefailed`) when a pool still references it. */
export function deleteCertificate(store: Store, cert: CertificateEntity): void {
  if (cert.data.state === "deleting")
    throw conflict("CertificateBeingDeleted", "The certificate is being deleted.");
  transition(store, cert.data, "deleting");
  delete cert.data.eTag;
  delete cert.data.lastModified;
  finishCertificateDeletion(store, cert);
}

function finishCertificateDeletion(store: Store, cert: CertificateEntity): void {
  store.afterTransition("delete", () => {
    if (cert.data.state !== "deleting") return;
    if (referencedByPool(store, cert)) {
      transition(store, cert.data, "deletefailed");
      delete cert.data.eTag;
      delete cert.data.lastModified;
      cert.data.deleteCertificateError = {
        code: "CertificateInUse",
        message: "A pool still references the certificate.",
      };
      return;
    }
    store.certificates.remove(certificateKey(cert.data));
    store.markDirty();
  });
}

/** Cancels a failed deletion: the certificate becomes active again. */
export function cancelCertificateDeletion(store: Store, cert: CertificateEntity): void {
  if (cert.data.state !== "deletefailed") {
    throw conflict(
      "CertificateStateActive",
      "Only a certificate whose deletion failed can have its deletion cancelled.",
    );
  }
  transition(store, cert.data, "active");
  delete cert.data.eTag;
  delete cert.data.lastModified;
  delete cert.data.deleteCertificateError;
}

/** After a restart: finish deletions that were in flight. */
export function resumeCertificates(store: Store): void {
  for (const cert of store.certificates.list())
    if (cert.data.state === "deleting") finishCertificateDeletion(store, cert);
}
