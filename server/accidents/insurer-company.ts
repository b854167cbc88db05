import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insurerStaff, insurers } from "@/db/schema";
import { DomainError } from "@/server/errors";

/** The company an insurer user works for; a user linked to none sees nothing. */
export async function insurerCompany(db: Db, userId: string): Promise<{ id: number; code: string; name: string }> {
  const [company] = await db
    .select({ id: insurers.id, code: insurers.code, name: insurers.name })
    .from(insurerStaff)
    .innerJoin(insurers, eq(insurers.id, insurerStaff.insurerId))
    .where(eq(insurerStaff.userId, userId));
  if (!company) throw new DomainError("FORBIDDEN");
  return company;
}
