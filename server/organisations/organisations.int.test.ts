import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applications, auditLog, enterprises, organisationMembers, organisations } from "@/db/schema";
import { insertTestUser } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { translator } from "@/server/i18n/translate";
import { demoEnterprise, seedEnterprises } from "@/server/seed/seed-enterprises";
import { callerAs, callerAsDemo } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";
import { assertActsFor } from "./assert-acts-for";
import { chooseOrganisation } from "./choose-organisation";
import { organisationOfApplication } from "./organisation-of-application";
import { insertOrganisationApplication, insertTestEnterprise, insertVerifiedCitizen } from "./test-organisations";
import { validateUscc } from "./uscc";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h?.close());

/** A company in the register with its legal representative's account, bound, plus a stranger. */
async function boundCompany() {
  const rep = await insertVerifiedCitizen(db, "钱立民");
  const enterprise = await insertTestEnterprise(db, { legalRep: rep });
  const repCaller = callerAs(db, rep.user);
  const { organisationId } = await repCaller.organisations.bind({ uscc: enterprise.uscc, name: enterprise.name });
  return { rep, repCaller, enterprise, organisationId };
}

const auditOf = (action: string, actorId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.actorId, actorId)));

describe("the seeded enterprise register", () => {
  it("holds twenty Henan companies whose codes pass GB 32100, the demo company represented by the demo citizen", async () => {
    expect(seedEnterprises).toHaveLength(20);
    for (const e of seedEnterprises) expect(validateUscc(e.uscc), e.name).toEqual({ ok: true, uscc: e.uscc });
    const rows = await db.select().from(enterprises);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const demo = rows.find((r) => r.uscc === demoEnterprise.uscc);
    expect(demo?.legalRepIdHash).toBe(hashPii("id", demoEnterprise.legalRep.idNumber));
    expect(demo?.legalRepIdEnc).not.toContain(demoEnterprise.legalRep.idNumber);
  });

  it("lets the demo citizen bind the demo company as its legal representative", async () => {
    const citizen = await callerAsDemo(db, "citizen");
    const bound = await citizen.organisations.bind({
      uscc: demoEnterprise.uscc.toLowerCase(),
      name: demoEnterprise.name.replace("（", "(").replace("）", ")"),
    });
    expect(bound).toMatchObject({ name: demoEnterprise.name, uscc: demoEnterprise.uscc });
    const mine = await citizen.organisations.mine();
    expect(mine).toEqual([
      expect.objectContaining({ organisationId: bound.organisationId, role: "legal_representative", members: [] }),
    ]);
  });
});

