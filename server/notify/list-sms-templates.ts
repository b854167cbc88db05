import type { Db } from "@/db/client";
import { smsTemplateTexts } from "@/db/schema";
import { type SmsTemplate, smsTemplateNames, smsTemplates, templatePlaceholders } from "./templates";

export type SmsTemplateEntry = {
  template: SmsTemplate;
  text: string;
  builtIn: string;
  variables: string[];
  edited: boolean;
  updatedAt: Date | null;
};

/** Every template with its current wording, the built-in one and the variables it must use, for the admin editor. */
export async function listSmsTemplates(db: Db): Promise<SmsTemplateEntry[]> {
  const saved = new Map((await db.select().from(smsTemplateTexts)).map((r) => [r.template, r]));
  return smsTemplateNames.map((template) => {
    const row = saved.get(template);
    return {
      template,
      text: row?.text ?? smsTemplates[template],
      builtIn: smsTemplates[template],
      variables: [...new Set(templatePlaceholders(template))],
      edited: !!row,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}
