import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { noticeObjections, notices, services, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { encryptPii } from "@/server/crypto/pii";
import { addWorkingDays } from "@/server/dates/add-working-days";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import { readNoticeConfig } from "./notice-config";
import { inNoticePeriod } from "./notice-period";

/** The publishing unit answers an objection within this many working days. */
export const objectionAnswerWorkingDays = 5;

/** Objections one account may raise in a day: plenty for a real concern, a brake on flooding a unit. */
export const objectionsPerAccountPerDay = 10;

export type SubmitObjectionParams = {
  userId: string;
  noticeId: string;
  /** Absent: the account's own phone. */
  contactPhone?: string;
  body: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/**
 * A real-name verified citizen's objection to a notice inside its period, routed to the publishing unit and
 * due after the SLA's working days; the answer is texted to the contact phone given (the account's by
 * default). On a board whose configuration takes no objections (a reward notice), outside the period or on a
 * notice not published it is refused.
 */
export async function submitObjection(db: Db, p: SubmitObjectionParams): Promise<{ id: string; dueAt: Date }> {
  const now = p.now ?? new Date();
  const [user] = await db
    .select({ verification: users.verification, phoneEnc: users.phoneEnc })
    .from(users)
    .where(eq(users.id, p.userId));
  if (!user) throw new DomainError("UNAUTHORIZED");
  if (user.verification !== "verified") throw new DomainError("REAL_NAME_REQUIRED");
  const contactPhoneEnc = p.contactPhone ? encryptPii(p.contactPhone) : user.phoneEnc;
  if (!contactPhoneEnc) throw new DomainError("BAD_INPUT", {}, { contactPhone: "notices.phoneRequired" });
  const limit = await rateLimit(
    db,
    { key: `notice-objections:user:${p.userId}`, limit: objectionsPerAccountPerDay, windowSeconds: 86_400 },
    now,
  );
  if (!limit.allowed) throw new DomainError("RATE_LIMITED", { seconds: limit.retryAfterSeconds });
  return db.transaction(async (tx) => {
    const [notice] = await tx.select().from(notices).where(eq(notices.id, p.noticeId)).for("share");
    if (!notice || notice.state === "draft" || notice.state === "pending_approval") throw new DomainError("NOT_FOUND");
    const [board] = await tx
      .select({ config: services.notice })
      .from(services)
      .where(eq(services.id, notice.serviceId));
    if (!readNoticeConfig(board?.config)?.objections) throw new DomainError("NOTICE_OBJECTIONS_NOT_TAKEN");
    if (notice.state !== "published" || !inNoticePeriod(notice, now)) throw new DomainError("NOTICE_OUTSIDE_PERIOD");
    const dueAt = addWorkingDays(now, objectionAnswerWorkingDays);
    const [row] = await tx
      .insert(noticeObjections)
      .values({
        noticeId: notice.id,
        citizenId: p.userId,
        contactPhoneEnc,
        body: p.body,
        handlingPath: notice.publishingPath,
        dueAt,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: noticeObjections.id });
    if (!row) throw new Error("submitObjection: no row returned");
    await recordAudit(tx, {
      actor: p.actor,
      action: "notices.objection_submitted",
      targetType: "notice_objection",
      targetId: row.id,
      details: { noticeId: notice.id },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { id: row.id, dueAt };
  });
}
