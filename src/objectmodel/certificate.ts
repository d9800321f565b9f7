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
import { applyDetailLevel, type DetailLevel } from "./detail-level.js";
import { CertificateProperties } from "./generated/entity-properties.generated.js";
import {
  bindingStateOf,
  createBody,
  loadBound,
  markCreated,
  requireState,
  type BindingState,
} from "./runtime/entity-lifecycle.js";
import { peekProperty } from "./runtime/property-container.js";

/** A certificate (Batch .NET `Certificate`). */
export class Certificate extends CertificateProperties {
  readonly #caller: Caller;

  /** @internal Created by `CertificateOperations`. */
  constructor(caller: Caller, wire?: CertificateWire) {
    super();
    this.#caller = caller;
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

  get #key(): { thumbprintAlgorithm: string; thumbprint: string } {
    return {
      thumbprintAlgorithm: peekProperty(this, "thumbprintAlgorithm") as string,
      thumbprint: peekProperty(this, "thumbprint") as string,
    };
  }

  /** Adds the certificate to the account; the object is read-only afterwards. Unbound only. */
  async commit(call?: CallOptions): Promise<void> {
    requireState(this, "unbound", "commit");
    await this.#caller.protocol.certificate.add({
      ...this.#caller.options(call),
      certificate: createBody<CertificateAddParameter>(this, "CertificateAddParameter"),
    });
    markCreated(this);
  }

  /** Replaces this object's state with the service's. */
  async refresh(detailLevel?: DetailLevel, call?: CallOptions): Promise<void> {
    const query = applyDetailLevel(detailLevel, { select: true }, "refresh");
    const { body } = await this.#caller.protocol.certificate.get({
      ...this.#caller.options(call),
      ...query,
      ...this.#key,
    });
    loadBound(this, body);
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
