import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";

/** Staff sign in by badge/account number; citizens have none, so this never finds one. */
export async function findStaffByAccount(db: Db, account: string) {
  const [user] = await db.select().from(users).where(eq(users.account, account.trim()));
  return user ?? null;
}
