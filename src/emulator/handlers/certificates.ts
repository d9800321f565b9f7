/**
 * HTTP handlers of the certificate operations.
 * @module
 */
import { bodyOf, pathParam, type HandlerTable, type RequestContext } from "../http/context.js";
import { listables, listPage } from "../http/views.js";
import * as certificates from "../resources/certificates.js";
import type { CertificateEntity, WireObject } from "../store/entities.js";
import { created, element, serviceId } from "./answers.js";

function certificateUrl(ctx: RequestContext, cert: CertificateEntity): string {
  const algorithm = encodeURIComponent(String(cert.data.thumbprintAlgorithm));
  const thumbprint = encodeURIComponent(String(cert.data.thumbprint));
  return `${ctx.baseUrl}/certificates(thumbprintAlgorithm=${algorithm},thumbprint=${thumbprint})`;
}

function renderCertificate(ctx: RequestContext, cert: CertificateEntity): WireObject {
  const { thumbprint, thumbprintAlgorithm, ...rest } = cert.data;
  return { thumbprint, thumbprintAlgorithm, url: certificateUrl(ctx, cert), ...rest };
}

function lookup(ctx: RequestContext): CertificateEntity {
  return certificates.getCertificate(
    ctx.store,
    pathParam(ctx, "thumbprintAlgorithm"),
    pathParam(ctx, "thumbprint"),
  );
}

/** Handlers keyed by operation id. */
export const certificateHandlers: HandlerTable = {
  Certificate_Add: (ctx) => {
    const cert = certificates.addCertificate(ctx.store, bodyOf(ctx, "CertificateAddParameter"));
    return created(certificateUrl(ctx, cert));
  },
  Certificate_List: (ctx) =>
    listPage(
      ctx,
      listables(ctx.store.certificates.list(), (cert) => renderCertificate(ctx, cert)),
      "certificates",
    ),
  Certificate_Get: (ctx) => element(ctx, "certificates", renderCertificate(ctx, lookup(ctx))),
  Certificate_Delete: (ctx) => {
    certificates.deleteCertificate(ctx.store, lookup(ctx));
    return {};
  },
  Certificate_CancelDeletion: (ctx) => {
    const cert = lookup(ctx);
    certificates.cancelCertificateDeletion(ctx.store, cert);
    return { dataServiceId: serviceId(ctx, certificateUrl(ctx, cert)) };
  },
};
