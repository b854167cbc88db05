import type { Db } from "@/db/client";
import { knownSampleFiles } from "@/server/seed/catalog/household-samples";
import type { AuditActor } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { applyServiceChange, type ServiceChangeResult } from "./apply-service-change";
import type { ServiceEdit } from "./service-edit-schema";

/**
 * Saves an admin's edit of a service's texts and guide (validated by serviceEditSchema at the edge).
 * Materials may only point at sample files that ship with the app, so a guide never links to a 404.
 */
export async function updateService(
  db: Db,
  p: {
    code: string;
    expectedVersion: number;
    edit: ServiceEdit;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<ServiceChangeResult> {
  const unknown = p.edit.guide.materials.findIndex((m) => m.sampleFile && !knownSampleFiles.has(m.sampleFile));
  if (unknown >= 0)
    throw new DomainError("BAD_INPUT", {}, { [`guide.materials.${unknown}.sampleFile`]: "CATALOG_UNKNOWN_SAMPLE" });
  const { guide } = p.edit;
  return applyServiceChange(db, {
    code: p.code,
    expectedVersion: p.expectedVersion,
    action: "catalog.service_updated",
    actor: p.actor,
    ip: p.ip,
    correlationId: p.correlationId,
    change: (current) => ({
      ...current,
      name: p.edit.name,
      nameEn: p.edit.nameEn,
      summary: p.edit.summary,
      synonyms: [...new Set(p.edit.synonyms)],
      maintenance: p.edit.maintenance,
      // Optional parts are stored only when present, so an untouched guide compares equal to the seeded one.
      guide: {
        eligibility: guide.eligibility,
        steps: guide.steps,
        materials: guide.materials.map((m) => ({
          key: m.key,
          name: m.name,
          description: m.description,
          required: m.required,
          ...(m.sampleFile ? { sampleFile: m.sampleFile } : {}),
          ...(m.originalAtWindow ? { originalAtWindow: true } : {}),
        })),
        fees: guide.fees.map((f) => ({ item: f.item, amountFen: f.amountFen, ...(f.basis ? { basis: f.basis } : {}) })),
        timeLimitDays: guide.timeLimitDays,
        timeLimitNote: guide.timeLimitNote,
        window: guide.window,
        legalBasis: guide.legalBasis,
        ...(guide.notes?.length ? { notes: guide.notes } : {}),
      },
    }),
  });
}
