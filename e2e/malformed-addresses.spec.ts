import { expect, test } from "@playwright/test";

// Next.js decodes dynamic segments and answered these with 500; the proxy refuses them first.
test.describe("addresses whose percent-encoding does not decode", () => {
  for (const path of [
    "/verify/%E0%A4%A",
    "/services/%E0%A4%A",
    "/api/blob/%E0%A4%A",
    "/api/trpc/%E0%A4%A",
    "/traffic/accident/%E0%A4%A",
  ]) {
    test(`${path} is a bad request with a localised message, not a server error`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(400);
      expect(await response.text()).toBe("网址有误（含无法识别的编码），请检查后重新输入。");
    });
  }

  test("the message follows the chosen language, and a malformed language cookie changes nothing", async ({
    request,
  }) => {
    const english = await request.get("/verify/%E0%A4%A", { headers: { cookie: "NEXT_LOCALE=en" } });
    expect(await english.text()).toContain("This web address is malformed");
    const page = await request.get("/services", { headers: { cookie: "NEXT_LOCALE=%E0%A4%A" } });
    expect(page.status()).toBe(200);
    const health = await request.get("/api/trpc/system.health", { headers: { cookie: "NEXT_LOCALE=%E0%A4%A" } });
    expect(health.status()).toBe(200);
  });

  test("well-formed addresses still reach their pages and files", async ({ request }) => {
    expect((await request.get("/verify/NOSUCHCODE")).status()).toBe(200);
    expect((await request.get("/manifest.webmanifest")).status()).toBe(200);
  });
});
