import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { smsCodes } from "@/db/schema";

/**
 * Counts a failed use of a good code (a name that does not fit the ID number) as a wrong try: the code
 * dies after as many tries as a wrong code gets, so one code cannot probe the register name after name.
 */
export async function spendSmsCodeTry(db: Db, params: { codeId: string }): Promise<void> {
  await db
    .update(smsCodes)
    .set({ attempts: sql`${smsCodes.attempts} + 1` })
    .where(eq(smsCodes.id, params.codeId));
}
