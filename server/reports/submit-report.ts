import "server-only";
import { resolveHandlingUnit } from "@/server/applications/resolve-handling-unit";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { reports, users } from "@/db/schema";
import type { AuditActor } from "@/server/audit/record-audit";
import { recordAudit } from "@/server/audit/record-audit";
import { recordServiceUsage } from "@/server/catalog/record-service-usage";
import { decryptPii } from "@/server/crypto/pii";
import { addWorkingDays } from "@/server/dates/add-working-days";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import { validateFormData } from "@/server/applications/validate-form-data";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import { rateLimit } from "@/server/security/rate-limit";
import { followUpTokenHash, formatFollowUpToken, newFollowUpToken } from "./follow-up-token";
import { loadReportService } from "./load-report-service";
import { nextReportNumber } from "./next-report-number";

/**
 * Reports one account may file in a day, named and anonymous together: enough for anyone with something to
 * report, a brake on flooding a desk. The counter holds a number per account, never which reports.
 */
export const reportsPerAccountPerDay = 10;

export type SubmitReportParams = {
  userId: string;
  serviceCode: string;
  answers: unknown;
  /** Only where the service allows it; then nothing ties the report to the account. */
  anonymous: boolean;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

export type SubmittedReport = {
  id: string;
  number: string;
  unitName: string;
  dueAt: Date;
  /** Anonymous reports only: the one time the follow-up token is shown. */
  followUpToken: string | null;
};

/**
 * Files a report with its receipt number, routed to the unit handling the chosen place, due after the step's
 * working days. Any signed-in citizen may file anonymously where the law allows it (the account only deters
 * abuse and is not kept: the audit entry names no actor and the report no reporter); a named report needs a
 * real-name verified account, is listed under 我的举报投诉, and the reporter gets the receipt by SMS.
 */
export async function submitReport(db: Db, p: SubmitReportParams): Promise<SubmittedReport> {
  const now = p.now ?? new Date();
  const service = await loadReportService(db, p.serviceCode);
  if (p.anonymous && !service.record.anonymousAllowed) throw new DomainError("FORBIDDEN");
  const [user] = await db
    .select({ verification: users.verification, phoneEnc: users.phoneEnc })
    .from(users)
    .where(eq(users.id, p.userId));
  if (!user) throw new DomainError("UNAUTHORIZED");
  if (!p.anonymous && user.verification !== "verified") throw new DomainError("REAL_NAME_REQUIRED");

  const { values, fieldErrors } = validateFormData(service.formSchema, p.answers, "submit", { today: chinaToday(now) });
  if (Object.keys(fieldErrors).length) throw new DomainError("BAD_INPUT", {}, fieldErrors);
  const placeField = service.formSchema.routing.kind === "station_field" ? service.formSchema.routing.field : null;
  const placeStationId = placeField ? values[placeField] : undefined;
  if (typeof placeStationId !== "number")
    throw new DomainError("BAD_INPUT", {}, { [placeField ?? "_form"]: "form.station" });

  const limit = await rateLimit(
    db,
    { key: `reports:user:${p.userId}`, limit: reportsPerAccountPerDay, windowSeconds: 86_400 },
    now,
  );
  if (!limit.allowed) throw new DomainError("RATE_LIMITED", { seconds: limit.retryAfterSeconds });

  const token = p.anonymous ? newFollowUpToken() : null;
  const result = await db.transaction(async (tx) => {
    const unit = await resolveHandlingUnit(tx, { placeStationId, handler: service.handler });
    const number = await nextReportNumber(tx, now);
    const dueAt = addWorkingDays(now, service.step.slaDays);
    const [row] = await tx
      .insert(reports)
      .values({
        number,
        serviceId: service.id,
        reporterId: p.anonymous ? null : p.userId,
        anonymous: p.anonymous,
        followUpTokenHash: token ? followUpTokenHash(token) : null,
        answers: values,
        placeStationId,
        handlingUnitId: unit.id,
        handlingPath: unit.path,
        dueAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: reports.id });
    if (!row) throw new Error("submitReport: no row returned");
    await recordAudit(tx, {
      actor: p.anonymous ? { id: null, role: "citizen" } : p.actor,
      action: "reports.submitted",
      targetType: "report",
      targetId: row.id,
      details: { number, service: service.code, unitId: unit.id, anonymous: p.anonymous },
      ip: p.anonymous ? null : p.ip,
      correlationId: p.correlationId,
    });
    if (!p.anonymous && user.phoneEnc) {
      await queueSms(tx, {
        idempotencyKey: `report:${row.id}:submitted`,
        phone: decryptPii(user.phoneEnc),
        template: "report_submitted",
        params: { service: service.name, number, unit: unit.name },
      });
    }
    return { id: row.id, number, unitName: unit.name, dueAt };
  });
  if (!p.anonymous) {
    await recordServiceUsage(db, { userId: p.userId, serviceId: service.id, kind: "submit", at: now });
    if (user.phoneEnc) await kickSmsDispatch();
  }
  return { ...result, followUpToken: token ? formatFollowUpToken(token) : null };
}
