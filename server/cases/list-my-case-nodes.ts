import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type CaseNodeKind, type CoerciveMeasure, caseNodes, caseQueryPersons, cases, orgUnits } from "@/db/schema";

export type MyCaseNodes = {
  caseNumber: string;
  title: string;
  type: "administrative" | "criminal";
  unit: { name: string; address: string | null; phone: string | null };
  nodes: { kind: CaseNodeKind; measure: CoerciveMeasure | null; occurredOn: string; remark: string }[];
};

/**
 * The cases on which the signed-in person is registered to query (as party or family, not revoked), with
 * their nodes of the given kinds, oldest first: what 受案回执 (accepted) and 立案告知 (filed / not filed)
 * show without the query number, since the person is already identified by their verified account.
 */
export async function listMyCaseNodes(
  db: Db,
  p: { idNumberHash: string; kinds: readonly CaseNodeKind[] },
): Promise<MyCaseNodes[]> {
  const mine = await db
    .selectDistinct({
      id: cases.id,
      caseNumber: cases.caseNumber,
      title: cases.title,
      type: cases.type,
      unitName: orgUnits.name,
      unitAddress: orgUnits.address,
      unitPhone: orgUnits.phone,
    })
    .from(caseQueryPersons)
    .innerJoin(cases, eq(cases.id, caseQueryPersons.caseId))
    .innerJoin(orgUnits, eq(orgUnits.id, cases.handlingUnitId))
    .where(and(eq(caseQueryPersons.idNumberHash, p.idNumberHash), isNull(caseQueryPersons.revokedAt)));
  if (mine.length === 0) return [];
  const nodes = await db
    .select({
      caseId: caseNodes.caseId,
      kind: caseNodes.kind,
      measure: caseNodes.measure,
      occurredOn: caseNodes.occurredOn,
      remark: caseNodes.remark,
    })
    .from(caseNodes)
    .where(
      and(
        inArray(
          caseNodes.caseId,
          mine.map((c) => c.id),
        ),
        inArray(caseNodes.kind, [...p.kinds]),
      ),
    )
    .orderBy(asc(caseNodes.occurredOn), asc(caseNodes.createdAt));
  return mine
    .map((c) => ({
      caseNumber: c.caseNumber,
      title: c.title,
      type: c.type,
      unit: { name: c.unitName, address: c.unitAddress, phone: c.unitPhone },
      nodes: nodes.filter((n) => n.caseId === c.id).map(({ caseId: _caseId, ...n }) => n),
    }))
    .filter((c) => c.nodes.length > 0);
}
