import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db, Tx } from "@/db/client";
import { borderCrossings, caseNodes, cases, guardCertificates, residents, users } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { translator } from "@/server/i18n/translate";
import { demoAccount } from "@/server/seed/demo-accounts";
import { firstCitiesPopulation } from "@/server/seed/population";
import { publicQueryDemo } from "@/server/seed/public-query-registers";
import { demoCase } from "@/server/seed/demo-case";
import { createTestDb } from "@/test/db";
import { inRolledBack } from "@/test/rolled-back";
import { refusal } from "@/test/refusal";
import { publicQuerySources } from "../public-query-sources";
import type { QueryAsker, QueryResult } from "../query-source";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizen: QueryAsker;
let lawyer: QueryAsker;
let stranger: QueryAsker;

const tr = translator("zh-CN");

/** Runs a source as the engine would: its input schema first, then run in a read-only context. */
async function ask(key: string, input: Record<string, unknown>, asker: QueryAsker | null, tx: Db | Tx = db) {
  const source = publicQuerySources[key];
  if (!source) throw new Error(`no source ${key}`);
  const parsed = source.input.parse(input);
  return source.run(
    {
      tx: tx as Tx,
      now: new Date(),
      locale: "zh-CN",
      t: (k, v) => tr(k as never, v as never),
      asker,
      serviceCode: "TEST",
    },
    parsed,
  );
}

const shown = (r: QueryResult) => JSON.stringify(r.records);
const states = (r: QueryResult) => r.records.map((x) => x.state?.label);

async function askerOf(key: "citizen" | "spareCitizen"): Promise<QueryAsker> {
  const row = await demoUserRow(db, key);
  return { userId: row.id, residentId: row.residentId!, idNumberHash: row.idNumberHash! };
}

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizen = await askerOf("citizen");
  lawyer = await askerOf("spareCitizen");
  // A resident with no account, in no register row of the demo family: the stranger.
  const someone = firstCitiesPopulation[7]!.members[0]!;
  const [resident] = await db
    .select({ id: residents.id })
    .from(residents)
    .where(eq(residents.idNumberHash, hashPii("id", someone.idNumber)));
  const [account] = await db.select({ id: users.id }).from(users).limit(1);
  stranger = { userId: account!.id, residentId: resident!.id, idNumberHash: hashPii("id", someone.idNumber) };
});
afterAll(async () => h?.close());

describe("every source of this set", () => {
  it("has an input schema that accepts the fields it declares and refuses unknown keys", () => {
    for (const source of Object.values(publicQuerySources)) {
      expect(() => source.input.parse({ unexpected: "x" }), source.key).toThrow();
    }
  });
});

