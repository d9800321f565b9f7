/**
 * `CertificateOperations`: account certificates. The service deprecates certificates in favour of
 * Key Vault; the operations stay complete for existing accounts.
 * @module
 */
import { X509Certificate } from "node:crypto";
import type { CallOptions } from "./behaviors.js";
import { InheritedBehaviors } from "./inherited-behaviors.js";
import { Certificate, CERTIFICATE_REQUESTS } from "./certificate.js";
import type { DetailLevel } from "./detail-level.js";
import { getEntity, listEntities } from "./runtime/entity-lifecycle.js";
import { CertificateFormat } from "./generated/enums.generated.js";
import { PagedEnumerable } from "./paged-enumerable.js";

/** Certificate operations (Batch .NET `CertificateOperations`), reached as `batchClient.certificateOperations`. */
export class CertificateOperations extends InheritedBehaviors {
  /**
   * A new unbound certificate from DER or PEM `.cer` content; the SHA-1 thumbprint is computed
   * locally. Call `commit()` to add it. No request is made.
   */
  createCertificateFromCer(rawData: Uint8Array | string): Certificate {
    const der = new X509Certificate(typeof rawData === "string" ? rawData : Buffer.from(rawData)).raw;
    const thumbprint = new X509Certificate(der).fingerprint.replace(/:/g, "").toLowerCase();
    return this.#unbound({
      thumbprint,
      data: der.toString("base64"),
      certificateFormat: CertificateFormat.Cer,
    });
  }

  /**
   * A new unbound certificate from `.pfx` content. Node cannot open PKCS #12 files, so the SHA-1
   * thumbprint of the certificate inside must be given. Call `commit()` to add it. No request is made.
   */
  createCertificateFromPfx(rawData: Uint8Array, password: string, thumbprint: string): Certificate {
    if (!/^[0-9a-fA-F]{40}$/.test(thumbprint))
      throw new TypeError("thumbprint must be 40 hexadecimal digits (SHA-1)");
    return this.#unbound({
      thumbprint: thumbprint.toLowerCase(),
      data: Buffer.from(rawData).toString("base64"),
      certificateFormat: CertificateFormat.Pfx,
      password,
    });
  }

  #unbound(init: {
    thumbprint: string;
    data: string;
    certificateFormat: CertificateFormat;
    password?: string;
  }): Certificate {
    const certificate = new Certificate(this.caller.child());
    certificate.thumbprint = init.thumbprint;
    certificate.thumbprintAlgorithm = "sha1";
    certificate.data = init.data;
    certificate.certificateFormat = init.certificateFormat;
    if (init.password !== undefined) certificate.password = init.password;
    return certificate;
  }

  /** Gets a certificate. */
  getCertificate(
    thumbprintAlgorithm: string,
    thumbprint: string,
    detailLevel?: DetailLevel,
    call?: CallOptions,
  ): Promise<Certificate> {
    return getEntity(
      this.caller,
      CERTIFICATE_REQUESTS,
      { thumbprintAlgorithm, thumbprint },
      { operation: "getCertificate", detailLevel, call },
    );
  }

  /** Lists the account's certificates (lazily). */
  listCertificates(detailLevel?: DetailLevel, call?: CallOptions): PagedEnumerable<Certificate> {
    return listEntities(
      this.caller,
      CERTIFICATE_REQUESTS,
      {},
      {
        operation: "listCertificates",
        detailLevel,
        call,
      },
    );
  }

  /** Deletes a certificate. */
  async deleteCertificate(
    thumbprintAlgorithm: string,
    thumbprint: string,
    call?: CallOptions,
  ): Promise<void> {
    await this.caller.send("certificate.delete", { thumbprintAlgorithm, thumbprint }, call);
  }

  /** Cancels a failed deletion, returning the certificate to the active state. */
  async cancelDeleteCertificate(
    thumbprintAlgorithm: string,
    thumbprint: string,
    call?: CallOptions,
  ): Promise<void> {
    await this.caller.send("certificate.cancelDeletion", { thumbprintAlgorithm, thumbprint }, call);
  }
}
