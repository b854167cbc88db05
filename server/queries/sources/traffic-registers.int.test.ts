import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { drivingExamResults } from "@/db/schema";
import { demoSessionUser, demoUserRow } from "@/server/accounts/test-accounts";
import type { SessionUser } from "@/server/accounts/session-user";
import type { QueryOutcome } from "@/server/queries/run-query";
import { callerAs, type Who } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
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
const view = async (who: Who, code: string, on: Db = db) => {
  const outcome: QueryOutcome = await callerAs(on, who, { ip: `198.51.100.${++ipSerial}` }).queries.run({
    code,
    input: {},
  });
  if (outcome.kind !== "result") throw new Error("expected a result, got a confirmation request");
  return outcome.view;
};
const field = (record: { fields: { label: string; value: string }[] }, label: string) =>
  record.fields.find((f) => f.label === label)?.value;

describe("queries: driving test results (JJ024)", () => {
  it("shows 科目二 failed then passed, and the booking of 科目三 as the next step", async () => {
    const { records } = await view(spare, "JJ024");
    const [summary, ...subjects] = records;
    expect(summary!.title).toBe("B2 驾驶人考试");
    expect(summary!.state).toMatchObject({ label: "下一科目：科目三", tone: "neutral" });
    expect(field(summary!, "已合格科目")).toBe("科目一、科目二");
    expect(summary!.actions.map((a) => a.href)).toEqual(["/appointments/book?service=JJ023"]);
    expect(subjects.map((s) => s.title)).toEqual(["科目一", "科目二"]);
    const site = subjects[1]!;
    expect(site.state).toMatchObject({ label: "合格", tone: "ok" });
    expect(field(site, "最近成绩")).toBe("88");
    expect(field(site, "考试次数")).toBe("2");
    expect(site.timeline!.map((e) => e.label)).toEqual(["第 2 次：88 分，合格", "第 1 次：72 分，不合格"]);
    expect(field(subjects[0]!, "最近成绩")).toBe("96");
  });

  it("a failed latest attempt asks for attention, explains the retake and offers the booking", async () => {
    await inRolledBack(db, async (tx) => {
      const residentId = (await demoUserRow(tx, "spareCitizen")).residentId!;
      const road = { residentId, licenceClass: "B2", venue: "郑州市东三环驾驶人考试场", attempt: 1 };
      await tx
        .insert(drivingExamResults)
        .values({ ...road, subject: "road", examDate: "2030-01-01", score: 70, passed: false });
      const [summary, , , roadRecord] = (await view(spare, "JJ024", tx)).records;
      expect(summary!.state).toMatchObject({ label: "科目三未合格", tone: "attention" });
      expect(summary!.state!.meaning).toContain("不得超过 5 次");
      expect(summary!.actions.map((a) => a.href)).toEqual(["/appointments/book?service=JJ023"]);
      expect(roadRecord!.state).toMatchObject({ label: "不合格", tone: "attention" });
    });
  });

  it("all four subjects passed: waiting for the licence, no booking", async () => {
    await inRolledBack(db, async (tx) => {
      const residentId = (await demoUserRow(tx, "spareCitizen")).residentId!;
      const passed = { residentId, licenceClass: "B2", venue: "郑州市东三环驾驶人考试场", attempt: 1, passed: true };
      await tx.insert(drivingExamResults).values([
        { ...passed, subject: "road", examDate: "2030-01-01", score: 92 },
        { ...passed, subject: "safety", examDate: "2030-01-01", score: 94 },
      ]);
      const [summary] = (await view(spare, "JJ024", tx)).records;
      expect(summary!.state).toMatchObject({ label: "考试已全部合格，等待制证", tone: "ok" });
      expect(summary!.actions).toEqual([]);
    });
  });

  it("says so when there are no results, and refuses a visitor", async () => {
    const { records, emptyText } = await view(citizen, "JJ024");
    expect(records).toEqual([]);
    expect(emptyText).toBe("未查询到您的驾驶人考试记录。");
    expect((await refusal(view(null, "JJ024"))).code).toBe("UNAUTHORIZED");
  });
});

describe("queries: held vehicles and documents (JJ051)", () => {
  it("shows the held 行驶证 first with what to bring and where, then the returned licence", async () => {
    const { records } = await view(spare, "JJ051");
    expect(records.map((r) => [r.title, r.state?.label, r.state?.tone])).toEqual([
      ["机动车行驶证", "暂扣中", "attention"],
      ["驾驶证", "已退还", "neutral"],
    ]);
    const [held, released] = records;
    expect(field(held!, "领取须携带")).toContain("身份证、检验合格证明");
    expect(field(held!, "保管单位")).toBe("郑州市公安局交通警察支队车辆管理所");
    expect(held!.state!.meaning).toContain("检验合格证明");
    expect(field(held!, "暂扣原因")).toContain("未按规定检验");
    expect(held!.actions).toEqual([{ label: "处理交通违法", href: "/traffic/violations" }]);
    expect(released!.actions).toEqual([]);
    expect(field(released!, "退还日期")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("says so when nothing is held, and refuses a visitor", async () => {
    const { records, emptyText } = await view(citizen, "JJ051");
    expect(records).toEqual([]);
    expect(emptyText).toBe("未查询到被暂扣的车辆或证件。");
    expect((await refusal(view(null, "JJ051"))).code).toBe("UNAUTHORIZED");
  });
});
