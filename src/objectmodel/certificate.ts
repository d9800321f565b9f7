/**
 * `Certificate`: an account certificate, unbound (about to be added) or bound (read from the service).
 * @module
 */
import type {
  Certificate as CertificateWire,
  CertificateAddParameter,
} from "../protocol/models.generated.js";
import type { CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import { CertificateProperties } from "./generated/entity-properties.generated.js";
import { type ListedEntityRequests } from "./runtime/entity-lifecycle.js";
import { peekProperty } from "./runtime/property-container.js";

/** @internal The path parameters naming a certificate. */
export interface CertificateKey {
  thumbprintAlgorithm: string;
  thumbprint: string;
}

/** @internal The requests behind a Certificate's lifecycle, get and list. */
export const CERTIFICATE_REQUESTS: ListedEntityRequests<Certificate, CertificateKey, CertificateWire> = {
  key: (certificate) => ({
    thumbprintAlgorithm: peekProperty(certificate, "thumbprintAlgorithm") as string,
    thumbprint: peekProperty(certificate, "thumbprint") as string,
  }),
  wrap: (caller, wire) => new Certificate(caller, wire),
  create: {
    send: (protocol, request, certificate: CertificateAddParameter) =>
      protocol.certificate.add({ ...request, certificate }),
  },
  get: "certificate.get",
  list: "certificate.list",
};

/** A certificate (Batch .NET `Certificate`). */
export class Certificate extends CertificateProperties {
  /** @internal Created by `CertificateOperations`. */
  constructor(caller: Caller, wire?: CertificateWire) {
    super(caller, CERTIFICATE_REQUESTS, wire);
  }

  get #key(): CertificateKey {
    return CERTIFICATE_REQUESTS.key(this);
  }

  /** Deletes the certificate. */
  async delete(call?: CallOptions): Promise<void> {
    await this.caller.send("certificate.delete", this.#key, call);
  }

  /** Cancels a failed deletion. */
  async cancelDelete(call?: CallOptions): Promise<void> {
    await this.caller.send("certificate.cancelDeletion", this.#key, call);
  }
}