describe("binding a company", () => {
  it("binds the register's legal representative at once, audited", async () => {
    const { rep, repCaller, enterprise, organisationId } = await boundCompany();
    expect(await repCaller.organisations.mine()).toEqual([
      expect.objectContaining({
        organisationId,
        name: enterprise.name,
        uscc: enterprise.uscc,
        role: "legal_representative",
        status: "active",
      }),
    ]);
    expect(await auditOf("organisation.bind", rep.user.id)).toEqual([
      expect.objectContaining({ outcome: "ok", targetId: organisationId }),
    ]);
    const again = await refusal(repCaller.organisations.bind({ uscc: enterprise.uscc, name: enterprise.name }));
    expect([again.code, again.fields]).toEqual(["CONFLICT", { uscc: "organisation.alreadyMember" }]);
  });

  it("refuses anyone the register does not name as legal representative, audited, and writes nothing", async () => {
    const rep = await insertVerifiedCitizen(db, "孔德胜");
    const enterprise = await insertTestEnterprise(db, { legalRep: rep });
    const other = await insertVerifiedCitizen(db, "严小青");
    const refused = await refusal(
      callerAs(db, other.user).organisations.bind({ uscc: enterprise.uscc, name: enterprise.name }),
    );
    expect([refused.code, refused.fields]).toEqual(["FORBIDDEN", { uscc: "organisation.notLegalRepresentative" }]);
    expect(await db.select().from(organisations).where(eq(organisations.enterpriseId, enterprise.id))).toEqual([]);
    expect(await auditOf("organisation.bind", other.user.id)).toEqual([
      expect.objectContaining({ outcome: "denied", details: { reason: "not_legal_representative" } }),
    ]);
    expect(await callerAs(db, other.user).organisations.mine()).toEqual([]);
  });

  it("says which part of a mistyped code is wrong, and one thing for an unknown code or a wrong name", async () => {
    const rep = await insertVerifiedCitizen(db);
    const enterprise = await insertTestEnterprise(db, { legalRep: rep });
    const bind = (uscc: string, name = enterprise.name) =>
      refusal(callerAs(db, rep.user).organisations.bind({ uscc, name }));
    const last = enterprise.uscc[17] === "0" ? "1" : "0";
    expect((await bind(enterprise.uscc.slice(0, 17) + last)).fields).toEqual({ uscc: "organisation.uscc.check" });
    expect((await bind(enterprise.uscc.slice(0, 17))).fields).toEqual({ uscc: "organisation.uscc.length" });
    expect((await bind("91350100MO00100Y43")).fields).toEqual({ uscc: "organisation.uscc.characters" });
    expect((await bind(demoEnterprise.uscc)).fields).toEqual({ uscc: "organisation.notInRegister" });
    const wrongName = await bind(enterprise.uscc, "郑州别的公司");
    expect([wrongName.code, wrongName.fields]).toEqual(["BAD_REQUEST", { uscc: "organisation.notInRegister" }]);
    expect(translator("zh-CN")(`errors.${wrongName.fields.uscc}` as never)).toBe(
      "未找到与该统一社会信用代码和企业名称相符的企业登记信息，请核对营业执照。",
    );
  });

  it("refuses a company the register shows as revoked or deregistered, and an account without a real name", async () => {
    const rep = await insertVerifiedCitizen(db);
    const revoked = await insertTestEnterprise(db, { legalRep: rep, status: "revoked" });
    const refused = await refusal(
      callerAs(db, rep.user).organisations.bind({ uscc: revoked.uscc, name: revoked.name }),
    );
    expect(refused.fields).toEqual({ uscc: "organisation.notActive" });

    const unverified = await insertTestUser(db, { roles: ["citizen"], password: "Demo@2026x" });
    const refusedUnverified = await refusal(
      callerAs(db, unverified).organisations.bind({ uscc: revoked.uscc, name: revoked.name }),
    );
    expect(refusedUnverified.domainCode).toBe("REAL_NAME_REQUIRED");
  });
});

