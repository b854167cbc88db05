import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoSessionUser, demoUserRow } from "@/server/accounts/test-accounts";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { GET } = await import("./route");

const h = routeTestDb();

async function signIn(key: DemoAccountKey) {
  const user = await demoSessionUser(h.db, key);
  signInAs(user);
  return user;
}

const get = (query: string) => GET(new Request(`http://localhost/api/admin/audit/export?${query}`));

beforeAll(async () => {
  const officer = await demoUserRow(h.db, "stationOfficer");
  await h.db.insert(auditLog).values([
    {
      action: "citizen.lookup",
      actorId: officer.id,
      actorRole: "station_officer",
      actorOrgUnitId: officer.orgUnitId,
      targetType: "user",
      targetId: "=cmd()",
      at: new Date("2026-04-01T09:00:00+08:00"),
      details: { idNumber: "410105********1234" },
    },
    {
      action: "citizen.lookup",
      actorId: officer.id,
      actorRole: "station_officer",
      actorOrgUnitId: officer.orgUnitId,
      at: new Date("2026-04-02T09:00:00+08:00"),
    },
  ]);
});

describe("GET /api/admin/audit/export", () => {
  it("gives an admin the filtered entries as CSV, masked, formula-safe, in China time, and records the export", async () => {
    const admin = await signIn("admin");
    const res = await get("action=citizen.lookup&from=2026-04-01&to=2026-04-01");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const [header, row, ...rest] = (await res.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe("时间,操作人,账号,岗位,单位,操作,操作代码,对象类型,对象编号,结果,详情,IP 地址");
    expect(row).toBe(
      `2026-04-01 09:00:00,刘*华,41*****01,派出所民警,花园路派出所,查询群众信息,citizen.lookup,user,'=cmd(),ok,"{""idNumber"":""410105********1234""}",`,
    );
    expect(rest).toEqual([""]);
    const [entry] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "audit.exported"), eq(auditLog.actorId, admin.id)));
    expect(entry).toMatchObject({
      outcome: "ok",
      details: { action: "citizen.lookup", from: "2026-04-01", rows: 1, truncated: false },
    });
  });

  it("refuses officers (and records the attempt), strangers and malformed filters", async () => {
    const officer = await signIn("stationOfficer");
    expect((await get("")).status).toBe(403);
    const [denied] = await h.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "audit.exported"), eq(auditLog.actorId, officer.id)));
    expect(denied).toMatchObject({ outcome: "denied" });
    signInAs(null);
    expect((await get("")).status).toBe(401);
    await signIn("admin");
    expect((await get("from=yesterday")).status).toBe(400);
  });
});
