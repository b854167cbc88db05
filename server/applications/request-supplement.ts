import type { Db } from "@/db/client";
import type { OfficerActor } from "@/server/accounts/actor";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { applyTransition } from "./apply-transition";
import { schemaFields } from "./form-schema";
import { notifyApplicant } from "./notify-applicant";
import { type DeskActionResult, loadApplicationForActor } from "./load-application-for-actor";

/**
 * Sends the case back to the citizen to fix exactly the named fields and materials; only those open again
 * on the citizen's side. The comment says what is wrong and is shown to the citizen.
 */
export async function requestSupplement(
  db: Db,
  p: {
    applicationId: string;
    expectedVersion: number;
    officer: OfficerActor;
    fields: string[];
    materials: string[];
    comment: string;
    now?: Date;
  },
): Promise<DeskActionResult> {
  const now = p.now ?? new Date();
  const fields = [...new Set(p.fields)];
  const materials = [...new Set(p.materials)];
  if (!fields.length && !materials.length) {
    throw new DomainError("BAD_INPUT", {}, { items: "desk.supplementItemsRequired" });
  }
  const updated = await db.transaction(async (tx) => {
    const { application, service, actor } = await loadApplicationForActor(tx, {
      ...p,
      action: "request_supplement",
      now,
    });
    const knownFields = new Set(schemaFields(service.formSchema).map((f) => f.key));
    const knownMaterials = new Set(service.guide.materials.map((m) => m.key));
    if (fields.some((f) => !knownFields.has(f)) || materials.some((m) => !knownMaterials.has(m))) {
      throw new DomainError("BAD_INPUT", {}, { items: "desk.supplementItemUnknown" });
    }
    const comment = p.comment.trim();
    const next = await applyTransition(tx, {
      application,
      service,
      action: "request_supplement",
      actor,
      expectedVersion: p.expectedVersion,
      comment,
      details: { fields, materials },
      set: { supplementRequest: { fields, materials, comment, requestedAt: now.toISOString() } },
      now,
    });
    await notifyApplicant(tx, { application: next, template: "application_needs_supplement" });
    return next;
  });
  await kickSmsDispatch();
  return { id: updated.id, state: updated.state, version: updated.version };
}
