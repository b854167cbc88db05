import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { maskName } from "@/server/crypto/mask";
import { DomainError } from "@/server/errors";

export type VerificationStatus = { verification: "verified" | "unverified"; maskedName: string };

/** Whether the register vouches for the signed-in citizen: what they may do online depends on it. */
export async function getVerificationStatus(db: Db, params: { userId: string }): Promise<VerificationStatus> {
  const [row] = await db
    .select({ name: users.name, verification: users.verification })
    .from(users)
    .where(eq(users.id, params.userId));
  if (!row) throw new DomainError("NOT_FOUND");
  return { verification: row.verification === "verified" ? "verified" : "unverified", maskedName: maskName(row.name) };
}
