import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, drivingLicences, services, smsCodes, vehicles } from "@/db/schema";
import { issueSmsCode } from "@/server/accounts/issue-sms-code";
import { demoSessionUser, demoUserRow } from "@/server/accounts/test-accounts";
import type { SessionUser } from "@/server/accounts/session-user";
import { verifiedTestCitizen } from "@/server/cases/test-cases";
import { hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import type { QueryOutcome } from "@/server/queries/run-query";
import { defineQuerySource } from "@/server/queries/query-source";
import { querySources } from "@/server/queries/query-sources";
import { queryRules } from "@/server/queries/query-rules";
import { demoPostedApplicationNumber } from "@/server/seed/demo-posted-application-number";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { callerAs, type Who } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { latestSmsCode } from "@/test/sms-code";
import { refusal } from "@/test/refusal";
import { inRolledBack } from "@/test/rolled-back";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizen: SessionUser;
let spare: SessionUser;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizen = await demoSessionUser(db, "citizen");
  spare = await demoSessionUser(db, "spareCitizen");
});
afterAll(async () => h.close());

let ipSerial = 0;
const run = (on: Db, who: Who, code: string, input: Record<string, string> = {}) =>
  callerAs(on, who, { ip: `198.51.100.${++ipSerial}` }).queries.run({ code, input });

function result(outcome: QueryOutcome) {
  if (outcome.kind !== "result") throw new Error("expected a result, got a confirmation request");
  return outcome.view;
}
const today = () => chinaToday(new Date());
const citizenResidentId = async (on: Db) => (await demoUserRow(on, "citizen")).residentId!;

describe("queries: who may ask", () => {
  it("refuses own-data queries to visitors, staff and accounts without a real name", async () => {
    expect((await refusal(run(db, null, "JJ036"))).code).toBe("UNAUTHORIZED");
    const officer = await demoSessionUser(db, "stationOfficer");
    expect((await refusal(run(db, officer, "JJ036"))).code).toBe("FORBIDDEN");
    const unverified = await verifiedTestCitizen(db);
    expect((await refusal(run(db, unverified, "JJ036"))).domainCode).toBe("REAL_NAME_REQUIRED");
  });

  it("answers only from the asker's own registers", async () => {
    const [car] = await db
      .select({ plate: vehicles.plateNumber })
      .from(vehicles)
      .where(eq(vehicles.ownerResidentId, await citizenResidentId(db)));
    const mine = result(await run(db, citizen, "JJ015"));
    expect(mine.records.map((r) => r.title).join()).toContain(car!.plate);
    const theirs = result(await run(db, spare, "JJ015"));
    expect(JSON.stringify(theirs)).not.toContain(car!.plate);
  });

  it("refuses unknown services, other kinds and fields the source does not know are ignored", async () => {
    expect((await refusal(run(db, citizen, "ZZ999"))).code).toBe("NOT_FOUND");
    expect((await refusal(run(db, citizen, "JJ039"))).code).toBe("NOT_FOUND");
    expect(result(await run(db, citizen, "JJ036", { extra: "x" })).records).toHaveLength(1);
  });

  it("files an audit entry under the asker, shown in their who-looked-at-me as their own query", async () => {
    await run(db, spare, "JJ037");
    const spareRow = await demoUserRow(db, "spareCitizen");
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "query.own.JJ037"), eq(auditLog.actorId, spare.id)))
      .orderBy(desc(auditLog.at))
      .limit(1);
    expect(entry).toMatchObject({ subjectIdHash: spareRow.idNumberHash, targetId: "JJ037", outcome: "ok" });
    const looked = await callerAs(db, spare).me.whoLookedAtMe();
    expect(looked.entries.map((e) => e.purpose)).toContain("ownQuery");
    const zh013 = result(await run(db, spare, "ZH013"));
    expect(zh013.records.map((r) => r.title)).toContain("您本人在线查询");
  });
});

