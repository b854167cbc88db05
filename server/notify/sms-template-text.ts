import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsTemplateTexts } from "@/db/schema";
import { type SmsTemplate, smsTemplates } from "./templates";

/** The wording a template is sent with now: the admin's, when one is saved, else the built-in text. */
export async function smsTemplateText(db: Db, template: SmsTemplate): Promise<string> {
  const [row] = await db.select({ text: smsTemplateTexts.text }).from(smsTemplateTexts).where(eq(smsTemplateTexts.template, template));
  return row?.text ?? smsTemplates[template];
}
