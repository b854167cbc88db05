import "server-only";
import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { residents, users } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { normaliseName } from "@/server/population/normalise-name";
import type { OfficerRole } from "./session-user";

/** Only the window sees the citizen and the original ID card together. */
export const windowVerificationRoles = ["window_officer"] as const satisfies readonly OfficerRole[];

export type VerifyCitizenAtWindowParams = {
  userId: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
};

/**
 * Real-name verification in person, for accounts the online check could not verify (an ID number from
 * another province's register). The officer has compared the citizen with the original ID card; where
 * the person is in this province's register, the account's name must also match the register entry.
 */
export async function verifyCitizenAtWindow(
  db: Db,
  params: VerifyCitizenAtWindowParams,
): Promise<{ verification: "verified" }> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, verification: users.verification, idNumberHash: users.idNumberHash })
      .from(users)
      .where(and(eq(users.id, params.userId), arrayContains(users.roles, ["citizen"])))
      .for("update");
    if (!user?.idNumberHash) throw new DomainError("NOT_FOUND");
    if (user.verification === "verified") throw new DomainError("ALREADY_VERIFIED");
    const [resident] = await tx
      .select({ id: residents.id, name: residents.name })
      .from(residents)
      .where(eq(residents.idNumberHash, user.idNumberHash));
    if (resident && normaliseName(resident.name) !== normaliseName(user.name))
      throw new DomainError("IDENTITY_MISMATCH");
    await tx
      .update(users)
      .set({ verification: "verified", residentId: resident?.id ?? null })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actor: params.actor,
      action: "account.verify_at_window",
      targetType: "user",
      targetId: user.id,
      subjectIdHash: user.idNumberHash,
      details: {
        before: { verification: user.verification },
        after: { verification: "verified" },
        inRegister: !!resident,
      },
      ip: params.ip,
      correlationId: params.correlationId,
    });
    return { verification: "verified" as const };
  });
}
