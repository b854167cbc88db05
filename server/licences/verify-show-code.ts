import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { licenceShowCodes, residents } from "@/db/schema";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import { type LicenceCard, loadLicenceCard } from "./licence-card";
import { normaliseShowCode } from "./show-code";

/** A checker at a counter scans a handful of screens; walking a 100-bit code space is hopeless anyway. */
export const showCodeCheckRule = { limit: 30, windowSeconds: 600 } as const;

/**
 * The audit action of a check, named as the query engine names a public 查询's answers (query.<access>.<code>),
 * so the holder's "谁查看了我的信息" lists it whoever checked, signed in or not.
 */
export const licenceShowCheckedAction = "query.public.ZH022";

export type LicenceShowVerification =
  | { status: "not_found"; code: string | null }
  /** Past its few minutes: nothing of the holder is shown, only when the code was made. */
  | { status: "expired"; code: string; issuedAt: Date; expiresAt: Date }
  | { status: "valid"; code: string; issuedAt: Date; expiresAt: Date; card: LicenceCard };

/**
 * What a checker who scanned an electronic licence screen sees: whether the code is one the platform issued
 * and still live, and then only what checking the licence needs (masked name and number, the ID card's and
 * the driving licence's validity and status). Counted per IP address. Every check of a live or expired code
 * is audited under the holder, so it appears in their "谁查看了我的信息".
 */
export async function verifyShowCode(
  db: Db,
  p: { code: string; trail: AuditTrail; now?: Date },
): Promise<LicenceShowVerification> {
  const now = p.now ?? new Date();
  const limit = await rateLimit(db, { key: `licence-verify:ip:${p.trail.ip ?? "unknown"}`, ...showCodeCheckRule }, now);
  if (!limit.allowed) throw new DomainError("RATE_LIMITED", { seconds: limit.retryAfterSeconds });
  const code = normaliseShowCode(p.code);
  if (!code) return { status: "not_found", code: null };
  const [row] = await db
    .select({
      id: licenceShowCodes.id,
      residentId: licenceShowCodes.residentId,
      drivingLicenceId: licenceShowCodes.drivingLicenceId,
      issuedAt: licenceShowCodes.issuedAt,
      expiresAt: licenceShowCodes.expiresAt,
      subjectIdHash: residents.idNumberHash,
    })
    .from(licenceShowCodes)
    .innerJoin(residents, eq(residents.id, licenceShowCodes.residentId))
    .where(eq(licenceShowCodes.codeHash, hashPii("token", code)));
  if (!row) return { status: "not_found", code };

  const live = now < row.expiresAt;
  return db.transaction(async (tx) => {
    const card = live ? await loadLicenceCard(tx, { ...row, now }) : null;
    await recordAudit(tx, {
      ...p.trail,
      action: licenceShowCheckedAction,
      targetType: "licence_show_code",
      targetId: row.id,
      subjectIdHash: row.subjectIdHash,
      outcome: card ? "ok" : "denied",
      details: { expired: !live },
    });
    const times = { code, issuedAt: row.issuedAt, expiresAt: row.expiresAt };
    return card ? { status: "valid", ...times, card } : { status: "expired", ...times };
  });
}
