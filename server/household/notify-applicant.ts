import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, orgUnits, services, users } from "@/db/schema";
import { decryptPii } from "@/server/crypto/pii";
import { queueSms } from "@/server/notify/queue-sms";
import { type SmsTemplate, templatePlaceholders } from "@/server/notify/templates";

/** Parameters every application template may use; templates take the subset they name. */
const knownParams = ["service", "number", "station", "deadline"] as const;

/**
 * Queues the applicant's SMS about an application in the caller's transaction. The key names the
 * application, its version after the move and the template, so a retried request or job run never sends
 * the same news twice, while a later move (a new version) always gets its own message.
 */
export async function notifyApplicant(
  tx: Tx,
  p: { application: Application; template: SmsTemplate; params?: Record<string, string> },
): Promise<void> {
  const app = p.application;
  const [row] = await tx
    .select({ phoneEnc: users.phoneEnc, service: services.name, station: orgUnits.name })
    .from(users)
    .innerJoin(services, eq(services.id, app.serviceId))
    .leftJoin(orgUnits, eq(orgUnits.id, app.stationId ?? -1))
    .where(eq(users.id, app.applicantId));
  if (!row?.phoneEnc) return;
  const available: Record<(typeof knownParams)[number], string | null> = {
    service: row.service,
    number: app.number,
    station: row.station,
    deadline: app.windowDeadline ? formatChinaDate(app.windowDeadline) : null,
  };
  const params: Record<string, string> = {};
  for (const name of templatePlaceholders(p.template)) {
    const value = p.params?.[name] ?? available[name as (typeof knownParams)[number]];
    if (value) params[name] = value;
  }
  await queueSms(tx, {
    idempotencyKey: `application:${app.id}:v${app.version}:${p.template}`,
    phone: decryptPii(row.phoneEnc),
    template: p.template,
    params,
  });
}

/** "2027年1月26日": how a date reads in an official SMS. */
export function formatChinaDate(date: string): string {
  const [y, m, d] = date.split("-");
  return `${y}年${Number(m)}月${Number(d)}日`;
}
