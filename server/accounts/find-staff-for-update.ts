import "server-only";
import { and, arrayOverlaps, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { staffRoles } from "./session-user";

/**
 * The staff account an admin is about to change, row-locked for the rest of the transaction so two admins
 * editing one officer apply one after the other. Citizen accounts are not the admin console's to change.
 */
export async function findStaffForUpdate(db: Db, userId: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, userId), arrayOverlaps(users.roles, [...staffRoles])))
    .for("update");
  if (!row) throw new DomainError("NOT_FOUND");
  return row;
}