describe("authorising people", () => {
  it("lets the legal representative authorise a verified person by name and ID number, shown masked", async () => {
    const { rep, repCaller, organisationId } = await boundCompany();
    const clerk = await insertVerifiedCitizen(db, "阿依古丽·买买提");
    const { memberId } = await repCaller.organisations.authorise({
      organisationId,
      name: "阿依古丽.买买提",
      idNumber: clerk.idNumber.toLowerCase(),
    });
    const [company] = await repCaller.organisations.mine();
    expect(company!.members).toEqual([
      expect.objectContaining({
        memberId,
        name: clerk.name,
        maskedIdNumber: `${clerk.idNumber.slice(0, 6)}********${clerk.idNumber.slice(-4)}`,
        authorisedByName: rep.name,
      }),
    ]);
    expect(JSON.stringify(company)).not.toContain(clerk.idNumber);
    expect(await callerAs(db, clerk.user).organisations.mine()).toEqual([
      expect.objectContaining({ organisationId, role: "authorised", members: [] }),
    ]);
    const [entry] = await auditOf("organisation.authorise", rep.user.id);
    expect(entry).toMatchObject({ outcome: "ok", subjectIdHash: hashPii("id", clerk.idNumber) });
    expect(JSON.stringify(entry)).not.toContain(clerk.idNumber);
    // The read of the clerk's (masked) number is on the clerk's record of who looked at them.
    expect(await auditOf("organisation.members_viewed", rep.user.id)).toEqual([
      expect.objectContaining({ subjectIdHash: hashPii("id", clerk.idNumber) }),
    ]);

    const twice = await refusal(
      repCaller.organisations.authorise({ organisationId, name: clerk.name, idNumber: clerk.idNumber }),
    );
    expect([twice.code, twice.fields]).toEqual(["CONFLICT", { idNumber: "organisation.alreadyMember" }]);
  });

  it("gives one answer for a number without an account and a wrong name, audited; refuses the legal representative themselves", async () => {
    const { rep, repCaller, organisationId } = await boundCompany();
    const clerk = await insertVerifiedCitizen(db, "林晓燕");
    const wrongName = await refusal(
      repCaller.organisations.authorise({ organisationId, name: "林小燕", idNumber: clerk.idNumber }),
    );
    const nobody = await refusal(
      repCaller.organisations.authorise({ organisationId, name: "林晓燕", idNumber: "11010519491231002X" }),
    );
    expect(wrongName.fields).toEqual({ idNumber: "organisation.personNotFound" });
    expect(nobody.fields).toEqual(wrongName.fields);
    expect(await auditOf("organisation.authorise", rep.user.id)).toHaveLength(2);
    const self = await refusal(
      repCaller.organisations.authorise({ organisationId, name: rep.name, idNumber: rep.idNumber }),
    );
    expect(self.fields).toEqual({ idNumber: "organisation.authoriseSelf" });
    const badNumber = await refusal(
      repCaller.organisations.authorise({ organisationId, name: "林晓燕", idNumber: "410105199001011230" }),
    );
    expect(badNumber.fields).toEqual({ idNumber: "ID_NUMBER_CHECKSUM" });
    expect((await repCaller.organisations.mine())[0]!.members).toEqual([]);
  });

  it("lets only the legal representative authorise and revoke: an authorised person cannot pass it on", async () => {
    const { repCaller, organisationId } = await boundCompany();
    const clerk = await insertVerifiedCitizen(db, "蒋文");
    const third = await insertVerifiedCitizen(db, "沈一鸣");
    await repCaller.organisations.authorise({ organisationId, name: clerk.name, idNumber: clerk.idNumber });
    const [repView] = await repCaller.organisations.mine();
    const clerkCaller = callerAs(db, clerk.user);
    const passOn = await refusal(
      clerkCaller.organisations.authorise({ organisationId, name: third.name, idNumber: third.idNumber }),
    );
    expect(passOn.code).toBe("FORBIDDEN");
    const [clerkView] = await clerkCaller.organisations.mine();
    const revokeRep = await refusal(clerkCaller.organisations.revoke({ organisationId, memberId: repView!.memberId }));
    expect(revokeRep.code).toBe("FORBIDDEN");
    const unknown = await refusal(
      repCaller.organisations.revoke({ organisationId, memberId: "00000000-0000-4000-8000-000000000000" }),
    );
    expect(unknown.code).toBe("NOT_FOUND");
    expect((await repCaller.organisations.mine())[0]!.members).toEqual([
      expect.objectContaining({ memberId: clerkView!.memberId }),
    ]);
  });
});

