import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentParties } from "@/db/schema";
import { issueSmsCode } from "@/server/accounts/issue-sms-code";
import { limitSmsCodes } from "@/server/accounts/limit-sms-codes";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { liabilitiesConsistent } from "./accident-rules";
import { lockPartyAccident } from "./lock-party-accident";

/**
 * Sends a party the SMS code they sign the agreement with, to the phone they gave for the accident
 * (under the usual code limits). Only once every party has answered and the answers fit together.
 */
export async function requestSignCode(
  db: Db,
  p: { userId: string; accidentId: string; ip: string | null; now?: Date },
): Promise<void> {
  const now = p.now ?? new Date();
  const [mine] = await db
    .select({ phoneEnc: accidentParties.phoneEnc })
    .from(accidentParties)
    .where(and(eq(accidentParties.accidentId, p.accidentId), eq(accidentParties.userId, p.userId)));
  if (!mine) throw new DomainError("NOT_FOUND");
  const phone = decryptPii(mine.phoneEnc);
  await db.transaction(async (tx) => {
    const { accident, parties } = await lockPartyAccident(tx, p);
    if (accident.status !== "agreeing") throw new DomainError("ACCIDENT_WRONG_STATE");
    const claims = parties.map((party) => party.claimedLiability);
    if (parties.length < accident.partyCount || claims.some((c) => c === null))
      throw new DomainError("ACCIDENT_INCOMPLETE");
    if (!liabilitiesConsistent(claims.filter((c) => c !== null))) throw new DomainError("LIABILITY_INCONSISTENT");
    await limitSmsCodes(tx, { purpose: "accident_sign", phoneHash: hashPii("phone", phone), ip: p.ip, now });
    await issueSmsCode(tx, { purpose: "accident_sign", phone, ip: p.ip, now });
  });
  await kickSmsDispatch();
}
