import { and, eq, isNull, notExists, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, drivingLicences, residents, users } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { listWhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import { verifiedTestCitizen } from "@/server/cases/test-cases";
import { maskIdNumber, maskName } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { registerTestCitizen } from "@/server/exit-entry/test-holders";
import { demoResidents } from "@/server/seed/population";
import { callerAs, callerAsDemo } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";
import { inRolledBack } from "@/test/rolled-back";
import { getMyLicences } from "./get-my-licences";
import { issueShowCode } from "./issue-show-code";
import { generateShowCode, showCodeTtlSeconds } from "./show-code";
import { licenceShowCheckedAction, showCodeCheckRule, verifyShowCode } from "./verify-show-code";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizenId: string;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizenId = (await demoUserRow(db, "citizen")).id;
});
afterAll(async () => h?.close());

let ipSerial = 0;
/** A checker nobody else is: no session, an address of its own so one test's limit never hits another. */
function checker() {
  ipSerial += 1;
  return { actor: { id: null }, ip: `198.51.100.${ipSerial}`, correlationId: `licence-test-${ipSerial}` };
}

const at = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);
const issuedOn = new Date("2026-12-07T02:00:00Z");

/** Swaps one character of the code for another of the alphabet: still well formed, never the same code. */
function tampered(code: string): string {
  const i = code.search(/[0-9A-Z]/);
  const swapped = code[i] === "7" ? "8" : "7";
  return code.slice(0, i) + swapped + code.slice(i + 1);
}