describe("the company's applications", () => {
  it("are listed to its current people only; a revoked person and a stranger see nothing", async () => {
    const { rep, repCaller, organisationId } = await boundCompany();
    const clerk = await insertVerifiedCitizen(db, "曹振宇");
    const stranger = await insertVerifiedCitizen(db, "路人甲");
    await repCaller.organisations.authorise({ organisationId, name: clerk.name, idNumber: clerk.idNumber });
    const byClerk = await insertOrganisationApplication(db, { organisationId, applicantId: clerk.user.id });
    const byRep = await insertOrganisationApplication(db, { organisationId, applicantId: rep.user.id });
    const clerkDraft = await insertOrganisationApplication(db, {
      organisationId,
      applicantId: clerk.user.id,
      state: "draft",
    });
    const clerkCaller = callerAs(db, clerk.user);

    const seenByRep = await repCaller.organisations.applications({ organisationId });
    expect(seenByRep.map((a) => a.id).sort()).toEqual([byClerk.id, byRep.id].sort());
    expect(seenByRep.find((a) => a.id === byClerk.id)).toMatchObject({ applicantName: clerk.name, mine: false });
    const seenByClerk = await clerkCaller.organisations.applications({ organisationId });
    expect(seenByClerk.map((a) => a.id).sort()).toEqual([byClerk.id, byRep.id, clerkDraft.id].sort());

    const strangerView = await refusal(callerAs(db, stranger.user).organisations.applications({ organisationId }));
    expect(strangerView.code).toBe("NOT_FOUND");
    expect(await callerAs(db, stranger.user).organisations.mine()).toEqual([]);

    const clerkMember = (await repCaller.organisations.mine())[0]!.members[0]!;
    await repCaller.organisations.revoke({ organisationId, memberId: clerkMember.memberId });
    expect((await refusal(clerkCaller.organisations.applications({ organisationId }))).code).toBe("NOT_FOUND");
    expect(await clerkCaller.organisations.mine()).toEqual([]);
    expect((await repCaller.organisations.mine())[0]!.members).toEqual([]);
    const [revoked] = await db
      .select()
      .from(organisationMembers)
      .where(eq(organisationMembers.id, clerkMember.memberId));
    expect(revoked).toMatchObject({ revokedBy: rep.user.id });
    expect(revoked!.revokedAt).toBeInstanceOf(Date);
    expect(await auditOf("organisation.revoke", rep.user.id)).toEqual([
      expect.objectContaining({ subjectIdHash: hashPii("id", clerk.idNumber) }),
    ]);

    // Authorised again later, the person sees the company's applications again.
    await repCaller.organisations.authorise({ organisationId, name: clerk.name, idNumber: clerk.idNumber });
    expect(await clerkCaller.organisations.applications({ organisationId })).toHaveLength(3);
  });

  it("open to a colleague read only and audited under the applicant; never as a draft, never after revocation", async () => {
    const { rep, repCaller, organisationId } = await boundCompany();
    const clerk = await insertVerifiedCitizen(db, "贾明哲");
    await repCaller.organisations.authorise({ organisationId, name: clerk.name, idNumber: clerk.idNumber });
    const clerkCaller = callerAs(db, clerk.user);
    const submitted = await insertOrganisationApplication(db, { organisationId, applicantId: rep.user.id });
    const draft = await insertOrganisationApplication(db, { organisationId, applicantId: rep.user.id, state: "draft" });

    expect(await clerkCaller.applications.get({ id: submitted.id })).toMatchObject({ own: false, actions: [] });
    expect(await auditOf("organisation.application_viewed", clerk.user.id)).toEqual([
      expect.objectContaining({ subjectIdHash: hashPii("id", rep.idNumber), targetId: submitted.id }),
    ]);
    expect((await refusal(clerkCaller.applications.get({ id: draft.id }))).code).toBe("NOT_FOUND");

    const clerkMember = (await repCaller.organisations.mine())[0]!.members[0]!;
    await repCaller.organisations.revoke({ organisationId, memberId: clerkMember.memberId });
    expect((await refusal(clerkCaller.applications.get({ id: submitted.id }))).code).toBe("NOT_FOUND");
    expect(await repCaller.applications.get({ id: submitted.id })).toMatchObject({ own: true });
  });

  it("are no longer the former legal representative's once the register names someone else", async () => {
    const { rep, repCaller, enterprise, organisationId } = await boundCompany();
    await insertOrganisationApplication(db, { organisationId, applicantId: rep.user.id });
    const successor = await insertVerifiedCitizen(db, "卫新");
    await db
      .update(enterprises)
      .set({ legalRepName: successor.name, legalRepIdHash: hashPii("id", successor.idNumber) })
      .where(eq(enterprises.id, enterprise.id));
    expect((await refusal(repCaller.organisations.applications({ organisationId }))).code).toBe("NOT_FOUND");
    expect(await repCaller.organisations.mine()).toEqual([]);

    const successorCaller = callerAs(db, successor.user);
    const bound = await successorCaller.organisations.bind({ uscc: enterprise.uscc, name: enterprise.name });
    expect(bound.organisationId).toBe(organisationId);
    expect(await successorCaller.organisations.applications({ organisationId })).toHaveLength(1);
    // The former representative may be authorised by the new one; their old row ends on record.
    await successorCaller.organisations.authorise({ organisationId, name: rep.name, idNumber: rep.idNumber });
    expect(await repCaller.organisations.mine()).toEqual([expect.objectContaining({ role: "authorised" })]);
  });

  it("lets a member leave, after which they see nothing of the company", async () => {
    const { repCaller, organisationId } = await boundCompany();
    const clerk = await insertVerifiedCitizen(db, "韦佳");
    const clerkCaller = callerAs(db, clerk.user);
    await repCaller.organisations.authorise({ organisationId, name: clerk.name, idNumber: clerk.idNumber });
    const [membership] = await clerkCaller.organisations.mine();
    await clerkCaller.organisations.revoke({ organisationId, memberId: membership!.memberId });
    expect(await clerkCaller.organisations.mine()).toEqual([]);
    expect(await auditOf("organisation.leave", clerk.user.id)).toHaveLength(1);

    const [repMembership] = await repCaller.organisations.mine();
    await repCaller.organisations.revoke({ organisationId, memberId: repMembership!.memberId });
    expect(await repCaller.organisations.mine()).toEqual([]);
  });
});

