import "server-only";
import { and, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applicationMaterials, users } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { applyTransition } from "./apply-transition";
import { checkRegisterReferences } from "@/server/household/check-register-references";
import { lockOwnApplication } from "./load-application";
import { validateFormData } from "./validate-form-data";

/**
 * Sends a supplemented application back to the station. Every material the station named must have a
 * page uploaded after the request (replacing, not just keeping, the old scan), and the whole form must
 * still be valid. The station's review clock starts again, as the guide tells the citizen.
 */
export async function resubmitApplication(
  db: Db,
  p: { userId: string; applicationId: string; expectedVersion: number; now?: Date },
): Promise<{ state: string; version: number }> {
  return db.transaction(async (tx) => {
    const { application, service } = await lockOwnApplication(tx, p);
    if (application.state !== "needs_supplement" || !application.supplementRequest) {
      throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "resubmit", state: application.state });
    }
    const request = application.supplementRequest;
    const { values, fieldErrors } = validateFormData(service.formSchema, application.formData, "submit");
    const problems: Record<string, string> = { ...fieldErrors };
    if (!Object.keys(fieldErrors).length) {
      const [applicant] = await tx.select({ residentId: users.residentId }).from(users).where(eq(users.id, p.userId));
      const register = await checkRegisterReferences(tx, service.formSchema, values, {
        applicantResidentId: applicant?.residentId ?? null,
      });
      Object.assign(problems, register.fieldErrors);
    }
    for (const key of request.materials) {
      const fresh = await tx.$count(
        applicationMaterials,
        and(
          eq(applicationMaterials.applicationId, application.id),
          eq(applicationMaterials.materialKey, key),
          gt(applicationMaterials.createdAt, new Date(request.requestedAt)),
        ),
      );
      if (!fresh) problems[`material:${key}`] = "application.materialNotReplaced";
    }
    if (Object.keys(problems).length) throw new DomainError("APPLICATION_INCOMPLETE", {}, problems);

    const updated = await applyTransition(tx, {
      application,
      service,
      action: "resubmit",
      actor: { kind: "applicant", userId: p.userId },
      expectedVersion: p.expectedVersion,
      details: { supplemented: request },
      set: { formData: values, supplementRequest: null },
      now: p.now,
    });
    return { state: updated.state, version: updated.version };
  });
}
