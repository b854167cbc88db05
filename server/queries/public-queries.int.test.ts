import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, guardCertificates, lostFoundItems, orgUnits } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { listWhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import { encryptPii, hashPii } from "@/server/crypto/pii";
import { demoAccount } from "@/server/seed/demo-accounts";
import { publicQueryDemo } from "@/server/seed/public-query-registers";
import { callerAsDemo } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { latestSmsCode } from "@/test/sms-code";
import { refusal } from "@/test/refusal";
import { queryRules } from "./query-rules";

/**
 * The access rules of the public, own-data and family queries, through the engine as a request meets them:
 * public registers without signing in (and rate-limited), family data only for the family the register
 * names (after an SMS confirmation), and every answer that shows someone's data audited under them.
 */
let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
/** What a sensitive query answered the demo citizen before any confirmation. */
let beforeConfirming: string;
/** The demo citizens, each having confirmed one SMS code: it covers their sensitive queries for a few minutes. */
let citizen: Awaited<ReturnType<typeof callerAsDemo>>;
let spare: Awaited<ReturnType<typeof callerAsDemo>>;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const unconfirmed = await callerAsDemo(db, "citizen", { ip: "203.0.113.21" });
  beforeConfirming = (
    await unconfirmed.queries.run({
      code: "JS005",
      input: { detaineeName: publicQueryDemo.detainee.name, detaineeIdNumber: publicQueryDemo.detainee.idNumber },
    })
  ).kind;
  citizen = await confirmAs("citizen", "JS005", "203.0.113.21");
  spare = await confirmAs("spareCitizen", "JD010", "203.0.113.22");
});
afterAll(async () => h?.close());

async function confirmAs(key: "citizen" | "spareCitizen", code: string, ip: string) {
  const caller = await callerAsDemo(db, key, { ip });
  await caller.queries.sendConfirmCode({ code });
  const smsCode = await latestSmsCode(db, demoAccount(key).login, "query_confirm_code");
  await caller.queries.confirm({ code, smsCode });
  return caller;
}

const auditOf = (action: string) =>
  db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id));

describe("public registers", () => {
  it("answer without signing in, audited with no actor and nobody's data", async () => {
    const anonymous = await callerAsDemo(db, null, { ip: "203.0.113.10" });
    const outcome = await anonymous.queries.run({ code: "ZA036", input: { keyword: "花园路" } });
    expect(outcome.kind).toBe("result");
    if (outcome.kind !== "result") return;
    expect(outcome.view.records.some((r) => r.title.includes(publicQueryDemo.lostItem.description))).toBe(true);
    const [entry] = await auditOf("query.public.ZA036");
    expect(entry).toMatchObject({ actorId: null, subjectIdHash: null, outcome: "ok" });
  });

  it("share one rate limit per address across services", async () => {
    const ip = "203.0.113.77";
    const anonymous = await callerAsDemo(db, null, { ip });
    for (let i = 0; i < queryRules.publicPerWindow; i++) {
      await anonymous.queries.run({
        code: i % 2 ? "ZH012" : "WA007",
        input: i % 2 ? { policeNumber: "105001", name: "刘建华" } : { value: "17083215566" },
      });
    }
    const refused = await refusal(anonymous.queries.run({ code: "HZ041", input: { name: "张明" } }));
    expect(refused.domainCode).toBe("RATE_LIMITED");
    const elsewhere = await callerAsDemo(db, null, { ip: "203.0.113.78" });
    expect((await elsewhere.queries.run({ code: "HZ041", input: { name: "张明" } })).kind).toBe("result");
  });

  it("refuse bad input with the field's own message, changing nothing", async () => {
    const anonymous = await callerAsDemo(db, null, { ip: "203.0.113.11" });
    const refused = await refusal(
      anonymous.queries.run({ code: "ZH012", input: { policeNumber: "12ab", name: "刘" } }),
    );
    expect(refused.domainCode).toBe("BAD_INPUT");
    expect(refused.fields.policeNumber).toBe("form.policeNumber");
  });

  it("show a guard's certificate check in the guard's own 'who looked at my data'", async () => {
    const citizen = await demoUserRow(db, "citizen");
    const [city] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "410100"));
    await db.insert(guardCertificates).values({
      certificateNumber: "41012025009999",
      holderName: citizen.name,
      holderIdHash: citizen.idNumberHash!,
      holderIdEnc: encryptPii(demoAccount("citizen").idNumber!),
      orgUnitId: city!.id,
      issuedOn: "2025-01-10",
    });
    const before = await listWhoLookedAtMe(db, { userId: citizen.id });
    const anonymous = await callerAsDemo(db, null, { ip: "203.0.113.12" });
    await anonymous.queries.run({
      code: "ZA043",
      input: { certificateNumber: "41012025009999", holderName: citizen.name },
    });
    const after = await listWhoLookedAtMe(db, { userId: citizen.id });
    expect(after.total).toBeGreaterThan(before.total);
    expect(after.entries[0]?.purpose).toBe("publicQuery");
  });
});

