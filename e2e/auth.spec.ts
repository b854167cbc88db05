import { expect, test } from "@playwright/test";
import { generateSync } from "otplib";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { fillStaffSignIn, freshTotp, signInCitizen, signInStaff } from "./support/sign-in";

const signOut = (page: import("@playwright/test").Page) => page.getByRole("button", { name: "退出登录" }).first();

test.describe("sign-in for every demo role", () => {
  test("citizen: phone + password, back to the portal signed in @phone", async ({ page }) => {
    const response = await page.goto("/login");
    expect(response?.headers()["cache-control"]).toContain("no-store");
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    await signInCitizen(page);
    await expect(page).toHaveURL(/\/$/);
    // On a phone the header menu is collapsed: open it as a person would.
    const menu = page.getByRole("button", { name: "打开菜单" });
    if (await menu.isVisible()) await menu.click();
    await expect(signOut(page)).toBeVisible();
    await expect(page.getByText(/当前用户：/)).toBeVisible();
  });

  const staff: [DemoAccountKey, string][] = [
    ["stationOfficer", "/dashboard"],
    ["countyApprover", "/dashboard"],
    ["windowOfficer", "/dashboard"],
    ["trafficOfficer", "/dashboard"],
    ["insurer", "/dashboard"],
    ["admin", "/admin"],
  ];
  for (const [key, home] of staff) {
    test(`${key}: account + password + TOTP, lands on ${home}`, async ({ page }) => {
      await signInStaff(page, key);
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(demoAccount(key).name).first()).toBeVisible();
    });
  }

  test("signing out ends the session", async ({ page }) => {
    await signInStaff(page, "windowOfficer");
    await signOut(page).click();
    await expect(page).toHaveURL(/\/staff\/login$/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/staff\/login\?next=%2Fdashboard$/);
  });
});

test.describe("who may open what", () => {
  test("anonymous visitors are sent to the right sign-in page and come back after signing in", async ({ page }) => {
    await page.goto("/me");
    await expect(page).toHaveURL(/\/login\?next=%2Fme$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/staff\/login\?next=%2Fadmin$/);
    await page.goto("/dashboard?tab=queue");
    await expect(page).toHaveURL(/\/staff\/login\?next=%2Fdashboard%3Ftab%3Dqueue$/);
    await fillStaffSignIn(page, {
      account: demoAccount("trafficOfficer").login,
      password: demoAccount("trafficOfficer").password,
      totp: await freshTotp(demoAccount("trafficOfficer").totpSecret as string),
    });
    await expect(page).toHaveURL(/\/dashboard\?tab=queue$/);
  });

  test("a citizen is refused the dashboard and the admin console", async ({ page }) => {
    await signInCitizen(page);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("heading", { level: 1, name: "无权访问" })).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByRole("link", { name: "返回首页" })).toBeVisible();
  });

  test("an officer is refused the admin console", async ({ page }) => {
    await signInStaff(page, "stationOfficer");
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/forbidden$/);
    await expect(page.getByText("您当前登录的账号没有访问该页面的权限")).toBeVisible();
  });

  test("a sign-in link cannot send the user to another site", async ({ page }) => {
    await signInCitizen(page, "//evil.example/steal");
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
});

test("5 wrong passwords lock a staff account for 10 minutes", async ({ page }) => {
  const officer = demoAccount("luoyangStationOfficer");
  await page.goto("/staff/login");
  const alert = page.getByRole("alert").filter({ hasText: /错误|锁定/ });
  for (let i = 1; i <= 4; i++) {
    await fillStaffSignIn(page, { account: officer.login, password: `wrong-${i}`, totp: "000000" });
    await expect(alert).toHaveText("账号、密码或动态口令错误。");
    await expect(page.getByLabel("警号 / 账号")).toHaveValue(officer.login);
  }
  await fillStaffSignIn(page, { account: officer.login, password: "wrong-5", totp: "000000" });
  await expect(alert).toHaveText("登录失败次数过多，账号已锁定，请于 10 分钟后再试。");
  // The right password and code do not help while the lock lasts.
  await fillStaffSignIn(page, {
    account: officer.login,
    password: officer.password,
    totp: await freshTotp(officer.totpSecret as string),
  });
  await expect(alert).toContainText("账号已锁定");
  await expect(page).toHaveURL(/\/staff\/login/);
});

test("a new officer binds an authenticator, then signs in with it", async ({ page }) => {
  const officer = demoAccount("newOfficer");
  await page.goto("/staff/login");
  await fillStaffSignIn(page, { account: officer.login, password: officer.password, totp: "123456" });
  await expect(page.getByRole("alert").filter({ hasText: "尚未绑定动态口令" })).toBeVisible();

  await page.getByRole("link", { name: "首次登录，绑定动态口令" }).click();
  await expect(page).toHaveURL(/\/staff\/totp-setup$/);
  await page.getByLabel("警号 / 账号").fill(officer.login);
  await page.getByLabel("密码", { exact: true }).fill(officer.password);
  await page.getByRole("button", { name: "下一步" }).click();

  await expect(page.getByRole("img", { name: "动态口令二维码" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  await page.getByLabel("身份验证器显示的 6 位动态口令").fill("000000");
  await page.getByRole("button", { name: "完成绑定" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "动态口令不正确" })).toBeVisible();

  await page.getByLabel("身份验证器显示的 6 位动态口令").fill(await freshTotp(secret));
  await page.getByRole("button", { name: "完成绑定" }).click();
  await expect(page).toHaveURL(/\/staff\/login\?enrolled=1$/);
  await expect(page.getByText("动态口令绑定成功")).toBeVisible();

  await fillStaffSignIn(page, { account: officer.login, password: officer.password, totp: await freshTotp(secret) });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(officer.name).first()).toBeVisible();
});

test("a citizen signs in with an SMS code read from the dev inbox", async ({ page, context }) => {
  const citizen = demoAccount("citizen");
  await page.goto("/login");
  await page.getByRole("link", { name: "短信验证码登录" }).click();
  await expect(page).toHaveURL(/method=sms/);
  await page.getByLabel("手机号码").fill(citizen.login);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "如该号码已注册" })).toBeVisible();
  await expect(page.getByRole("button", { name: /秒后可重新获取/ })).toBeDisabled();

  const inbox = await context.newPage();
  await inbox.goto("/dev/sms");
  const newest = inbox.getByTestId("sms-text").first();
  await expect(newest).toContainText("登录验证码");
  const code = (await newest.innerText()).match(/\d{6}/)?.[0];
  expect(code).toBeTruthy();
  await inbox.close();

  await page.getByLabel("短信验证码").fill(code as string);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(signOut(page)).toBeVisible();
});

test("the demo TOTP page shows each staff account's current code", async ({ page }) => {
  await page.goto("/dev/totp");
  const card = page.locator(`[data-account="${demoAccount("admin").login}"]`);
  const shown = await card.getByTestId("totp-code").innerText();
  const secret = demoAccount("admin").totpSecret as string;
  const now = Math.floor(Date.now() / 1000);
  expect([now - 30, now, now + 30].map((epoch) => generateSync({ secret, epoch }))).toContain(shown);
});
