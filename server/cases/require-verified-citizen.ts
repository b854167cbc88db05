import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError } from "@/server/errors";

/** Case queries are for real-name verified accounts only, so every attempt is tied to a known person. */
export async function requireVerifiedCitizen(db: Db, userId: string): Promise<void> {
  const [user] = await db.select({ verification: users.verification }).from(users).where(eq(users.id, userId));
  if (user?.verification !== "verified") throw new DomainError("REAL_NAME_REQUIRED");
}
