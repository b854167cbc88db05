import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { orgUnits } from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { GET } = await import("./route");

const h = routeTestDb();

async function signIn(key: DemoAccountKey) {
  signInAs(await demoSessionUser(h.db, key));
}

const get = (query: string) => GET(new Request(`http://localhost/api/metrics/export?${query}`));
const unitId = async (code: string) =>
  (await h.db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code)))[0]?.id;

describe("GET /api/metrics/export", () => {
  it("gives a supervisor their unit's days as CSV rows, one column per series", async () => {
    await signIn("stationSupervisor");
    const res = await get("from=2026-01-01&to=2026-01-03");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="metrics-41010501-2026-01-01-2026-01-03.csv"',
    );
    const lines = (await res.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("日期,受理申请,作出决定,办结,作废,逾期失效,超时事项");
    expect(lines.slice(1)).toEqual(["2026-01-01,0,0,0,0,0,0", "2026-01-02,0,0,0,0,0,0", "2026-01-03,0,0,0,0,0,0", ""]);
  });

  it("refuses a unit outside the supervisor's subtree, officers, strangers and bad dates", async () => {
    await signIn("stationSupervisor");
    expect((await get(`from=2026-01-01&to=2026-01-03&unit=${await unitId("410105")}`)).status).toBe(403);
    expect((await get("from=2026-01-03&to=2026-01-01")).status).toBe(400);
    expect((await get("from=yesterday&to=2026-01-01")).status).toBe(400);
    await signIn("stationOfficer");
    expect((await get("from=2026-01-01&to=2026-01-03")).status).toBe(403);
    signInAs(null);
    expect((await get("from=2026-01-01&to=2026-01-03")).status).toBe(401);
  });
});
