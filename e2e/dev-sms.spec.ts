import { expect, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";

/**
 * The SMS path on the embedded defaults, end to end: a code is queued, the in-process job runner
 * delivers it through the outbox provider, and the dev inbox shows it without a reload.
 */
test("the dev SMS inbox receives a delivered code by itself and filters by phone", async ({ page, request }) => {
  test.setTimeout(150_000);
  const citizen = demoAccount("citizen");
  const masked = `${citizen.login.slice(0, 3)}****${citizen.login.slice(-4)}`;

  await page.goto(`/dev/sms?phone=${citizen.login}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("短信收件箱（开发工具）");
  const before = await page.getByTestId("sms-text").count();

  // Another spec may have asked for a code for this phone moments ago: wait out its 60 s cooldown.
  await expect
    .poll(
      async () =>
        (
          await request.post("/api/trpc/account.requestSignInCode", {
            data: { json: { phone: citizen.login } },
            // As the site's own page would send it: mutations from anywhere else are refused.
            headers: { "sec-fetch-site": "same-origin" },
          })
        ).status(),
      { timeout: 90_000, intervals: [10_000] },
    )
    .toBe(200);

  const items = page.getByRole("listitem");
  await expect(page.getByTestId("sms-text")).toHaveCount(before + 1, { timeout: 20_000 });
  const newest = items.first();
  await expect(newest.getByTestId("sms-text")).toHaveText(/^【河南警民通】您的登录验证码为\d{6}，5分钟内有效/);
  await expect(newest.getByText("已送达")).toBeVisible();
  await expect(newest.getByText("登录验证码", { exact: true })).toBeVisible();
  await expect(newest.getByRole("heading", { name: masked })).toBeVisible();

  await page.getByLabel("按手机号筛选").fill("13900000000");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/phone=13900000000/);
  await expect(page.getByText("发往该手机号的短信还没有。")).toBeVisible();

  await page.getByLabel("按手机号筛选").fill("139");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "请输入正确的 11 位手机号。" })).toBeVisible();
});

test("background functions and stored files are not reachable from outside on the embedded defaults", async ({
  request,
}) => {
  // The in-process runner executes the functions: nobody can register or invoke them over HTTP.
  expect((await request.get("/api/inngest")).status()).toBe(404);
  expect((await request.post("/api/inngest", { data: {} })).status()).toBe(404);

  const blob = await request.get("/api/blob/6f1c1f0e-0000-4000-8000-000000000000");
  expect(blob.status()).toBe(401);
  expect(blob.headers()["x-content-type-options"]).toBe("nosniff");
  expect(blob.headers()["cache-control"]).toBe("private, no-store");
});