describe("ZA036 found items (public)", () => {
  it("finds the demo station's phone by place words, with where to claim it and never its marks", async () => {
    const r = await ask("found_items", { category: "phone", from: "", to: "", keyword: "花园路" }, null);
    const phone = r.records.find((x) => x.title.includes(publicQueryDemo.lostItem.description));
    expect(phone?.fields.map((f) => f.value)).toContain("花园路派出所");
    expect(shown(r)).not.toContain("锁屏壁纸");
    expect(r.subjects ?? []).toEqual([]);
  });

  it("does not show returned items, and filters by category and day", async () => {
    const all = await ask("found_items", {}, null);
    expect(all.records.length).toBeGreaterThan(3);
    const wallets = await ask("found_items", { category: "wallet" }, null);
    for (const rec of wallets.records) expect(rec.title.startsWith("钱包")).toBe(true);
    const future = await ask("found_items", { from: "2999-01-01" }, null);
    expect(future.records).toEqual([]);
    expect(future.emptyText).toBeTruthy();
    const returned = await db.execute(sql`select description from lost_found_items where status = 'returned' limit 1`);
    expect((returned as unknown as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
    for (const rec of all.records) expect(rec.state?.label).toBe("待认领");
  });

  it("refuses a day that is not a date", () => {
    expect(() => publicQuerySources.found_items!.input.parse({ from: "2026-13-40" })).toThrow();
  });
});

describe("ZH011 community officer (public)", () => {
  it("finds the officer of an address on the station's street, with the duty phone", async () => {
    const r = await ask("community_officer", { address: "金水区花园路 62 号院 3 号楼" }, null);
    expect(r.records.length).toBeGreaterThan(0);
    expect(r.records[0]!.subtitle).toBe("花园路派出所");
    expect(r.records[0]!.fields.map((f) => f.label)).toEqual(expect.arrayContaining(["社区民警", "警号", "值班电话"]));
  });

  it("answers an unknown address with an empty list that says what to do", async () => {
    const r = await ask("community_officer", { address: "火星基地一号" }, null);
    expect(r.records).toEqual([]);
    expect(r.emptyText).toContain("派出所");
  });
});

describe("ZH012 police card (public)", () => {
  const officer = demoAccount("stationOfficer");
  it("says valid for a demo officer's number and name, and nothing else", async () => {
    const r = await ask("police_card", { policeNumber: officer.login.slice(-6), name: officer.name }, null);
    expect(states(r)).toEqual(["证件有效"]);
    expect(r.records[0]!.fields).toEqual([]);
  });
  it("says invalid alike for a wrong name, a withdrawn card, a lost card and an unknown number", async () => {
    for (const input of [
      { policeNumber: officer.login.slice(-6), name: "王五" },
      { policeNumber: "019384", name: "李卫国" },
      { policeNumber: "027715", name: "孙晓军" },
      { policeNumber: "999999", name: officer.name },
    ]) {
      const r = await ask("police_card", input, null);
      expect(states(r), JSON.stringify(input)).toEqual(["未查到有效证件"]);
      expect(r.records[0]!.actions).toEqual([{ kind: "step", step: "complain" }]);
    }
  });
});

describe("HZ041 name count (public)", () => {
  it("gives the count of living people bearing the name, and only the count", async () => {
    const name = demoAccount("citizen").name;
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(residents)
      .where(and(eq(residents.name, name), eq(residents.status, "active")));
    const r = await ask("name_count", { name }, null);
    expect(r.records[0]!.fields).toEqual([{ label: "同名同姓人数", value: `${row!.n} 人` }]);
    expect(shown(r)).not.toMatch(/\d{17}[\dX]/);
  });
  it("counts nobody for a name nobody bears, and refuses what is not a name", async () => {
    const r = await ask("name_count", { name: "欧阳无此人" }, null);
    expect(states(r)).toEqual(["未查到同名同姓的人"]);
    expect(() => publicQuerySources.name_count!.input.parse({ name: "张3" })).toThrow();
  });
});

describe("ZA043 guard certificate (public)", () => {
  const valid = publicQueryDemo.guardCertificate;
  const revoked = publicQueryDemo.revokedGuardCertificate;
  it("says valid with the issuing bureau, masks the holder and names the holder as the audit subject", async () => {
    const r = await ask(
      "guard_certificate",
      { certificateNumber: valid.certificateNumber, holderName: valid.holderName },
      null,
    );
    expect(states(r)).toEqual(["有效"]);
    expect(shown(r)).toContain("郑州市公安局");
    expect(shown(r)).not.toContain(valid.holderName);
    expect(r.subjects).toHaveLength(1);
  });
  it("says revoked, expired, or not found (for a wrong name, telling nothing of the holder)", async () => {
    const rv = await ask(
      "guard_certificate",
      { certificateNumber: revoked.certificateNumber, holderName: revoked.holderName },
      null,
    );
    expect(states(rv)).toEqual(["已吊销"]);
    const wrong = await ask(
      "guard_certificate",
      { certificateNumber: valid.certificateNumber, holderName: "李四" },
      null,
    );
    expect(states(wrong)).toEqual(["未查到该证件"]);
    expect(wrong.subjects ?? []).toEqual([]);
    await inRolledBack(db, async (tx) => {
      await tx
        .update(guardCertificates)
        .set({ validUntil: "2020-01-01" })
        .where(eq(guardCertificates.certificateNumber, valid.certificateNumber));
      const expired = await ask(
        "guard_certificate",
        { certificateNumber: valid.certificateNumber, holderName: valid.holderName },
        null,
        tx,
      );
      expect(states(expired)).toEqual(["已过有效期"]);
      expect(expired.records[0]!.actions).toEqual([{ kind: "step", step: "apply" }]);
    });
  });
});

describe("WA011 internet filing (public)", () => {
  it("finds a filing by its number as printed in a footer, and by a link to the site", async () => {
    const byNumber = await ask(
      "internet_filing",
      { query: `豫公网安备${publicQueryDemo.filing.filingNumber}号` },
      null,
    );
    expect(states(byNumber)).toEqual(["备案有效"]);
    const byLink = await ask(
      "internet_filing",
      { query: `https://www.${publicQueryDemo.filing.domain}/shop?id=1` },
      null,
    );
    expect(byLink.records[0]!.title).toBe(byNumber.records[0]!.title);
  });
  it("masks an individual's name, shows a cancelled filing, and answers an unfiled site with what to do", async () => {
    const individual = await ask("internet_filing", { query: "xiaozhang-photo.cn" }, null);
    expect(shown(individual)).toContain("张*");
    expect(shown(individual)).not.toContain("张伟");
    const cancelled = await ask("internet_filing", { query: "41030302000492" }, null);
    expect(states(cancelled)).toEqual(["备案已注销"]);
    const unfiled = await ask("internet_filing", { query: "no-such-site.example" }, null);
    expect(unfiled.records).toEqual([]);
    expect((await refusal(ask("internet_filing", { query: "%%%" }, null))).domainCode).toBe("BAD_INPUT");
  });
});

describe("WA007 fraud check (public)", () => {
  it("flags a reported number however it is typed, with the scheme and what to do", async () => {
    const r = await ask("fraud_check", { value: `+86 170-8321-5566` }, null);
    expect(states(r)).toEqual(["高风险：已被标记为涉诈"]);
    expect(shown(r)).toContain("冒充公检法");
    expect(r.records[0]!.state!.meaning).toContain("96110");
  });
  it("flags a site by any link into it; a cleared or unknown one is 'not flagged', never 'safe'", async () => {
    const site = await ask("fraud_check", { value: `http://${publicQueryDemo.fraudHost}/refund?order=1` }, null);
    expect(states(site)).toEqual(["高风险：已被标记为涉诈"]);
    const cleared = await ask("fraud_check", { value: "13937100245" }, null);
    expect(states(cleared)).toEqual(["暂未发现涉诈标记"]);
    expect(cleared.records[0]!.state!.meaning).toContain("不代表");
    expect((await refusal(ask("fraud_check", { value: "not a link" }, null))).domainCode).toBe("BAD_INPUT");
  });
});

describe("JD005 precursor permit (public)", () => {
  it("shows a valid permit's company, chemical and quantity", async () => {
    const r = await ask("precursor_permit", { permitNumber: publicQueryDemo.precursorPermit }, null);
    expect(states(r)).toEqual(["有效"]);
    expect(shown(r)).toContain("河南中原精细化工有限公司");
    expect(shown(r)).toContain("24000 千克");
  });
  it("tells expired and revoked permits apart, and answers an unknown number", async () => {
    expect(states(await ask("precursor_permit", { permitNumber: "2025-J-410000-0093" }, null))).toEqual(["已过期"]);
    expect(states(await ask("precursor_permit", { permitNumber: "2026-j-410000-0011" }, null))).toEqual(["已撤销"]);
    expect((await ask("precursor_permit", { permitNumber: "2026-J-410000-9999" }, null)).records).toEqual([]);
  });
});

describe("own-data sources", () => {
  it("WA008 lists the asker's own lines only, each with what to do if it is not theirs", async () => {
    const mine = await ask("subscriber_lines", {}, citizen);
    expect(mine.records).toHaveLength(8);
    expect(shown(mine)).toContain("广东省东莞市");
    const theirs = await ask("subscriber_lines", {}, lawyer);
    expect(theirs.records).toHaveLength(2);
    expect(shown(theirs)).not.toContain("东莞");
    expect(publicQuerySources.subscriber_lines!.sensitive).toBe(true);
  });

  it("CR019 shows the asker's filing and what it means; someone not filed is told they need no consent", async () => {
    const filed = await ask("official_filing", {}, citizen);
    expect(states(filed)).toEqual(["已登记备案"]);
    const none = await ask("official_filing", {}, lawyer);
    expect(none.records).toEqual([]);
    expect(none.emptyText).toContain("无需单位意见");
  });

  it("CR037 verifies the asker's own crossing by its number, and another's number reads as unknown", async () => {
    const [crossing] = await db
      .select({ recordNumber: borderCrossings.recordNumber })
      .from(borderCrossings)
      .where(eq(borderCrossings.idNumberHash, citizen.idNumberHash))
      .limit(1);
    expect(crossing?.recordNumber).toBeTruthy();
    const mine = await ask("border_record", { recordNumber: crossing!.recordNumber }, citizen);
    expect(states(mine)).toEqual(["记录真实"]);
    const notMine = await ask("border_record", { recordNumber: crossing!.recordNumber }, lawyer);
    expect(notMine.records).toEqual([]);
  });

  it("AJ003 shows the receipt of the demo case to its party, and nothing to anyone else", async () => {
    const mine = await ask("case_receipts", {}, citizen);
    expect(mine.records.map((r) => r.subtitle)).toContain(demoCase.caseNumber);
    expect(mine.records[0]!.actions).toContainEqual({ kind: "link", label: "查看案件办理进度", href: "/cases/query" });
    expect((await ask("case_receipts", {}, stranger)).records).toEqual([]);
  });

  it("AJ008 says filed, or not filed with the way to ask for review", async () => {
    const filed = await ask("case_filing", {}, citizen);
    expect(states(filed)).toEqual(["已立案"]);
    // Read before the rolled-back transaction: PGlite has one connection, which the transaction holds.
    const officer = await demoUserRow(db, "stationOfficer");
    await inRolledBack(db, async (tx) => {
      const [theCase] = await tx.select({ id: cases.id }).from(cases).where(eq(cases.caseNumber, demoCase.caseNumber));
      await tx.delete(caseNodes).where(and(eq(caseNodes.caseId, theCase!.id), eq(caseNodes.kind, "filed")));
      await tx.insert(caseNodes).values({
        caseId: theCase!.id,
        kind: "not_filed",
        occurredOn: "2026-01-05",
        remark: "",
        recordedBy: officer.id,
      });
      const notFiled = await ask("case_filing", {}, citizen, tx);
      expect(states(notFiled)).toEqual(["不予立案"]);
      expect(notFiled.records[0]!.actions).toEqual([{ kind: "step", step: "supervision" }]);
    });
    expect((await ask("case_filing", {}, stranger)).records).toEqual([]);
  });

  it("JS012 shows the asker's deposits: one due for refund with how to collect it, one refunded", async () => {
    const r = await ask("bail_deposits", {}, citizen);
    expect(states(r).sort()).toEqual(["已退还", "待退还"].sort());
    expect((await ask("bail_deposits", {}, lawyer)).records).toEqual([]);
  });
});

describe("family and named-person sources", () => {
  const detainee = publicQueryDemo.detainee;
  const subject = publicQueryDemo.treatmentSubject;

  it("JS011 shows the notice to the family it named, filed under the detained person; others find none", async () => {
    const family = await ask("detention_notices", {}, citizen);
    expect(family.records).toHaveLength(1);
    expect(family.records[0]!.subtitle).toBe(publicQueryDemo.detentionNotice);
    expect(family.subjects).toEqual([hashPii("id", detainee.idNumber)]);
    // The lawyer is named on the detention, but not as the family to notify.
    expect((await ask("detention_notices", {}, lawyer)).records).toEqual([]);
    expect((await ask("detention_notices", {}, stranger)).records).toEqual([]);
  });

  it("JS005 tells the named family and the retained lawyer where the person is held, each with their next step", async () => {
    const input = { detaineeName: detainee.name, detaineeIdNumber: detainee.idNumber };
    const family = await ask("custody_info", input, citizen);
    expect(shown(family)).toContain("郑州市第一看守所");
    expect(family.records[0]!.actions).toEqual([{ kind: "step", step: "family_visit" }]);
    expect(family.subjects).toEqual([hashPii("id", detainee.idNumber)]);
    const counsel = await ask("custody_info", input, lawyer);
    expect(counsel.records[0]!.actions).toEqual([{ kind: "step", step: "lawyer_visit" }]);
  });

  it("JS005 refuses a stranger, a wrong name and a person not held alike", async () => {
    for (const [input, asker] of [
      [{ detaineeName: detainee.name, detaineeIdNumber: detainee.idNumber }, stranger],
      [{ detaineeName: "张三", detaineeIdNumber: detainee.idNumber }, citizen],
      [{ detaineeName: "王秀兰", detaineeIdNumber: demoAccount("citizen").idNumber! }, citizen],
    ] as const) {
      expect((await refusal(ask("custody_info", input, asker))).domainCode).toBe("FORBIDDEN");
    }
  });

  it("JD010 shows the measure to the family the decision named, and refuses anyone else", async () => {
    const input = { subjectName: subject.name, subjectIdNumber: subject.idNumber };
    const family = await ask("drug_treatment", input, citizen);
    expect(family.records[0]!.title).toBe("强制隔离戒毒");
    expect(family.records[0]!.actions).toEqual([{ kind: "step", step: "visit" }]);
    expect(family.subjects).toEqual([hashPii("id", subject.idNumber)]);
    expect((await refusal(ask("drug_treatment", input, lawyer))).domainCode).toBe("FORBIDDEN");
    expect((await refusal(ask("drug_treatment", input, stranger))).domainCode).toBe("FORBIDDEN");
  });

  it("AJ012 shows the lawyer's case with its stages by their certificate; another certificate or person is refused", async () => {
    const mine = await ask("lawyer_case", { certificateNumber: publicQueryDemo.lawyerCertificate }, lawyer);
    expect(mine.records[0]!.subtitle).toBe(publicQueryDemo.lawyerCase.caseNumber);
    expect(mine.records[0]!.timeline?.length).toBe(3);
    expect(mine.records[0]!.actions).toEqual([{ kind: "step", step: "lawyer_visit" }]);
    expect(mine.subjects).toEqual([hashPii("id", detainee.idNumber)]);
    const wrongCert = ask("lawyer_case", { certificateNumber: "14101201910328766" }, lawyer);
    expect((await refusal(wrongCert)).domainCode).toBe("FORBIDDEN");
    const notTheLawyer = ask("lawyer_case", { certificateNumber: publicQueryDemo.lawyerCertificate }, citizen);
    expect((await refusal(notTheLawyer)).domainCode).toBe("FORBIDDEN");
  });
});
