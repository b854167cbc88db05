import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseQueryPersons, cases, orgUnits } from "@/db/schema";

/** The person a query number was issued to, with their case's public facts; undefined for an unknown number. */
export async function findQueryPerson(db: Db, numberHash: string) {
  const [row] = await db
    .select({
      id: caseQueryPersons.id,
      caseId: caseQueryPersons.caseId,
      idNumberHash: caseQueryPersons.idNumberHash,
      phoneHash: caseQueryPersons.phoneHash,
      revokedAt: caseQueryPersons.revokedAt,
      title: cases.title,
      unitName: orgUnits.name,
      unitNameEn: orgUnits.nameEn,
    })
    .from(caseQueryPersons)
    .innerJoin(cases, eq(cases.id, caseQueryPersons.caseId))
    .innerJoin(orgUnits, eq(orgUnits.id, cases.handlingUnitId))
    .where(eq(caseQueryPersons.queryNumberHash, numberHash));
  return row;
}
