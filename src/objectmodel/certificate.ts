/**
 * `Certificate`: an account certificate, unbound (about to be added) or bound (read from the service).
 * @module
 */
import type {
  Certificate as CertificateWire,
  CertificateAddParameter,
} from "../protocol/models.generated.js";
import type { BatchClientBehavior, CallOptions } from "./behaviors.js";
import type { Caller } from "./caller.js";
import type { DetailLevel } from "./detail-level.js";
import { CertificateProperties } from "./generated/entity-properties.generated.js";
import {
  bindingStateOf,
  EntityLifecycle,
  loadBound,
  type BindingState,
  type EntityRequests,
} from "./runtime/entity-lifecycle.js";
import { peekProperty } from "./runtime/property-container.js";

/** @internal The path parameters naming a certificate. */
export interface CertificateKey {
  thumbprintAlgorithm: string;
  thumbprint: string;
}

/** @internal The requests behind a Certificate's lifecycle, get and list. */
export const CERTIFICATE_REQUESTS: EntityRequests<Certificate, CertificateKey, CertificateWire> = {
  key: (certificate) => ({
    thumbprintAlgorithm: peekProperty(certificate, "thumbprintAlgorithm") as string,
    thumbprint: peekProperty(certificate, "thumbprint") as string,
  }),
  wrap: (caller, wire) => new Certificate(caller, wire),
  create: {
    definition: "CertificateAddParameter",
    send: (protocol, request, certificate: CertificateAddParameter) =>
      protocol.certificate.add({ ...request, certificate }),
  },
  get: { clauses: { select: true }, send: (protocol, request) => protocol.certificate.get(request) },
  list: {
    clauses: { filter: true, select: true },
    send: (protocol, request) => protocol.certificate.list(request),
  },
};

/** A certificate (Batch .NET `Certificate`). */
export class Certificate extends CertificateProperties {
  readonly #caller: Caller;
  readonly #lifecycle: EntityLifecycle<Certificate, CertificateKey, CertificateWire>;

  /** @internal Created by `CertificateOperations`. */
  constructor(caller: Caller, wire?: CertificateWire) {
    super();
    this.#caller = caller;
    this.#lifecycle = new EntityLifecycle(this, caller, CERTIFICATE_REQUESTS);
    if (wire !== undefined) loadBound(this, wire);
  }

  /** `"unbound"` until the certificate is read from the service. */
  get bindingState(): BindingState {
    return bindingStateOf(this);
  }

  /** The behaviors applied to this certificate's requests. */
  get customBehaviors(): BatchClientBehavior[] {
    return this.#caller.behaviors;
  }

  get #key(): CertificateKey {
    return CERTIFICATE_REQUESTS.key(this);
  }

  /** Adds the certificate to the account; the object is read-only afterwards. Unbound only. */
  commit(call?: CallOptions): Promise<void> {
    return this.#lifecycle.commit(call);
  }

  /** Replaces this object's state with the service's. */
  refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    return this.#lifecycle.refresh(detailLevel, call);
  }

  /** Deletes the certificate. */
  async delete(call?: CallOptions): Promise<void> {
    await this.#caller.protocol.certificate.delete({ ...this.#caller.options(call), ...this.#key });
  }

  /** Cancels a failed deletion. */
  async cancelDeleteCertificate(call?: CallOptions): Promise<void> {
    await this.#caller.protocol.certificate.cancelDeletion({ ...this.#caller.options(call), ...this.#key });
  }
}
