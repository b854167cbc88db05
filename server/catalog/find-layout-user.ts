import "server-only";
import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { serviceLayouts, users } from "@/db/schema";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber, maskName, maskPhone } from "@/server/crypto/mask";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { validateIdNumber } from "@/server/population/id-number";

export type LayoutUserMatch = {
  userId: string;
  maskedName: string;
  maskedPhone: string | null;
  maskedIdNumber: string | null;
  status: "active" | "disabled";
  hasLayout: boolean;
};

/** Whether a search term is a full phone number or a full ID number: nothing partial is ever searched. */
export function layoutUserQueryKind(query: string): "phone" | "id" | null {
  const value = query.trim();
  if (phoneNumberPattern.test(value)) return "phone";
  if (validateIdNumber(value).ok) return "id";
  return null;
}

/**
 * Finds the citizen whose layout an admin wants to edit, by full phone or ID number (an exact keyed-hash
 * lookup: there is no partial search over personal identifiers). Shows only masked identifiers, and records
 * the look-up as a read of personal data, found or not.
 */
export async function findLayoutUser(
  db: Db,
  params: { query: string; actor: AuditActor; ip?: string | null; correlationId?: string | null },
): Promise<{ by: "phone" | "id"; matches: LayoutUserMatch[] }> {
  const query = params.query.trim().toUpperCase();
  const by = layoutUserQueryKind(query);
  if (!by) throw new DomainError("BAD_INPUT", {}, { query: "LAYOUT_USER_QUERY_INVALID" });
  const hash = hashPii(by, query);

  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        userId: users.id,
        name: users.name,
        phoneEnc: users.phoneEnc,
        idNumberEnc: users.idNumberEnc,
        idNumberHash: users.idNumberHash,
        status: users.status,
        layoutId: serviceLayouts.id,
      })
      .from(users)
      .leftJoin(serviceLayouts, eq(serviceLayouts.userId, users.id))
      .where(
        and(
          by === "phone" ? eq(users.phoneHash, hash) : eq(users.idNumberHash, hash),
          arrayContains(users.roles, ["citizen"]),
        ),
      );

    const maskedQuery = by === "phone" ? maskPhone(query) : maskIdNumber(query);
    await recordAudit(tx, {
      actor: params.actor,
      action: "layout.user_lookup",
      targetType: rows[0] ? "user" : undefined,
      targetId: rows[0]?.userId,
      subjectIdHash: by === "id" ? hash : (rows[0]?.idNumberHash ?? null),
      details: { by, query: maskedQuery, found: rows.length > 0 },
      ip: params.ip,
      correlationId: params.correlationId,
    });

    return {
      by,
      matches: rows.map((r) => ({
        userId: r.userId,
        maskedName: maskName(r.name),
        maskedPhone: r.phoneEnc ? maskPhone(decryptPii(r.phoneEnc)) : null,
        maskedIdNumber: r.idNumberEnc ? maskIdNumber(decryptPii(r.idNumberEnc)) : null,
        status: r.status,
        hasLayout: r.layoutId !== null,
      })),
    };
  });
}
