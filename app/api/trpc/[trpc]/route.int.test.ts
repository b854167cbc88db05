import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { testPhone } from "@/server/cases/test-cases";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { GET, POST } = await import("./route");

const h = routeTestDb();
let citizen: SessionUser;
beforeAll(async () => {
  citizen = await demoSessionUser(h.db, "citizen");
});

const base = "http://localhost:3000/api/trpc";

describe("/api/trpc", () => {
  it("marks the signed-in citizen's profile and data export private, never stored", async () => {
    signInAs(citizen);
    for (const path of ["me.profile", "me.exportData"]) {
      const response = await GET(new Request(`${base}/${path}`, { headers: { "sec-fetch-site": "same-origin" } }));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
  });

  it("refuses a batch of more than 10 calls with a localised 400", async () => {
    const paths = Array.from({ length: 11 }, () => "system.health").join(",");
    const input = encodeURIComponent(JSON.stringify({}));
    const response = await GET(
      new Request(`${base}/${paths}?batch=1&input=${input}`, { headers: { cookie: "NEXT_LOCALE=zh-CN" } }),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { message: string } };
    expect(body.error.message).toBe("一次请求包含的操作过多（最多 10 个），请刷新页面后重试。");
    const ten = Array.from({ length: 10 }, () => "system.health").join(",");
    expect((await GET(new Request(`${base}/${ten}?batch=1&input=${input}`))).status).toBe(200);
  });

  it("runs a mutation only for our own pages: another site's or an unmarked post gets 403", async () => {
    const body = JSON.stringify({ json: { phone: testPhone() } });
    const post = (headers: Record<string, string>) =>
      POST(
        new Request(`${base}/account.requestSignInCode`, {
          method: "POST",
          body,
          headers: { "content-type": "application/json", ...headers },
        }),
      );
    expect((await post({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ host: "localhost:3000", origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ host: "localhost:3000" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await post({ host: "localhost:3000", origin: "http://localhost:3000" })).status).toBe(429);
  });
});
