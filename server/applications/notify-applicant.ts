import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, type OrgUnitType, orgUnits, services, smsTemplateTexts, users } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { formatDay } from "@/server/dates/format-day";
import { queueSms } from "@/server/notify/queue-sms";
import { type SmsTemplate, templatePlaceholders } from "@/server/notify/templates";

/** Parameters every application template may use; templates take the subset they name. */
type KnownParam = "service" | "number" | "station" | "counter" | "deadline";

/**
 * Queues the applicant's SMS about an application in the caller's transaction. The key names the
 * application, its version after the move and the template, so a retried request or job run never sends
 * the same news twice, while a later move (a new version) always gets its own message.
 */
export async function notifyApplicant(
  tx: Tx,
  p: {
    application: Application;
    template: SmsTemplate;
    params?: Record<string, string>;
    /** Loaded for this template beforehand by a caller that must not spend a round trip here (see submitLockedApplication). */
    recipient?: ApplicantRecipient;
  },
): Promise<void> {
  const app = p.application;
  const row = p.recipient ?? (await loadApplicantRecipient(tx, app, p.template));
  if (!row?.phoneEnc) return;
  const available: Record<KnownParam, string | null> = {
    service: row.service,
    number: app.number,
    station: row.station,
    // A police station's household counter does household business; a desk or bureau has a service counter.
    counter: row.station ? (row.stationType === "station" ? "户籍窗口" : "办事窗口") : null,
    deadline: app.windowDeadline ? formatDay(app.windowDeadline, "zh-CN") : null,
  };
  const params: Record<string, string> = {};
  for (const name of templatePlaceholders(p.template)) {
    const value = p.params?.[name] ?? available[name as KnownParam];
    if (value) params[name] = value;
  }
  await queueSms(tx, {
    idempotencyKey: `application:${app.id}:v${app.version}:${p.template}`,
    phone: decryptPii(row.phoneEnc),
    template: p.template,
    params,
    wording: row.wording,
  });
}

export type ApplicantRecipient = {
  phoneEnc: string | null;
  service: string;
  station: string | null;
  stationType: OrgUnitType | null;
  wording: string | null;
};

/**
 * In one query, the applicant's phone, the names an application SMS may quote and the template's saved
 * wording; undefined when the applicant is gone.
 */
export async function loadApplicantRecipient(
  tx: Tx,
  app: Application,
  template: SmsTemplate,
): Promise<ApplicantRecipient | undefined> {
  const [row] = await tx
    .select({
      phoneEnc: users.phoneEnc,
      service: services.name,
      station: orgUnits.name,
      stationType: orgUnits.unitType,
      wording: smsTemplateTexts.text,
    })
    .from(users)
    .innerJoin(services, eq(services.id, app.serviceId))
    .leftJoin(orgUnits, eq(orgUnits.id, app.stationId ?? -1))
    .leftJoin(smsTemplateTexts, eq(smsTemplateTexts.template, template))
    .where(eq(users.id, app.applicantId));
  return row;
}
