import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";

/** Whether any account (citizen or staff) holds this phone: phone hashes are unique across all users. */
export async function isPhoneRegistered(db: Db, phone: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.phoneHash, hashPii("phone", phone)));
  return !!row;
}
