import "server-only";
import { and, eq, notInArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { type Application, applicationMaterials, applications, users } from "@/db/schema";
import { resolveHandlingUnit } from "@/server/applications/resolve-handling-unit";
import { recordServiceUsage } from "@/server/catalog/record-service-usage";
import { drawDocumentsOf } from "@/server/documents/render-pending-documents";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { createPayment } from "@/server/payments/create-payment";
import { terminalStates } from "./application-transitions";
import { applyTransition } from "./apply-transition";
import { checkRegisterReferences } from "@/server/household/check-register-references";
import { type ApplicationService, lockOwnApplication } from "./load-application";
import { loadApplicantRecipient, notifyApplicant } from "./notify-applicant";
import { numberApplication } from "./number-application";
import { resolveStation } from "./resolve-station";
import { runAutoReview } from "./run-auto-review";
import { validateFormData } from "./validate-form-data";

export type SubmitResult =
  | { outcome: "submitted"; number: string; state: Application["state"] }
  | { outcome: "payment_required"; checkoutUrl: string };

/**
 * Everything a submission needs, checked on the locked row: the answers in full, the people named in them
 * against the register, every required material, and no other open application of the same service.
 * Returns the cleaned answers and what the register checks resolved. Throws APPLICATION_INCOMPLETE with
 * the problems per field (materials as `material:<key>`), so the form can point at each one.
 */
export async function checkSubmission(tx: Tx, application: Application, service: ApplicationService) {
  const { values, fieldErrors } = validateFormData(service.formSchema, application.formData, "submit");
  const [applicant] = await tx
    .select({ residentId: users.residentId })
    .from(users)
    .where(eq(users.id, application.applicantId));
  const applicantResidentId = applicant?.residentId ?? null;
  const register = Object.keys(fieldErrors).length
    ? { fieldErrors: {}, residents: {} }
    : await checkRegisterReferences(tx, service.formSchema, values, { applicantResidentId });
  const problems: Record<string, string> = { ...fieldErrors, ...register.fieldErrors };

  const uploaded = await tx
    .selectDistinct({ key: applicationMaterials.materialKey })
    .from(applicationMaterials)
    .where(eq(applicationMaterials.applicationId, application.id));
  const have = new Set(uploaded.map((m) => m.key));
  for (const m of service.guide.materials) {
    if (m.required && !have.has(m.key)) problems[`material:${m.key}`] = "application.materialMissing";
  }
  if (Object.keys(problems).length) throw new DomainError("APPLICATION_INCOMPLETE", {}, problems);

  const [duplicate] = await tx
    .select({ number: applications.number })
    .from(applications)
    .where(
      and(
        eq(applications.applicantIdHash, application.applicantIdHash),
        eq(applications.serviceId, application.serviceId),
        notInArray(applications.state, ["draft", ...terminalStates]),
      ),
    )
    .limit(1);
  if (duplicate) throw new DomainError("DUPLICATE_APPLICATION", { number: duplicate.number ?? "" });
  return { values, residents: register.residents, applicantResidentId };
}

/**
 * Submits inside the caller's transaction on an already locked draft: number, routing to the station,
 * and for automatically decided services the decision itself, each step a timeline event. Shared by the
 * citizen's submit and by the postage payment callback, which submits on the citizen's behalf.
 */
export async function submitLockedApplication(
  tx: Tx,
  p: { application: Application; service: ApplicationService; expectedVersion?: number; now?: Date },
): Promise<Application> {
  const now = p.now ?? new Date();
  const { application, service } = p;
  const { values, residents, applicantResidentId } = await checkSubmission(tx, application, service);
  // The form's routing finds the place (a station); the configuration says which unit serving it handles it.
  const placeStationId = await resolveStation(tx, {
    schema: service.formSchema,
    values,
    applicantResidentId,
    residents,
  });
  const unit = await resolveHandlingUnit(tx, { placeStationId, handler: service.engine.handler });

  const actor = { kind: "applicant" as const, userId: application.applicantId };
  let current = await applyTransition(tx, {
    application,
    service,
    action: "submit",
    actor,
    expectedVersion: p.expectedVersion,
    now,
    set: { formData: values, stationId: unit.id, stationPath: unit.path, submittedAt: now },
  });

  // The number locks the day's counter until commit, holding up every other submission: it comes after
  // everything but the SMS insert, and in an automatic review after the decision (see runAutoReview).
  if (service.mode === "auto") {
    current = await runAutoReview(tx, { application: current, service, values, residents, applicantResidentId, now });
  } else {
    current = await applyTransition(tx, {
      application: current,
      service,
      action: "route_to_station",
      actor: { kind: "system" },
      now,
    });
    const recipient = await loadApplicantRecipient(tx, current, "application_submitted");
    current = await numberApplication(tx, { application: current, now });
    await notifyApplicant(tx, { application: current, template: "application_submitted", recipient });
  }
  return current;
}

/**
 * The citizen's "submit" on the check-your-answers page. Where postage is due and unpaid, nothing is
 * submitted yet: the citizen is sent to pay, and the payment callback submits (see on-postage-paid.ts).
 */
export async function submitApplication(
  db: Db,
  p: { userId: string; applicationId: string; expectedVersion: number; now?: Date },
): Promise<SubmitResult> {
  const result = await db.transaction(async (tx): Promise<SubmitResult & { serviceId: number }> => {
    const { application, service } = await lockOwnApplication(tx, p);
    if (application.state !== "draft") {
      throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "submit", state: application.state });
    }
    if (application.delivery.method === "post" && !application.paidAt) {
      await checkSubmission(tx, application, service);
      const payment = await createPayment(tx, {
        purpose: "household_postage",
        subjectType: "application",
        subjectId: application.id,
        payerId: application.applicantId,
        amountFen: application.delivery.feeFen,
        description: `${service.name} 证件邮寄费`,
        idempotencyKey: `household_postage:${application.id}`,
        returnPath: `/me/applications/${application.id}`,
        now: p.now,
      });
      if (payment.status === "pending") {
        await tx
          .update(applications)
          .set({ paymentOrderNo: payment.orderNo })
          .where(eq(applications.id, application.id));
        return { outcome: "payment_required", checkoutUrl: payment.checkoutUrl, serviceId: service.id };
      }
    }
    const submitted = await submitLockedApplication(tx, {
      application,
      service,
      expectedVersion: p.expectedVersion,
      now: p.now,
    });
    return { outcome: "submitted", number: submitted.number ?? "", state: submitted.state, serviceId: service.id };
  });
  if (result.outcome === "submitted") {
    await drawDocumentsOf(db, { subjectType: "application", subjectId: p.applicationId });
    await recordServiceUsage(db, { userId: p.userId, serviceId: result.serviceId, kind: "submit" });
    await kickSmsDispatch();
  }
  const { serviceId: _serviceId, ...outcome } = result;
  return outcome;
}