describe("queries: sensitive answers need an SMS confirmation", () => {
  it("asks for a code, refuses a wrong one, then answers for a while without asking again", async () => {
    const first = await run(db, citizen, "HZ050");
    expect(first).toEqual({ kind: "confirm", phone: "138****8000" });
    const me = callerAs(db, citizen, { ip: "198.51.100.200" });
    await me.queries.sendConfirmCode({ code: "HZ050" });
    const code = await latestSmsCode(db, demoAccount("citizen").login, "query_confirm_code");
    const wrong = code === "000000" ? "111111" : "000000";
    expect((await refusal(me.queries.confirm({ code: "HZ050", smsCode: wrong }))).domainCode).toBe("INVALID_CODE");
    await me.queries.confirm({ code: "HZ050", smsCode: code });
    const view = result(await run(db, citizen, "HZ050"));
    expect(view.records[0]).toMatchObject({
      title: demoResidents.citizen.name,
      subtitle: expect.stringMatching(/\*{4}/),
    });
    expect(view.records[0]!.actions.map((a) => a.href)).toEqual(["/services/HZ029", "/services/HZ019"]);
    // CR013 is sensitive too: the same confirmation covers it within the window.
    expect((await run(db, citizen, "CR013")).kind).toBe("result");
    // Used codes cannot be used twice.
    expect((await refusal(me.queries.confirm({ code: "HZ050", smsCode: code }))).domainCode).toBe("INVALID_CODE");
  });

  it("asks again once the confirmation is older than the window", async () => {
    await inRolledBack(db, async (tx) => {
      const phoneHash = hashPii("phone", demoAccount("citizen").login);
      const { codeId } = await issueSmsCode(tx, {
        purpose: "query_confirm",
        phone: demoAccount("citizen").login,
        ip: null,
        now: new Date(),
      });
      const usedAt = (minutesAgo: number) =>
        tx
          .update(smsCodes)
          .set({ consumedAt: new Date(Date.now() - minutesAgo * 60_000) })
          .where(and(eq(smsCodes.id, codeId), eq(smsCodes.phoneHash, phoneHash)));
      await tx.update(smsCodes).set({ consumedAt: null }).where(eq(smsCodes.phoneHash, phoneHash));
      await usedAt(queryRules.confirmationMinutes - 1);
      expect((await run(tx, citizen, "CR013")).kind).toBe("result");
      await usedAt(queryRules.confirmationMinutes + 1);
      expect((await run(tx, citizen, "CR013")).kind).toBe("confirm");
    });
  });
});

