import fc from "fast-check";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { caseNodes, orgUnits } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { loadJurisdiction } from "@/server/orgs/jurisdiction";
import { createTestDb } from "@/test/db";
import { addCaseNode } from "./add-case-node";
import { addQueryPerson } from "./add-query-person";
import { generateQueryNumber } from "./query-number";
import { queryCaseProgress } from "./query-case-progress";
import { registerCase } from "./register-case";
import { revokeQueryPerson } from "./revoke-query-person";
import { issueTestCaseCode, testIdNumber, testPhone, verifiedTestCitizen } from "./test-cases";

type Person = { caseId: string; title: string; queryNumber: string; idNumber: string; phone: string; revoked: boolean };

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const persons: Person[] = [];
const nodesOf = new Map<string, string[]>();
let userId: string;

/**
 * Three cases of one station, each with a party, a family member and a revoked person; some people are
 * registered on two cases with different query numbers, and one phone is shared by a family.
 */
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const officer = await demoUserRow(db, "stationOfficer");
  if (!officer.orgUnitId) throw new Error("the demo station officer has no unit");
  const scope = await loadJurisdiction(db, officer.orgUnitId);
  const [station] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "41010501"));
  const actor = { actor: { id: officer.id } };
  const sharedPerson = { idNumber: testIdNumber(), phone: testPhone() };
  const familyPhone = testPhone();
  for (let i = 0; i < 3; i++) {
    const title = `性质测试案${i}`;
    const { id: caseId } = await registerCase(db, {
      scope,
      caseNumber: `性质测试〔2026〕${Date.now() % 100000}-${i}号`,
      type: "criminal",
      title,
      handlingUnitId: station?.id ?? 0,
      officerInChargeId: officer.id,
      createdBy: officer.id,
      ...actor,
    });
    for (let n = 0; n <= i; n++) {
      await addCaseNode(db, {
        scope,
        caseId,
        kind: n === 0 ? "accepted" : "filed",
        occurredOn: "2026-01-0" + (n + 1),
        remark: `节点${i}-${n}`,
        recordedBy: officer.id,
        ...actor,
      });
    }
    const rows = await db
      .select({ remark: caseNodes.remark })
      .from(caseNodes)
      .where(eq(caseNodes.caseId, caseId))
      .orderBy(asc(caseNodes.occurredOn));
    nodesOf.set(
      caseId,
      rows.map((r) => r.remark),
    );
    const people = [
      i < 2 ? sharedPerson : { idNumber: testIdNumber(), phone: testPhone() },
      { idNumber: testIdNumber(), phone: familyPhone },
      { idNumber: testIdNumber(), phone: testPhone() },
    ];
    for (const [k, p] of people.entries()) {
      const added = await addQueryPerson(db, {
        scope,
        caseId,
        ...p,
        relation: k === 1 ? "family" : "party",
        familyRelation: k === 1 ? "母亲" : null,
        createdBy: officer.id,
        ...actor,
      });
      const revoked = k === 2;
      if (revoked) await revokeQueryPerson(db, { scope, personId: added.personId, officerId: officer.id, ...actor });
      persons.push({ caseId, title, queryNumber: added.queryNumber, ...p, revoked });
    }
  }
  userId = (await verifiedTestCitizen(db)).id;
}, 120_000);
afterAll(async () => h.close());

const pick = <T>(items: readonly T[]) => fc.nat({ max: items.length - 1 }).map((i) => items[i] as T);

describe("case query (property, against the database)", () => {
  it("never returns a case the typed factors are not registered on, and always returns the one they are", async () => {
    // Each factor is the chosen person's own, another registered person's, or nobody's.
    const source = fc.constantFrom("own", "own", "other", "nobody");
    const typed = fc
      .record({
        base: pick(persons),
        other: pick(persons),
        numberFrom: source,
        idFrom: source,
        phoneFrom: source,
        mangleCase: fc.boolean(),
      })
      .map((g) => {
        const from = (kind: string, own: string, other: string, nobody: () => string) =>
          kind === "own" ? own : kind === "other" ? other : nobody();
        return {
          number: from(g.numberFrom, g.base.queryNumber, g.other.queryNumber, generateQueryNumber),
          idNumber: from(g.idFrom, g.base.idNumber, g.other.idNumber, testIdNumber),
          phone: from(g.phoneFrom, g.base.phone, g.other.phone, testPhone),
          mangleCase: g.mangleCase,
        };
      });
    let run = 0;
    let granted = 0;
    await fc.assert(
      fc.asyncProperty(typed, async (t) => {
        // Hours apart, so no run meets the rate limits or the codes of another.
        const now = new Date(Date.UTC(2030, 0, 1) + run++ * 3 * 3600_000);
        const code = await issueTestCaseCode(db, t.phone, now);
        const queryNumber = t.mangleCase ? t.number.toLowerCase() : t.number;
        const outcome = await queryCaseProgress(db, {
          userId,
          queryNumber,
          idNumber: t.idNumber,
          phone: t.phone,
          code,
          ip: "192.0.2.1",
          now,
          minDurationMs: 0,
        }).then(
          (result) => ({ ok: true as const, result }),
          (error: { code?: string }) => ({ ok: false as const, code: error.code }),
        );
        const owner = persons.find(
          (p) => p.queryNumber === t.number && p.idNumber === t.idNumber && p.phone === t.phone && !p.revoked,
        );
        if (!owner) {
          expect(outcome).toEqual({ ok: false, code: "CASE_QUERY_MISMATCH" });
          return;
        }
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        granted++;
        expect(outcome.result.title).toBe(owner.title);
        expect(outcome.result.nodes.map((n) => n.remark)).toEqual(nodesOf.get(owner.caseId));
      }),
      { numRuns: 60 },
    );
    // The generator reaches both sides of the property, not only refusals.
    expect(granted).toBeGreaterThan(0);
  }, 120_000);
});
