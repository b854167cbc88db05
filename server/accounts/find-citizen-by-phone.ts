import "server-only";
import { and, arrayContains, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";

/** The citizen account registered with this phone, or null; staff rows with a phone never sign in here. */
export async function findCitizenByPhone(db: Db, phone: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.phoneHash, hashPii("phone", phone)), arrayContains(users.roles, ["citizen"])));
  return user ?? null;
}
