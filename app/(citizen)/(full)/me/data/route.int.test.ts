import { describe, expect, it, vi } from "vitest";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { GET } = await import("./route");

const h = routeTestDb();

const get = () => GET(new Request("http://localhost/me/data"));

describe("GET /me/data", () => {
  it("gives a citizen their data as a JSON file to save", async () => {
    signInAs(await demoSessionUser(h.db, "citizen"));
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="jingmin-my-data-\d{8}\.json"$/);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(JSON.parse(await res.text())).toBeTypeOf("object");
  });

  it("answers 401 to a visitor and 403 to staff, with nothing in the body", async () => {
    const visitor = await get();
    expect(visitor.status).toBe(401);
    expect(await visitor.text()).toBe("");
    signInAs(await demoSessionUser(h.db, "stationOfficer"));
    const officer = await get();
    expect(officer.status).toBe(403);
    expect(await officer.text()).toBe("");
    expect(officer.headers.get("cache-control")).toContain("no-store");
  });
});