describe("family registers", () => {
  const detainee = publicQueryDemo.detainee;
  const custodyInput = { detaineeName: detainee.name, detaineeIdNumber: detainee.idNumber };

  it("need a signed-in citizen", async () => {
    const anonymous = await callerAsDemo(db, null, { ip: "203.0.113.20" });
    expect((await refusal(anonymous.queries.run({ code: "JS005", input: custodyInput }))).code).toBe("UNAUTHORIZED");
  });

  it("ask the family for an SMS confirmation first, then show the person to the family the notice named", async () => {
    expect(beforeConfirming).toBe("confirm");
    const outcome = await citizen.queries.run({ code: "JS005", input: custodyInput });
    expect(outcome.kind).toBe("result");
    if (outcome.kind !== "result") return;
    expect(JSON.stringify(outcome.view.records)).toContain("郑州市第一看守所");
    expect(outcome.view.records[0]!.actions[0]!.href).toBe("/appointments/book?service=JS002");
    const [entry] = await auditOf("query.family.JS005");
    expect(entry?.subjectIdHash).toBe(hashPii("id", detainee.idNumber));
    expect(entry?.actorId).toBe((await demoUserRow(db, "citizen")).id);
  });

  it("refuse someone the register does not name, and write no read under the person", async () => {
    const before = (await auditOf("query.family.JD010")).length;
    const refused = await refusal(
      spare.queries.run({
        code: "JD010",
        input: {
          subjectName: publicQueryDemo.treatmentSubject.name,
          subjectIdNumber: publicQueryDemo.treatmentSubject.idNumber,
        },
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(await auditOf("query.family.JD010")).toHaveLength(before);
  });
});

describe("own registers", () => {
  it("file the asker's own read under them (WA008, after confirmation)", async () => {
    const outcome = await citizen.queries.run({ code: "WA008", input: {} });
    expect(outcome.kind).toBe("result");
    const [entry] = await auditOf("query.own.WA008");
    expect(entry?.subjectIdHash).toBe((await demoUserRow(db, "citizen")).idNumberHash);
  });
});

describe("the lost-and-found desk feeds the public search", () => {
  it("an item a station officer records is found at once by anyone; once returned it is gone", async () => {
    const officer = await callerAsDemo(db, "stationOfficer", { ip: "203.0.113.40" });
    const recorded = await officer.lostFound.record({
      category: "bag",
      description: "灰色格子行李箱",
      identifyingMarks: "箱内有一件蓝色工作服",
      foundPlace: "花园路地铁站B口",
      foundOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    });
    expect(recorded.itemNumber).toMatch(/^SL41010501\d{8}$/);
    const anonymous = await callerAsDemo(db, null, { ip: "203.0.113.41" });
    const search = async () => {
      const outcome = await anonymous.queries.run({ code: "ZA036", input: { keyword: "行李箱" } });
      return outcome.kind === "result" ? outcome.view.records : [];
    };
    const found = await search();
    expect(found.map((r) => r.subtitle)).toEqual([`招领编号 ${recorded.itemNumber}`]);
    expect(JSON.stringify(found)).not.toContain("工作服");

    await officer.lostFound.returnItem({
      itemId: recorded.id,
      claimantName: demoAccount("citizen").name,
      claimantIdNumber: demoAccount("citizen").idNumber!,
    });
    expect(await search()).toEqual([]);
    const [row] = await db.select().from(lostFoundItems).where(eq(lostFoundItems.id, recorded.id));
    expect(row?.status).toBe("returned");
  });
});
