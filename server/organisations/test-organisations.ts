import "server-only";
import { randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications, type EnterpriseStatus, enterprises, services, users } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { insertTestUser } from "@/server/accounts/test-accounts";
import { testIdNumber, testPhone } from "@/server/cases/test-cases";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { makeUscc } from "./uscc";

/** For integration tests: a real-name verified citizen with an ID number and a name of their own. */
export async function insertVerifiedCitizen(
  db: Db,
  name = "测试群众",
): Promise<{ user: SessionUser; name: string; idNumber: string }> {
  const idNumber = testIdNumber();
  const row = await insertTestUser(db, { roles: ["citizen"], name, phone: testPhone(), password: "Demo@2026x" });
  await db
    .update(users)
    .set({ verification: "verified", idNumberHash: hashPii("id", idNumber), idNumberEnc: encryptPii(idNumber) })
    .where(eq(users.id, row.id));
  return { user: { id: row.id, name, roles: ["citizen"], orgUnitId: null }, name, idNumber };
}

const bodyCharacters = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A company of its own in the register, represented by `legalRep`, under a fresh valid code. */
export async function insertTestEnterprise(
  db: Db,
  p: { legalRep: { name: string; idNumber: string }; status?: EnterpriseStatus; name?: string },
) {
  const body = "MA" + Array.from({ length: 6 }, () => bodyCharacters[randomInt(bodyCharacters.length)]).join("");
  const [row] = await db
    .insert(enterprises)
    .values({
      uscc: makeUscc("91", "410105", body),
      name: p.name ?? `郑州测试${body}旅馆有限公司`,
      type: "有限责任公司（自然人独资）",
      industry: "hotel",
      legalRepName: p.legalRep.name,
      legalRepIdHash: hashPii("id", p.legalRep.idNumber),
      legalRepIdEnc: encryptPii(p.legalRep.idNumber),
      registeredAddress: "河南省郑州市金水区测试路1号",
      divisionCode: "410105",
      status: p.status ?? "active",
    })
    .returning();
  if (!row) throw new Error("insertTestEnterprise: no row");
  return row;
}

/** An application made for the organisation, inserted as it stands after submission (or as a draft). */
export async function insertOrganisationApplication(
  db: Db,
  p: { organisationId: string; applicantId: string; state?: "draft" | "station_review" },
) {
  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, "HZ001"));
  const [applicant] = await db
    .select({ idNumberHash: users.idNumberHash })
    .from(users)
    .where(eq(users.id, p.applicantId));
  const state = p.state ?? "station_review";
  const [row] = await db
    .insert(applications)
    .values({
      serviceId: service!.id,
      applicantId: p.applicantId,
      applicantIdHash: applicant!.idNumberHash!,
      organisationId: p.organisationId,
      state,
      number: state === "draft" ? null : `HNT${randomInt(10 ** 9, 10 ** 10)}`,
      submittedAt: state === "draft" ? null : new Date(),
    })
    .returning({ id: applications.id, number: applications.number });
  return row!;
}
