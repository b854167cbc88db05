import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { caseNodes, caseQueryPersons, cases, orgUnits, users } from "@/db/schema";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { queryNumberHash } from "@/server/cases/query-number";
import { demoAccount } from "./demo-accounts";
import type { DomainSeeder } from "./domain-seeders";

/**
 * A case of 花园路派出所 on which the demo citizen 张明 is registered as the party, so the case query shows
 * progress after `npm run demo`. The query number is fixed so the README can print it: demo data only —
 * real numbers are random and exist only as hashes.
 */
export const demoCase = {
  caseNumber: "郑金公（花）立字〔2026〕00125号",
  title: "张某电动自行车被盗案",
  queryNumber: "K7Q2M9XD3HTR",
  stationCode: "41010501",
  nodes: [
    { kind: "accepted", daysAgo: 12, remark: "已受理您的报案，受案回执已当场送达。" },
    { kind: "filed", daysAgo: 9, remark: "经审查符合立案条件，已立案侦查。" },
  ],
} as const;

export const demoCaseSeeder: DomainSeeder = {
  name: "demo case",
  async isSeeded(db) {
    return (await db.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, demoCase.caseNumber))).length > 0;
  },
  async seed(tx: Db) {
    const [station] = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(eq(orgUnits.code, demoCase.stationCode));
    const [officer] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.account, demoAccount("stationOfficer").login));
    if (!station || !officer) throw new Error("the demo case needs 花园路派出所 and its demo officer");
    const citizen = demoAccount("citizen");
    if (!citizen.idNumber) throw new Error("the demo citizen has no ID number");
    const today = chinaToday();
    const [row] = await tx
      .insert(cases)
      .values({
        caseNumber: demoCase.caseNumber,
        type: "criminal",
        title: demoCase.title,
        handlingUnitId: station.id,
        officerInChargeId: officer.id,
        createdBy: officer.id,
      })
      .returning({ id: cases.id });
    if (!row) throw new Error("demo case: no row returned");
    await tx.insert(caseQueryPersons).values({
      caseId: row.id,
      relation: "party",
      idNumberHash: hashPii("id", citizen.idNumber),
      idNumberEnc: encryptPii(citizen.idNumber),
      phoneHash: hashPii("phone", citizen.login),
      phoneEnc: encryptPii(citizen.login),
      queryNumberHash: queryNumberHash(demoCase.queryNumber),
      queryNumberIssuedAt: new Date(),
      createdBy: officer.id,
    });
    await tx.insert(caseNodes).values(
      demoCase.nodes.map((n) => ({
        caseId: row.id,
        kind: n.kind,
        occurredOn: addDays(today, -n.daysAgo),
        remark: n.remark,
        recordedBy: officer.id,
      })),
    );
  },
};