describe("queries: results say what the state means and what to do next", () => {
  const setLicence = (tx: Db, set: Partial<typeof drivingLicences.$inferInsert>) =>
    citizenResidentId(tx).then((id) => tx.update(drivingLicences).set(set).where(eq(drivingLicences.residentId, id)));

  it.each([
    [0, "ok", ["/traffic/violations"]],
    [6, "ok", ["/services/JJ040", "/traffic/violations"]],
    [10, "attention", ["/services/JJ039", "/services/JJ040", "/traffic/violations"]],
    [12, "urgent", ["/services/JJ039", "/traffic/violations"]],
  ] as const)("%i points: %s, with next steps %j", async (points, tone, hrefs) => {
    await inRolledBack(db, async (tx) => {
      await setLicence(tx, { points });
      const [record] = result(await run(tx, citizen, "JJ036")).records;
      expect(record!.state?.tone).toBe(tone);
      expect(record!.actions.map((a) => a.href)).toEqual(hrefs);
      if (points === 10) expect(record!.actions[0]!.label).toBe("办理：满分学习");
    });
  });

  it.each([
    [-5, "urgent", true],
    [30, "attention", true],
    [200, "ok", false],
  ] as const)("inspection due in %i days: %s, booking offered: %s", async (days, tone, book) => {
    await inRolledBack(db, async (tx) => {
      const owner = await citizenResidentId(tx);
      await tx
        .update(vehicles)
        .set({ inspectionDue: addDays(today(), days), inspectionExempt: false })
        .where(eq(vehicles.ownerResidentId, owner));
      const [record] = result(await run(tx, citizen, "JJ016")).records;
      expect(record!.state?.tone).toBe(tone);
      const booking = record!.actions.find((a) => a.href === "/appointments/book?service=JJ013");
      expect(!!booking).toBe(book);
    });
  });

  it("an exempt vehicle due soon is pointed to the exemption label, not a booking", async () => {
    await inRolledBack(db, async (tx) => {
      const owner = await citizenResidentId(tx);
      await tx
        .update(vehicles)
        .set({ inspectionDue: addDays(today(), 20), inspectionExempt: true })
        .where(eq(vehicles.ownerResidentId, owner));
      const [record] = result(await run(tx, citizen, "JJ016")).records;
      expect(record!.actions.map((a) => a.href)).toEqual(["/services/JJ012"]);
    });
  });

  it.each([
    [{ validUntil: "__in30" }, "attention", ["/services/JJ025"]],
    [{ validUntil: "__past" }, "urgent", ["/services/JJ025"]],
    [{ status: "suspended" }, "urgent", ["/services/JJ039"]],
    [{ validUntil: "__in800" }, "ok", []],
  ] as const)("licence %j: %s with %j", async (change, tone, hrefs) => {
    await inRolledBack(db, async (tx) => {
      const day = (tag: string) => addDays(today(), tag === "__in30" ? 30 : tag === "__past" ? -3 : 800);
      const set =
        "validUntil" in change
          ? { validUntil: day(change.validUntil), term: "ten_years" as const }
          : { status: change.status };
      await setLicence(tx, set);
      const [record] = result(await run(tx, citizen, "JJ037")).records;
      expect(record!.state?.tone).toBe(tone);
      expect(record!.actions.map((a) => a.href)).toEqual(hrefs);
    });
  });

  it("shows application progress with its timeline and the parcel's tracking, scoped per area", async () => {
    const all = result(await run(db, citizen, "ZH020"));
    const posted = all.records.find((r) => r.subtitle?.includes(demoPostedApplicationNumber));
    expect(posted?.state).toMatchObject({ label: "已办结", tone: "ok" });
    expect(posted?.fields).toEqual(
      expect.arrayContaining([
        { label: "领取方式", value: "邮寄送达" },
        { label: "运单号", value: "1187654321098" },
        { label: "承运商", value: "中国邮政EMS" },
      ]),
    );
    expect(posted?.timeline?.map((e) => e.label)).toEqual([
      "已办结并寄出",
      "承办单位审核通过",
      "分派至承办单位",
      "提交申请",
    ]);
    expect(posted?.actions[0]?.href).toMatch(/^\/me\/applications\/[0-9a-f-]{36}$/);
    const idCards = result(await run(db, citizen, "HZ035"));
    expect(idCards.records.some((r) => r.subtitle?.includes(demoPostedApplicationNumber))).toBe(true);
    const migrations = result(await run(db, citizen, "HZ043"));
    expect(migrations.records.some((r) => r.subtitle?.includes(demoPostedApplicationNumber))).toBe(false);
    const postal = result(await run(db, citizen, "ZH021"));
    expect(postal.records[0]?.state).toMatchObject({ label: "已寄出", tone: "ok" });
    expect(result(await run(db, spare, "ZH021")).records).toEqual([]);
  });

  it("shows the demo accident waiting for the officer, and no document before one is issued", async () => {
    const progress = result(await run(db, citizen, "JJ056"));
    expect(progress.records[0]?.state).toMatchObject({ label: "等待交警定责" });
    expect(progress.records[0]?.actions[0]?.href).toMatch(/^\/traffic\/accident\//);
    const documents = result(await run(db, citizen, "JJ057"));
    expect(documents.records).toEqual([]);
    expect(documents.emptyText).toBe("没有查询到已出具的事故认定书或协议书。");
  });

  it("answers in English when the request asks for it", async () => {
    const view = await callerAs(db, citizen, { headers: { cookie: "NEXT_LOCALE=en" } }).queries.run({
      code: "JJ036",
      input: {},
    });
    expect(result(view).title).not.toMatch(/[\u4e00-\u9fff]/);
    expect(result(view).records[0]!.title).toBe("Points this scoring cycle");
  });
});

describe("queries: public registers", () => {
  const probe = defineQuerySource({
    key: "test_public_probe",
    register: { name: "测试", nameEn: "Test" },
    access: "public",
    sensitive: false,
    fields: [{ key: "word", type: "text", label: "词", labelEn: "Word", required: true, maxLength: 10 }],
    nextSteps: {},
    input: z.strictObject({ word: z.string().trim().min(1).max(10) }),
    run: async (_ctx, input) => ({ records: [{ title: input.word, fields: [], actions: [] }] }),
  });
  beforeAll(() => {
    (querySources as Record<string, typeof probe>)[probe.key] = probe;
  });
  afterAll(() => {
    delete (querySources as Record<string, typeof probe>)[probe.key];
  });

  it("answers without signing in, checks the fields, and stops a client after the shared limit", async () => {
    await inRolledBack(db, async (tx) => {
      await tx
        .update(services)
        .set({
          query: {
            version: 1,
            kind: "source",
            source: probe.key,
            maintainer: "station",
            sensitive: false,
            nextSteps: {},
          },
        })
        .where(eq(services.code, "ZH011"));
      const visitor = callerAs(tx, null, { ip: "192.0.2.77" });
      const bad = await refusal(visitor.queries.run({ code: "ZH011", input: { word: "" } }));
      expect(bad).toMatchObject({ code: "BAD_REQUEST", domainCode: "BAD_INPUT" });
      for (let i = 1; i < queryRules.publicPerWindow; i++)
        expect(result(await visitor.queries.run({ code: "ZH011", input: { word: "路" } })).records).toHaveLength(1);
      const limited = await refusal(visitor.queries.run({ code: "ZH011", input: { word: "路" } }));
      expect(limited.domainCode).toBe("RATE_LIMITED");
      const other = callerAs(tx, null, { ip: "192.0.2.78" });
      expect(result(await other.queries.run({ code: "ZH011", input: { word: "路" } })).records).toHaveLength(1);
    });
  });
});

describe("queries: the admin edits the configuration", () => {
  it("saves a valid one with history, and refuses an unknown source or a sensitive source made plain", async () => {
    await inRolledBack(db, async (tx) => {
      const admin = callerAs(tx, await demoSessionUser(tx, "admin"));
      const { version } = await admin.catalogAdmin.service({ code: "JJ036" });
      const config = {
        version: 1,
        kind: "source",
        source: "licence_points",
        maintainer: "vehicle_admin",
        sensitive: true,
        nextSteps: { full_score_study: { service: "JJ039", via: "guide" } },
      };
      const saved = await admin.catalogAdmin.updateQueryConfig({ code: "JJ036", expectedVersion: version, config });
      expect(saved.changes.map((c) => c.field)).toEqual(["query"]);
      expect((await run(tx, spare, "JJ036")).kind).toBe("confirm");
      const unknown = await refusal(
        admin.catalogAdmin.updateQueryConfig({
          code: "JJ036",
          expectedVersion: saved.version,
          config: { ...config, source: "no_such_source" },
        }),
      );
      expect(unknown.domainCode).toBe("BAD_INPUT");
      const plain = await refusal(
        admin.catalogAdmin.updateQueryConfig({
          code: "HZ050",
          expectedVersion: (await admin.catalogAdmin.service({ code: "HZ050" })).version,
          config: {
            version: 1,
            kind: "source",
            source: "household_record",
            maintainer: "station",
            sensitive: false,
            nextSteps: {},
          },
        }),
      );
      expect(plain.domainCode).toBe("BAD_INPUT");
      expect(
        (await refusal(admin.catalogAdmin.updateQueryConfig({ code: "JJ039", expectedVersion: 1, config }))).domainCode,
      ).toBe("BAD_INPUT");
    });
  });
});
