import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setDbHandle } from "@/db/client";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { createTestDb } from "@/test/db";

const signedIn = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/accounts/current-user", () => ({ currentUser: async () => signedIn.user }));

const { GET } = await import("./route");

let h: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  h = await createTestDb();
  setDbHandle(h);
});
afterAll(async () => {
  setDbHandle(undefined);
  await h?.close();
});
beforeEach(() => {
  signedIn.user = null;
});

const get = () => GET(new Request("http://localhost/me/data"));

describe("GET /me/data", () => {
  it("gives a citizen their data as a JSON file to save", async () => {
    signedIn.user = await demoSessionUser(h.db, "citizen");
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
    signedIn.user = await demoSessionUser(h.db, "stationOfficer");
    const officer = await get();
    expect(officer.status).toBe(403);
    expect(await officer.text()).toBe("");
    expect(officer.headers.get("cache-control")).toContain("no-store");
  });
});
