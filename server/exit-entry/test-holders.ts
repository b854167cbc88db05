import "server-only";
import { and, eq, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { households, orgUnits, residents, type TravelDocument, travelDocuments, users } from "@/db/schema";
import { insertTestUser } from "@/server/accounts/test-accounts";
import { addDays } from "@/server/dates/add-days";

/**
 * For integration tests: residents of the sample register in units under `unitPathPrefix` who have no
 * account yet, so a test decides who is registered.
 */
export async function residentsWithoutAccount(db: Db, p: { count: number; unitPathPrefix: string }) {
  const rows = await db
    .select({ id: residents.id })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(
      and(
        eq(residents.status, "active"),
        sql`${orgUnits.path} like ${`${p.unitPathPrefix}%`}`,
        notExists(
          db
            .select({ one: sql`1` })
            .from(users)
            .where(eq(users.residentId, residents.id)),
        ),
      ),
    )
    .orderBy(residents.id)
    .limit(p.count);
  if (rows.length < p.count) throw new Error("residentsWithoutAccount: the sample register is too small");
  return rows.map((r) => r.id);
}

/** A citizen account with a phone for the resident, as registration would make it. */
export async function registerTestCitizen(db: Db, p: { residentId: string; phone: string }) {
  const user = await insertTestUser(db, { roles: ["citizen"], phone: p.phone, password: "Demo@2026x" });
  await db.update(users).set({ residentId: p.residentId, verification: "verified" }).where(eq(users.id, user.id));
  return user;
}

let serial = 0;

/** A document with a number no other test uses. */
export async function insertTestDocument(
  db: Db,
  p: { residentId: string; expiryDate: string; type?: TravelDocument["type"]; status?: TravelDocument["status"] },
) {
  const [row] = await db
    .insert(travelDocuments)
    .values({
      residentId: p.residentId,
      type: p.type ?? "passport",
      documentNumber: `T${process.pid % 1000}${String(++serial).padStart(5, "0")}`,
      issueDate: addDays(p.expiryDate, -1826),
      expiryDate: p.expiryDate,
      status: p.status ?? "valid",
      issuingAuthority: "测试出入境管理局",
    })
    .returning();
  if (!row) throw new Error("insertTestDocument: no row");
  return row;
}
