import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applicationEvents,
  applicationMaterials,
  applications,
  appointments,
  issuedDocuments,
  orgUnits,
} from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { maskPhone } from "@/server/crypto/mask";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { assertActsFor } from "@/server/organisations/assert-acts-for";
import { availableActions } from "./application-transitions";
import { schemaFields } from "./form-schema";
import { approvalKind } from "./approval-template";
import { internalEventActions } from "./internal-event-actions";
import { loadService } from "./load-application";
import { postageFor } from "./set-application-delivery";

/**
 * Everything the citizen's application page shows: answers, uploads, where it stands, the timeline with
 * the reasons officers gave, and what the citizen may do now. The applicant reads it; a company's
 * submitted application is also read, never acted on, by the people who act for the company now.
 */
export async function getMyApplication(db: Db, p: { userId: string; applicationId: string }) {
  const [app] = await db.select().from(applications).where(eq(applications.id, p.applicationId));
  if (!app) throw new DomainError("NOT_FOUND");
  const own = app.applicantId === p.userId;
  if (!own) {
    if (!app.organisationId || app.state === "draft") throw new DomainError("NOT_FOUND");
    await assertActsFor(db, { userId: p.userId, organisationId: app.organisationId });
    // A colleague reads what the applicant gave (masked where it names people): recorded under the applicant.
    await recordAudit(db, {
      actor: { id: p.userId, role: "citizen" },
      action: "organisation.application_viewed",
      targetType: "application",
      targetId: app.id,
      subjectIdHash: app.applicantIdHash,
    });
  }
  const service = await loadService(db, app.serviceId);

  const [materials, events, station, document] = await Promise.all([
    db
      .select({
        id: applicationMaterials.id,
        materialKey: applicationMaterials.materialKey,
        blobId: applicationMaterials.blobId,
        fileName: applicationMaterials.fileName,
        contentType: applicationMaterials.contentType,
        size: applicationMaterials.size,
        createdAt: applicationMaterials.createdAt,
      })
      .from(applicationMaterials)
      .where(eq(applicationMaterials.applicationId, app.id))
      .orderBy(asc(applicationMaterials.createdAt)),
    db
      .select({
        id: applicationEvents.id,
        action: applicationEvents.action,
        fromState: applicationEvents.fromState,
        toState: applicationEvents.toState,
        actorRole: applicationEvents.actorRole,
        unitName: orgUnits.name,
        comment: applicationEvents.comment,
        at: applicationEvents.at,
      })
      .from(applicationEvents)
      .leftJoin(orgUnits, eq(orgUnits.id, applicationEvents.actorOrgUnitId))
      .where(eq(applicationEvents.applicationId, app.id))
      .orderBy(asc(applicationEvents.at), asc(applicationEvents.id)),
    app.stationId
      ? db
          .select({
            name: orgUnits.name,
            nameEn: orgUnits.nameEn,
            address: orgUnits.address,
            phone: orgUnits.phone,
            unitType: orgUnits.unitType,
          })
          .from(orgUnits)
          .where(eq(orgUnits.id, app.stationId))
          .then((r) => r[0] ?? null)
      : null,
    app.documentId
      ? db
          .select({
            code: issuedDocuments.code,
            pdfBlobId: issuedDocuments.pdfBlobId,
            status: issuedDocuments.status,
            title: issuedDocuments.title,
          })
          .from(issuedDocuments)
          .where(eq(issuedDocuments.id, app.documentId))
          .then((r) => r[0] ?? null)
      : null,
  ]);

  const delivery =
    app.delivery.method === "post"
      ? {
          method: "post" as const,
          recipient: app.delivery.recipient,
          phoneMasked: maskPhone(decryptPii(app.delivery.phoneEnc)),
          address: app.delivery.address,
          feeFen: app.delivery.feeFen,
          carrier: app.delivery.carrier ?? null,
          trackingNumber: app.delivery.trackingNumber ?? null,
          postedAt: app.delivery.postedAt ?? null,
        }
      : { method: "window" as const };

  // Station answers are stored as unit ids; the check-your-answers and status pages show their names.
  const stationIds = schemaFields(service.formSchema)
    .filter((f) => f.type === "station")
    .map((f) => app.formData[f.key])
    .filter((v): v is number => Number.isSafeInteger(v));
  const answerStations = stationIds.length
    ? await db
        .select({ id: orgUnits.id, name: orgUnits.name, nameEn: orgUnits.nameEn })
        .from(orgUnits)
        .where(inArray(orgUnits.id, stationIds))
    : [];

  const decision = service.engine.decision;
  const [visit] =
    decision.kind === "prereview_window" && app.state === "approved"
      ? await db
          .select({ id: appointments.id, startsAt: appointments.startsAt })
          .from(appointments)
          .where(and(eq(appointments.applicationId, app.id), eq(appointments.status, "booked")))
      : [];
  const uploadedKeys = new Set(materials.map((m) => m.materialKey));
  return {
    id: app.id,
    number: app.number,
    state: app.state,
    version: app.version,
    createdAt: app.createdAt,
    submittedAt: app.submittedAt,
    stateSince: app.stateSince,
    service: {
      code: service.code,
      name: service.name,
      nameEn: service.nameEn,
      mode: service.mode,
      materials: service.guide.materials,
      formSchema: service.formSchema,
      postalDelivery: postageFor(service.engine) !== null,
      postageFeeFen: postageFor(service.engine) ?? 0,
    },
    formData: app.formData,
    answerStations,
    materials,
    supplementRequest: app.supplementRequest,
    delivery,
    paidAt: app.paidAt,
    paymentOrderNo: app.paymentOrderNo,
    windowDeadline: app.windowDeadline,
    approvalKind: approvalKind(app, service),
    /** Window-only services: the slot to book (or booked) for completing at the window after pre-review. */
    windowVisit:
      decision.kind === "prereview_window"
        ? { appointmentService: decision.appointmentService, booked: visit ?? null }
        : null,
    station,
    outcomeReason: app.outcomeReason,
    document,
    /** The originals to bring to the window: every uploaded material the guide marks, plus the ID card itself. */
    originalsToBring: service.guide.materials.filter((m) => m.originalAtWindow && uploadedKeys.has(m.key)),
    timeline: events.map((e) => ({ ...e, comment: internalEventActions.has(e.action) ? null : e.comment })),
    /** Whether the reader is the applicant; a colleague of the company only reads. */
    own,
    actions: own ? availableActions(app.state, service.mode, ["applicant"]) : [],
  };
}

export type MyApplication = Awaited<ReturnType<typeof getMyApplication>>;
