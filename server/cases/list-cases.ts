import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseNodes, caseQueryPersons, cases, orgUnits, users } from "@/db/schema";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";

export type CaseListItem = {
  id: string;
  caseNumber: string;
  type: "administrative" | "criminal";
  title: string;
  unitName: string;
  officerName: string;
  activePersons: number;
  lastNodeKind: string | null;
  createdAt: Date;
};

/** The newest cases handled by units of the officer's jurisdiction. */
export async function listCases(db: Db, params: { scope: Jurisdiction; limit?: number }): Promise<CaseListItem[]> {
  const lastNode = db
    .select({ kind: caseNodes.kind })
    .from(caseNodes)
    .where(eq(caseNodes.caseId, cases.id))
    .orderBy(desc(caseNodes.occurredOn), desc(caseNodes.createdAt))
    .limit(1);
  const rows = await db
    .select({
      id: cases.id,
      caseNumber: cases.caseNumber,
      type: cases.type,
      title: cases.title,
      unitName: orgUnits.name,
      officerName: users.name,
      activePersons: sql<number>`(select count(*)::int from ${caseQueryPersons}
        where ${caseQueryPersons.caseId} = ${cases.id} and ${caseQueryPersons.revokedAt} is null)`,
      lastNodeKind: sql<string | null>`(${lastNode})`,
      createdAt: cases.createdAt,
    })
    .from(cases)
    .innerJoin(orgUnits, eq(orgUnits.id, cases.handlingUnitId))
    .innerJoin(users, eq(users.id, cases.officerInChargeId))
    .where(withinScope(params.scope, orgUnits.path))
    .orderBy(desc(cases.createdAt))
    .limit(params.limit ?? 100);
  return rows;
}