describe("applying for a company", () => {
  it("chooseOrganisation asks for a company the user acts for, still in existence, on organisation services only", async () => {
    const { rep, enterprise, organisationId } = await boundCompany();
    const stranger = await insertVerifiedCitizen(db);
    const choose = (userId: string, applicant: "person" | "organisation", id?: string | null) =>
      refusal(chooseOrganisation(db, { userId, applicant, organisationId: id }));

    expect(await chooseOrganisation(db, { userId: rep.user.id, applicant: "organisation", organisationId })).toBe(
      organisationId,
    );
    expect(await chooseOrganisation(db, { userId: rep.user.id, applicant: "person" })).toBeNull();
    expect((await choose(rep.user.id, "person", organisationId)).fields).toEqual({
      organisationId: "organisation.notForPerson",
    });
    expect((await choose(rep.user.id, "organisation", null)).fields).toEqual({
      organisationId: "organisation.required",
    });
    expect((await choose(stranger.user.id, "organisation", organisationId)).code).toBe("NOT_FOUND");
    await db.update(enterprises).set({ status: "cancelled" }).where(eq(enterprises.id, enterprise.id));
    expect((await choose(rep.user.id, "organisation", organisationId)).fields).toEqual({
      organisationId: "organisation.notActive",
    });
    // Still a member of the deregistered company: its past applications stay readable.
    await expect(assertActsFor(db, { userId: rep.user.id, organisationId })).resolves.toMatchObject({
      role: "legal_representative",
      enterpriseStatus: "cancelled",
    });
  });

  it("organisationOfApplication names the company for the officer, and nothing for a person's application", async () => {
    const { rep, enterprise, organisationId } = await boundCompany();
    const application = await insertOrganisationApplication(db, { organisationId, applicantId: rep.user.id });
    expect(await organisationOfApplication(db, { applicationId: application.id })).toEqual({
      name: enterprise.name,
      uscc: enterprise.uscc,
      status: "active",
    });
    const personal = await insertOrganisationApplication(db, { organisationId, applicantId: rep.user.id });
    await db.update(applications).set({ organisationId: null }).where(eq(applications.id, personal.id));
    expect(await organisationOfApplication(db, { applicationId: personal.id })).toBeNull();
  });
});
