import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsTemplateTexts } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { type SmsTemplate, smsTemplates, smsTemplateTextProblem } from "./templates";

/**
 * Saves an admin's wording of a template, or (text null) goes back to the built-in one. The wording is
 * checked against the template's variables first; messages queued from then on use it. Audited with both texts.
 */
export async function saveSmsTemplate(
  db: Db,
  p: {
    template: SmsTemplate;
    text: string | null;
    actor: AuditActor & { id: string };
    ip?: string | null;
    correlationId?: string | null;
  },
): Promise<{ text: string }> {
  if (p.text !== null) {
    const problem = smsTemplateTextProblem(p.template, p.text);
    if (problem) throw new DomainError("BAD_INPUT", {}, { text: problem });
  }
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(smsTemplateTexts)
      .where(eq(smsTemplateTexts.template, p.template))
      .for("update");
    if (p.text === null || p.text === smsTemplates[p.template]) {
      await tx.delete(smsTemplateTexts).where(eq(smsTemplateTexts.template, p.template));
    } else {
      const values = { text: p.text, updatedBy: p.actor.id, updatedAt: new Date() };
      await tx
        .insert(smsTemplateTexts)
        .values({ template: p.template, ...values })
        .onConflictDoUpdate({ target: smsTemplateTexts.template, set: values });
    }
    const after = p.text ?? smsTemplates[p.template];
    await recordAudit(tx, {
      actor: p.actor,
      action: "sms.template_changed",
      targetType: "sms_template",
      targetId: p.template,
      details: { before: before?.text ?? smsTemplates[p.template], after },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { text: after };
  });
}