describe("电子证照亮证 codes", () => {
  it("a fresh code verifies: the licence, masked, with the code's issue time, and nothing more", async () => {
    const issued = await callerAsDemo(db, "citizen").then((c) => c.licences.issueShowCode());
    expect(issued.path).toBe(`/verify/licence/${issued.code}`);
    expect(issued.expiresAt.getTime() - issued.issuedAt.getTime()).toBe(showCodeTtlSeconds * 1000);

    const visitor = callerAs(db, null, { ip: "198.51.100.200" });
    const result = await visitor.licences.verifyShowCode({ code: issued.code.toLowerCase().replaceAll("-", " ") });
    if (result.status !== "valid") throw new Error(`expected a valid code, got ${result.status}`);
    expect(result.issuedAt).toEqual(issued.issuedAt);
    expect(result.card.holderNameMasked).toBe(maskName(demoResidents.citizen.name));
    expect(result.card.idNumberMasked).toBe(maskIdNumber(demoResidents.citizen.idNumber));
    expect(result.card.drivingLicence).toMatchObject({ vehicleClasses: "C1", status: "valid" });
    expect(result.card.idCard?.status).toBe("valid");
    const text = JSON.stringify(result);
    expect(text).not.toContain(demoResidents.citizen.name);
    expect(text).not.toContain(demoResidents.citizen.idNumber);
  });

  it("is audited under the holder, so an anonymous check shows in their 'who looked at my data'", async () => {
    const issued = await issueShowCode(db, { userId: citizenId, now: issuedOn });
    const trail = checker();
    expect((await verifyShowCode(db, { code: issued.code, trail, now: at(issuedOn, 30) })).status).toBe("valid");
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, licenceShowCheckedAction), eq(auditLog.correlationId, trail.correlationId)));
    expect(entry).toMatchObject({
      actorId: null,
      outcome: "ok",
      subjectIdHash: hashPii("id", demoResidents.citizen.idNumber),
      ip: trail.ip,
    });
    expect(JSON.stringify(entry)).not.toContain(issued.code);
    const seen = await listWhoLookedAtMe(db, { userId: citizenId });
    expect(seen.entries.some((e) => e.purpose === "publicQuery" && e.unit === null)).toBe(true);
  });

  it("an expired code is refused as expired, with its issue time and nothing of the holder", async () => {
    const issued = await issueShowCode(db, { userId: citizenId, now: issuedOn });
    const justBefore = await verifyShowCode(db, {
      code: issued.code,
      trail: checker(),
      now: at(issuedOn, showCodeTtlSeconds - 1),
    });
    expect(justBefore.status).toBe("valid");
    for (const later of [showCodeTtlSeconds, showCodeTtlSeconds + 3600]) {
      const trail = checker();
      const result = await verifyShowCode(db, { code: issued.code, trail, now: at(issuedOn, later) });
      expect(result).toEqual({
        status: "expired",
        code: issued.code,
        issuedAt: issuedOn,
        expiresAt: at(issuedOn, showCodeTtlSeconds),
      });
      const [entry] = await db.select().from(auditLog).where(eq(auditLog.correlationId, trail.correlationId));
      expect(entry?.outcome).toBe("denied");
    }
  });

  it("a tampered, made-up or malformed code is unknown", async () => {
    const issued = await issueShowCode(db, { userId: citizenId, now: issuedOn });
    const now = at(issuedOn, 10);
    expect(await verifyShowCode(db, { code: tampered(issued.code), trail: checker(), now })).toEqual({
      status: "not_found",
      code: tampered(issued.code),
    });
    expect((await verifyShowCode(db, { code: generateShowCode(), trail: checker(), now })).status).toBe("not_found");
    expect(await verifyShowCode(db, { code: "not a code", trail: checker(), now })).toEqual({
      status: "not_found",
      code: null,
    });
  });

  it("checks are rate-limited per address", async () => {
    const trail = checker();
    const now = at(issuedOn, 5);
    for (let i = 0; i < showCodeCheckRule.limit; i++) {
      await verifyShowCode(db, { code: generateShowCode(), trail, now });
    }
    expect((await refusal(verifyShowCode(db, { code: generateShowCode(), trail, now }))).reason).toBe("RATE_LIMITED");
    expect((await verifyShowCode(db, { code: generateShowCode(), trail: checker(), now })).status).toBe("not_found");
  });

  it("a citizen without a driving licence is told so and shows the ID card alone", async () => {
    const [resident] = await db
      .select({ id: residents.id })
      .from(residents)
      .leftJoin(drivingLicences, eq(drivingLicences.residentId, residents.id))
      .where(
        and(
          isNull(drivingLicences.id),
          eq(residents.status, "active"),
          sql`${residents.birthDate} < '1990-01-01'`,
          notExists(
            db
              .select({ one: sql`1` })
              .from(users)
              .where(eq(users.residentId, residents.id)),
          ),
        ),
      )
      .limit(1);
    if (!resident) throw new Error("no adult without a driving licence in the sample register");
    const user = await registerTestCitizen(db, { residentId: resident.id, phone: "13700137999" });
    const mine = await getMyLicences(db, { userId: user.id, now: issuedOn });
    if (mine.state !== "found") throw new Error(`expected the register entry, got ${mine.state}`);
    expect(mine.card.drivingLicence).toBeNull();
    expect(mine.card.idCard).not.toBeNull();
    const issued = await issueShowCode(db, { userId: user.id, now: issuedOn });
    const result = await verifyShowCode(db, { code: issued.code, trail: checker(), now: at(issuedOn, 1) });
    expect(result.status === "valid" && result.card.drivingLicence).toBeNull();
  });

  it("an account the register does not vouch for has nothing to show and gets no code", async () => {
    const unverified = await verifiedTestCitizen(db);
    await db.update(users).set({ verification: "unverified" }).where(eq(users.id, unverified.id));
    expect(await getMyLicences(db, { userId: unverified.id })).toEqual({ state: "unverified" });
    expect((await refusal(issueShowCode(db, { userId: unverified.id }))).reason).toBe("REAL_NAME_REQUIRED");

    const notInRegister = await verifiedTestCitizen(db);
    expect(await callerAs(db, notInRegister).licences.mine()).toEqual({ state: "not_in_register" });
    expect((await refusal(callerAs(db, notInRegister).licences.issueShowCode())).reason).toBe("NOT_FOUND");
  });

  it("a suspended licence is shown suspended, and one past its last day expired, to holder and checker alike", async () => {
    await inRolledBack(db, async (tx) => {
      const residentId = (await tx.select().from(users).where(eq(users.id, citizenId)))[0]!.residentId!;
      await tx.update(drivingLicences).set({ status: "suspended" }).where(eq(drivingLicences.residentId, residentId));
      const issued = await issueShowCode(tx, { userId: citizenId, now: issuedOn });
      const result = await verifyShowCode(tx, { code: issued.code, trail: checker(), now: at(issuedOn, 1) });
      expect(result.status === "valid" && result.card.drivingLicence?.status).toBe("suspended");

      await tx
        .update(drivingLicences)
        .set({ status: "valid", validUntil: "2026-12-06", term: "six_years" })
        .where(eq(drivingLicences.residentId, residentId));
      const mine = await getMyLicences(tx, { userId: citizenId, now: issuedOn });
      expect(mine.state === "found" && mine.card.drivingLicence?.status).toBe("expired");
    });
  });
});
