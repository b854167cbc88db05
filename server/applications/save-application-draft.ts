import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { lockOwnApplication } from "./load-application";
import { validateFormData } from "./validate-form-data";

/**
 * Autosave. A draft keeps whatever the citizen has typed that is well-formed so far (required fields are
 * checked on submission, not while typing). When the station asked for supplements, only the fields it
 * named can change; the rest of the application stays exactly as the station reviewed it.
 */
export async function saveApplicationDraft(
  db: Db,
  p: { userId: string; applicationId: string; formData: Record<string, unknown>; now?: Date },
): Promise<{ savedAt: Date; fieldErrors: Record<string, string> }> {
  return db.transaction(async (tx) => {
    const { application, service } = await lockOwnApplication(tx, p);
    let incoming = p.formData;
    if (application.state === "needs_supplement") {
      const open = new Set(application.supplementRequest?.fields ?? []);
      incoming = {
        ...application.formData,
        ...Object.fromEntries(Object.entries(p.formData).filter(([k]) => open.has(k))),
      };
    } else if (application.state !== "draft") {
      throw new DomainError("APPLICATION_ILLEGAL_TRANSITION", { action: "save", state: application.state });
    }
    const { values, fieldErrors } = validateFormData(service.formSchema, incoming, "draft");
    const savedAt = p.now ?? new Date();
    await tx
      .update(applications)
      .set({ formData: values, updatedAt: savedAt })
      .where(eq(applications.id, application.id));
    return { savedAt, fieldErrors };
  });
}
