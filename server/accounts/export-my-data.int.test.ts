import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, households, residents, smsMessages, travelDocuments, vehicles } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents, population } from "@/server/seed/population";
import { maskIdNumber } from "@/server/crypto/mask";
import { hashPii } from "@/server/crypto/pii";
import { insertTestApplication } from "@/server/household/test-applications";
import { queueSms } from "@/server/notify/queue-sms";
import { createTestDb } from "@/test/db";
import { changePhone } from "./change-phone";
import { exportMyData } from "./export-my-data";
import { requestChangePhoneCodes } from "./request-change-phone-codes";
import { requestSignInCode } from "./request-sign-in-code";
import { signInCitizenWithPassword } from "./sign-in-citizen-with-password";
import { demoUserRow } from "./test-accounts";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const citizen = demoAccount("citizen");
const spare = demoAccount("spareCitizen");

describe("download my data", () => {
  it("holds the citizen's own account, register entry, documents, vehicle and licence in full", async () => {
    const user = await demoUserRow(db, "citizen");
    const data = await exportMyData(db, { userId: user.id, actor: { id: user.id, role: "citizen" } });
    expect(data.account).toMatchObject({
      name: "张明",
      phone: citizen.login,
      idNumber: citizen.idNumber,
      verification: "verified",
    });
    expect(data.register).toMatchObject({
      name: "张明",
      idNumber: citizen.idNumber,
      birthDate: "1990-05-12",
      relationToHead: "户主",
    });
    expect(data.household?.householdNumber).toBe("410105010001");

    const docs = await db.select().from(travelDocuments).where(eq(travelDocuments.residentId, user.residentId!));
    expect(data.travelDocuments.map((d) => d.documentNumber).sort()).toEqual(docs.map((d) => d.documentNumber).sort());
    const [car] = await db.select().from(vehicles).where(eq(vehicles.ownerResidentId, user.residentId!));
    expect(data.vehicles).toMatchObject([{ plateNumber: car!.plateNumber, vin: car!.vin }]);
    expect(data.drivingLicence?.vehicleClasses).toBe("C1");
    expect(JSON.stringify(data)).not.toContain("$argon2");
  });

  it("holds the texts sent to them, their sign-ins and the audit trail, and records the download", async () => {
    const user = await demoUserRow(db, "citizen");
    await requestSignInCode(db, { phone: citizen.login, ip: "10.7.0.1" });
    await signInCitizenWithPassword(db, { phone: citizen.login, password: citizen.password, ip: "10.7.0.2" });
    const data = await exportMyData(db, { userId: user.id, actor: { id: user.id, role: "citizen" }, ip: "10.7.0.3" });
    expect(data.smsMessages.some((m) => m.template === "sign_in_code" && /\d{6}/.test(m.body))).toBe(true);
    expect(data.verificationCodes.some((c) => c.purpose === "sign_in" && c.ip === "10.7.0.1")).toBe(true);
    expect(data.signIns.some((s) => s.ip === "10.7.0.2" && s.outcome === "ok")).toBe(true);
    expect(data.auditLog.some((e) => e.action === "auth.sign_in_code.requested")).toBe(true);

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "account.data_exported"), eq(auditLog.targetId, user.id), eq(auditLog.ip, "10.7.0.3")),
      );
    expect(entry?.subjectIdHash).toBe(hashPii("id", citizen.idNumber!));
    expect(JSON.stringify(entry)).not.toContain(citizen.idNumber!);
  });

  it("holds nobody else's data: household members masked, other accounts' texts and numbers absent", async () => {
    const user = await demoUserRow(db, "citizen");
    await queueSms(db, {
      idempotencyKey: "test:spare",
      phone: spare.login,
      template: "account_locked",
      params: { minutes: "10" },
    });
    await requestSignInCode(db, { phone: spare.login });
    const text = JSON.stringify(await exportMyData(db, { userId: user.id, actor: { id: user.id, role: "citizen" } }));

    for (const other of [demoResidents.unregistered, demoResidents.daughter, demoResidents.mother]) {
      expect(text).not.toContain(other.idNumber);
      expect(text).not.toContain(other.name);
    }
    expect(text).not.toContain(spare.login);
    expect(text).not.toContain(spare.idNumber!);
    expect(text).not.toContain("锁定10分钟");
    const otherHousehold = population[1]!;
    expect(text).not.toContain(otherHousehold.householdNumber);
    const [spareResident] = await db
      .select({ address: households.address })
      .from(residents)
      .innerJoin(households, eq(households.id, residents.householdId))
      .where(eq(residents.idNumberHash, hashPii("id", spare.idNumber!)));
    expect(text).not.toContain(spareResident!.address);
  });

  it("keeps texts sent to a number the account had before a phone change", async () => {
    const user = await demoUserRow(db, "spareCitizen");
    const actor = { id: user.id, role: "citizen" };
    const newPhone = "13911112222";
    await requestChangePhoneCodes(db, { userId: user.id, newPhone, actor });
    const codeSentTo = async (phone: string) => {
      const [sms] = await db
        .select()
        .from(smsMessages)
        .where(and(eq(smsMessages.phoneHash, hashPii("phone", phone)), eq(smsMessages.template, "change_phone_code")));
      return sms!.body.match(/\d{6}/)![0];
    };
    const codes = { oldPhoneCode: await codeSentTo(spare.login), newPhoneCode: await codeSentTo(newPhone) };
    await changePhone(db, { userId: user.id, newPhone, ...codes, actor });

    const data = await exportMyData(db, { userId: user.id, actor });
    expect(data.account.phone).toBe(newPhone);
    expect(data.smsMessages.filter((m) => m.template === "change_phone_code")).toHaveLength(2);
    expect(data.smsMessages.some((m) => m.template === "phone_changed")).toBe(true);
    // The keyed phone hashes that link the numbers stay out of the file.
    expect(JSON.stringify(data.auditLog)).not.toMatch(/[0-9a-f]{64}/);
  });

  it("holds their online applications: answers, file names, delivery and every step, other people masked", async () => {
    const user = await demoUserRow(db, "citizen");
    const app = await insertTestApplication(db, { serviceCode: "HZ001", state: "needs_supplement" });
    const data = await exportMyData(db, { userId: user.id, actor: { id: user.id, role: "citizen" } });
    const exported = data.applications.find((a) => a.number === app.number);
    expect(exported).toMatchObject({
      service: "出生登记",
      code: "HZ001",
      state: "needs_supplement",
      delivery: { method: "window" },
    });
    expect(exported?.submittedAt).toEqual(app.submittedAt);
    expect(exported?.formData).toMatchObject({
      childName: "张小宇",
      father: { idNumber: demoResidents.citizen.idNumber, name: "张明" },
      mother: { idNumber: maskIdNumber(demoResidents.unregistered.idNumber), name: "李*" },
    });
    expect(exported?.materials.map((m) => m.fileName).sort()).toEqual([
      "birth-certificate.png",
      "hukou-book.png",
      "id-card.png",
    ]);
    expect(exported?.timeline.map((e) => e.action)).toEqual(["submit", "route_to_station", "request_supplement"]);
    expect(exported?.supplementRequest?.comment).toBe("请重新上传清晰的扫描件。");
    expect(JSON.stringify(data.applications)).not.toContain(demoResidents.unregistered.idNumber);
  });
});
