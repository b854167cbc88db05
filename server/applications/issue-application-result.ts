import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, orgUnits, users } from "@/db/schema";
import type { EffectDocument } from "@/server/applications/register-effects/register-effect";
import { registerEffects } from "@/server/applications/register-effects/register-effects";
import { templateDocument } from "@/server/applications/template-document";
import { decryptPii } from "@/server/crypto/pii";
import { maskName } from "@/server/crypto/mask";
import { type IssuedPdf, issueDocument, type PdfTiming } from "@/server/documents/issue-document";
import { checkRegisterReferences } from "@/server/household/check-register-references";
import { schemaFields } from "./form-schema";
import type { ApplicationService } from "./load-application";

/**
 * What completing an application does, whoever completes it (the window officer, the automatic review, or
 * the officer who posts the document): the outcome its configuration names — a register change by key, or a
 * document from the template — then the printed page with its verification QR code. Runs in the completing
 * transaction, so a failure in the PDF leaves the register untouched; with `pdf: "after_commit"` the page is
 * drawn after the commit instead (server/documents/issue-document.ts).
 */
export async function issueApplicationResult<T extends PdfTiming = "now">(
  tx: Tx,
  p: {
    application: Application;
    service: ApplicationService;
    /** The register ids the submission resolved; looked up again when the caller has none at hand. */
    residents?: Record<string, string>;
    issuedBy: string | null;
    now?: Date;
    pdf?: T;
  },
): Promise<{ documentId: string; code: string; pdfBlobId: IssuedPdf<T> }> {
  const { application, service } = p;
  if (!application.stationId || !application.number)
    throw new Error("completing an application that was never submitted");
  const [applicant] = await tx
    .select({ residentId: users.residentId, name: users.name, idNumberEnc: users.idNumberEnc })
    .from(users)
    .where(eq(users.id, application.applicantId));
  if (!applicant) throw new Error(`applicant of ${application.id} vanished`);

  const outcome = service.engine.outcome;
  let document: EffectDocument;
  if (outcome.kind === "register_change") {
    const effect = registerEffects[outcome.effect];
    if (!effect) throw new Error(`no register effect ${outcome.effect} (service ${service.code})`);
    const residents =
      p.residents ?? (await checkRegisterReferences(tx, service.formSchema, application.formData)).residents;
    document = await effect.apply(tx, {
      serviceCode: service.code,
      values: application.formData,
      applicant: { userId: application.applicantId, residentId: applicant.residentId },
      residents,
      handlingUnitId: application.stationId,
      applicationNumber: application.number,
      now: p.now ?? new Date(),
    });
  } else if (outcome.kind === "document" || outcome.kind === "window_visit") {
    // Station answers print as the station's name; one query for the handling unit and every chosen station.
    const stationIds = schemaFields(service.formSchema)
      .filter((f) => f.type === "station" && typeof application.formData[f.key] === "number")
      .map((f) => application.formData[f.key] as number);
    const units = await tx
      .select({ id: orgUnits.id, name: orgUnits.name })
      .from(orgUnits)
      .where(inArray(orgUnits.id, [application.stationId, ...stationIds]));
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    document = templateDocument(outcome.template, service.formSchema, application.formData, {
      serviceName: service.name,
      applicationNumber: application.number,
      applicantName: applicant.name,
      applicantIdNumber: applicant.idNumberEnc ? decryptPii(applicant.idNumberEnc) : null,
      handlingUnitName: unitNames.get(application.stationId) ?? "",
      unitNames,
    });
  } else {
    throw new Error(`service ${service.code} records reports; it issues no document`);
  }

  const issued = await issueDocument<T>(tx, {
    kind: document.documentKind,
    subjectType: "application",
    subjectId: application.id,
    title: document.title,
    holderName: document.holderName,
    holderNameMasked: maskName(document.holderName),
    facts: document.facts,
    issuingUnitId: application.stationId,
    issuedBy: p.issuedBy,
    ownerId: application.applicantId,
    pdf: p.pdf,
  });
  return { documentId: issued.id, code: issued.code, pdfBlobId: issued.pdfBlobId };
}
