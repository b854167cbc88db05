import "server-only";
import { eq, max } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceCategories, serviceVersions, services } from "@/db/schema";
import { modeOf } from "@/server/applications/engine-config";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import type { ServiceState } from "./diff-service";
import { type BlankTemplateKey, blankServiceTemplate } from "./service-templates";
import { serviceSearchKeys } from "./service-search-keys";
import { configRefusal, loadServiceConfigContext } from "./update-service-config";
import { validateServiceConfig } from "./validate-service-config";

export type ServiceTemplateChoice =
  { kind: "blank"; key: BlankTemplateKey; appointmentService?: string } | { kind: "copy"; from: string };

/**
 * A new online service made from a template without code: a blank shape, or another service's guide, form
 * and engine. It starts disabled, so citizens see it only once the admin has written its guide and enabled
 * it; its first version records where it came from.
 */
export async function createService(
  db: Db,
  p: {
    categoryCode: string;
    code: string;
    name: string;
    nameEn: string;
    summary: string;
    template: ServiceTemplateChoice;
    actor: AuditActor;
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<{ code: string; version: number }> {
  return db.transaction(async (tx) => {
    const [category] = await tx
      .select({ id: serviceCategories.id })
      .from(serviceCategories)
      .where(eq(serviceCategories.code, p.categoryCode));
    if (!category) throw new DomainError("BAD_INPUT", {}, { categoryCode: "SERVICE_CATEGORY_UNKNOWN" });
    const [taken] = await tx.select({ id: services.id }).from(services).where(eq(services.code, p.code));
    if (taken) throw new DomainError("BAD_INPUT", {}, { code: "SERVICE_CODE_TAKEN" });

    let state: Pick<ServiceState, "guide" | "mode" | "formSchema" | "engine">;
    if (p.template.kind === "copy") {
      const [source] = await tx.select().from(services).where(eq(services.code, p.template.from));
      // A service handled on a page of its own has no form or engine to copy.
      if (!source || source.kind !== "handle" || !source.formSchema || !source.engine)
        throw new DomainError("BAD_INPUT", {}, { "template.from": "SERVICE_TEMPLATE_UNKNOWN" });
      state = { guide: source.guide, mode: source.mode, formSchema: source.formSchema, engine: source.engine };
    } else {
      const template = blankServiceTemplate(p.template.key, p.template.appointmentService);
      const checked = validateServiceConfig(
        { form: template.form, engine: template.engine },
        await loadServiceConfigContext(tx),
      );
      if (!checked.success) throw configRefusal(checked.error.issues);
      state = {
        guide: template.guide,
        mode: modeOf(template.engine.decision),
        formSchema: template.form as unknown as Record<string, unknown>,
        engine: template.engine as unknown as Record<string, unknown>,
      };
    }

    const [last] = await tx
      .select({ sortOrder: max(services.sortOrder) })
      .from(services)
      .where(eq(services.categoryId, category.id));
    const next: ServiceState = {
      name: p.name,
      nameEn: p.nameEn,
      summary: p.summary,
      synonyms: [],
      enabled: false,
      maintenance: false,
      ...state,
    };
    const [created] = await tx
      .insert(services)
      .values({
        ...next,
        ...serviceSearchKeys(next),
        code: p.code,
        categoryId: category.id,
        kind: "handle",
        sortOrder: (last?.sortOrder ?? 0) + 1,
        version: 1,
      })
      .returning({ id: services.id });
    const template = p.template.kind === "copy" ? `copy:${p.template.from}` : `blank:${p.template.key}`;
    await tx.insert(serviceVersions).values({
      serviceId: created!.id,
      version: 1,
      snapshot: next as unknown as Record<string, unknown>,
      changes: [{ field: "created", before: null, after: template }],
      changedBy: p.actor.id,
    });
    await recordAudit(tx, {
      actor: p.actor,
      action: "catalog.service_created",
      targetType: "service",
      targetId: p.code,
      details: { version: 1, template, category: p.categoryCode },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { code: p.code, version: 1 };
  });
}
