import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { lostFoundItems, residents } from "@/db/schema";
import type { AuditTrail } from "@/server/accounts/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { maskName } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { idNumberProblem } from "@/server/population/id-number-problem";
import { normaliseName } from "@/server/population/normalise-name";
import { loadFoundItemForActor } from "./load-found-item-for-actor";

export type ReturnFoundItemParams = AuditTrail & {
  scope: Jurisdiction;
  officerId: string;
  itemId: string;
  claimantName: string;
  claimantIdNumber: string;
};

/**
 * Hands a held item back to its owner, who has described its marks and shows ID: the ID number must be
 * valid and, when the person is in the register, go with the name given. The claimant is kept (encrypted)
 * for the receipt book and the return is audited under them, so it shows in their "who looked at my data".
 */
export async function returnFoundItem(db: Db, p: ReturnFoundItemParams): Promise<{ itemNumber: string }> {
  const idNumber = p.claimantIdNumber.trim().toUpperCase();
  const name = p.claimantName.trim();
  const problem = idNumberProblem(idNumber);
  if (problem) throw new DomainError("BAD_INPUT", {}, { claimantIdNumber: problem });
  const idHash = hashPii("id", idNumber);

  return db.transaction(async (tx) => {
    const item = await loadFoundItemForActor(tx, { scope: p.scope, itemId: p.itemId, forUpdate: true });
    if (item.status !== "held") throw new DomainError("CONFLICT");
    const [resident] = await tx
      .select({ name: residents.name })
      .from(residents)
      .where(eq(residents.idNumberHash, idHash));
    if (resident && normaliseName(resident.name) !== normaliseName(name)) {
      throw new DomainError("IDENTITY_MISMATCH", {}, { claimantName: "IDENTITY_MISMATCH" });
    }
    await tx
      .update(lostFoundItems)
      .set({
        status: "returned",
        claimantName: name,
        claimantIdHash: idHash,
        claimantIdEnc: encryptPii(idNumber),
        returnedAt: new Date(),
        returnedBy: p.officerId,
      })
      .where(eq(lostFoundItems.id, item.id));
    await recordAudit(tx, {
      actor: p.actor,
      action: "lost_found.returned",
      targetType: "lost_found_item",
      targetId: item.id,
      subjectIdHash: idHash,
      details: { itemNumber: item.itemNumber, claimant: maskName(name) },
      ip: p.ip,
      correlationId: p.correlationId,
    });
    return { itemNumber: item.itemNumber };
  });
}
