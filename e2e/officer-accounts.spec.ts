import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { fillStaffSignIn, freshTotp, signInStaff } from "./support/sign-in";

const citizenId = demoResidents.citizen.idNumber;
const maskedCitizenId = `${citizenId.slice(0, 6)}********${citizenId.slice(-4)}`;

async function expectNoSeriousA11yIssues(page: Page) {
  // After a client-side refresh the new <title> lands a moment after the content; axe must not read the gap.
  await expect(page).toHaveTitle(/\S/);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).first().click();
  await expect(page).toHaveURL(/\/staff\/login$/);
}

test("a window officer looks a citizen up by ID number, and the admin finds the read in the audit log", async ({
  page,
}) => {
  await signInStaff(page, "windowOfficer", "/dashboard");
  await page.getByRole("link", { name: "群众账号查询" }).click();
  await expect(page).toHaveURL(/\/dashboard\/citizens$/);
  await expect(
    page.getByRole("note").filter({ hasText: "户籍详情（户号、住址、家庭成员）仅显示您管辖范围" }),
  ).toContainText("花园路派出所");

  await page.getByLabel("居民身份证号码").fill(citizenId);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  const result = page.getByRole("region", { name: `查询结果：${maskedCitizenId}` });
  await expect(result).toBeVisible();
  await expect(result).toContainText("张*");
  await expect(result).toContainText("138****8000");
  await expect(result).toContainText("已实名认证");
  await expect(result).toContainText("未锁定");
  await expect(result.getByRole("table", { name: "家庭成员" })).toContainText("本人");
  // The page shows the person masked: the full ID number and phone appear nowhere in its text.
  const text = await page.locator("main").innerText();
  expect(text).not.toContain(citizenId);
  expect(text).not.toContain(demoAccount("citizen").login);
  await expectNoSeriousA11yIssues(page);

  await signOut(page);
  await signInStaff(page, "admin", "/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
  await page.getByLabel("操作类型").selectOption({ label: "查询群众信息" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/action=citizen\.lookup/);
  const lookup = page.locator('tr[data-audit-row="citizen.lookup"]').first();
  await expect(lookup).toContainText("陈* · 41*****02");
  await expect(lookup).toContainText(maskedCitizenId);

  // By person: the ID number is typed, but only its audit key reaches the address bar.
  await page.getByLabel("按人员筛选（居民身份证号码）").fill(citizenId);
  await page.getByRole("button", { name: "按此人筛选" }).click();
  await expect(page).toHaveURL(/subject=[0-9a-f]{64}/);
  expect(page.url()).not.toContain(citizenId);
  await expect(page.getByText("正在查看某一人员的相关记录。")).toBeVisible();
  await expect(page.locator('tr[data-audit-row="citizen.lookup"]')).toHaveCount(1);
  expect(await page.locator("main").innerText()).not.toContain(citizenId);
  await expectNoSeriousA11yIssues(page);
});

test("officers outside lookup roles are not offered the look-up and are refused it", async ({ page }) => {
  await signInStaff(page, "trafficOfficer");
  await expect(page.getByRole("link", { name: "群众账号查询" })).toHaveCount(0);
  await page.goto("/dashboard/citizens");
  await expect(page).toHaveURL(/\/forbidden$/);
});

test("the admin opens an officer account; the officer binds an authenticator and signs in", async ({ page }) => {
  const officer = { name: "何晓燕", account: "410105301", password: "Start2026!" };
  await signInStaff(page, "admin", "/admin");
  await page.getByRole("link", { name: "民警账号管理" }).click();
  await expect(page).toHaveURL(/\/admin\/officers$/);

  const form = page.getByRole("form", { name: "新建民警账号" });
  await form.getByLabel("姓名").fill(officer.name);
  await form.getByLabel("警号 / 账号").fill(demoAccount("windowOfficer").login);
  const station = await form.locator("#create-unit option", { hasText: "花园路派出所" }).getAttribute("value");
  await form.getByLabel("所属单位").selectOption(station as string);
  await form.getByLabel("窗口民警").check();
  await form.getByLabel("初始密码").fill("12345678");
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(form.getByText("密码不能全部是字母、全部是数字或全部是符号")).toBeVisible();

  await form.getByLabel("初始密码").fill(officer.password);
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(form.getByText("该警号 / 账号已被使用")).toBeVisible();

  await form.getByLabel("警号 / 账号").fill(officer.account);
  await form.getByRole("button", { name: "创建账号" }).click();
  await expect(form.getByRole("status").filter({ hasText: "已创建账号" })).toBeVisible();
  const row = page.locator("tr[data-officer-row]").filter({ hasText: "何*燕" });
  await expect(row).toContainText("41*****01");
  await expect(row).toContainText("待绑定");
  await expectNoSeriousA11yIssues(page);

  await signOut(page);
  await page.goto("/staff/totp-setup");
  await page.getByLabel("警号 / 账号").fill(officer.account);
  await page.getByLabel("密码", { exact: true }).fill(officer.password);
  await page.getByRole("button", { name: "下一步" }).click();
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s+/g, "");
  await page.getByLabel("身份验证器显示的 6 位动态口令").fill(await freshTotp(secret));
  await page.getByRole("button", { name: "完成绑定" }).click();
  await expect(page).toHaveURL(/\/staff\/login\?enrolled=1$/);

  await fillStaffSignIn(page, { account: officer.account, password: officer.password, totp: await freshTotp(secret) });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(officer.name).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "群众账号查询" })).toBeVisible();
});

// One admin session for both, because every staff sign-in spends a TOTP step and the server accepts only one step of drift.
test("the admin disables an officer, whose open session ends at once, but cannot disable themselves", async ({
  page,
  browser,
}) => {
  const officerContext = await browser.newContext();
  const officerPage = await officerContext.newPage();
  await signInStaff(officerPage, "countyApprover");
  await expect(officerPage).toHaveURL(/\/dashboard$/);

  await signInStaff(page, "admin", "/admin/officers");
  const row = page.locator("tr[data-officer-row]").filter({ hasText: "赵*强" });
  await row.getByRole("button", { name: "停用：赵*强" }).click();
  await expect(row).toContainText("确定停用 赵*强 的账号？");
  await row.getByRole("button", { name: "确定" }).click();
  await expect(row.getByText("账号已停用")).toBeVisible();
  await expect(row).toContainText("已停用");

  await officerPage.reload();
  await expect(officerPage).toHaveURL(/\/staff\/login/);

  await row.getByRole("button", { name: "启用：赵*强" }).click();
  await expect(row.getByText("账号已启用")).toBeVisible();
  await officerContext.close();

  const self = page.locator("tr[data-officer-row]").filter({ hasText: "本人" });
  await expect(self).toContainText("郭*宇");
  await expect(self.getByRole("button", { name: /^停用/ })).toHaveCount(0);
  // Nor can they drop their own admin role: the server refuses it.
  await self.getByRole("button", { name: "修改岗位：郭*宇" }).click();
  await self.getByLabel("系统管理员").uncheck();
  await self.getByLabel("窗口民警").check();
  await self.getByRole("button", { name: "保存岗位" }).click();
  await expect(self.getByRole("alert")).toContainText("不能停用自己的账号，也不能取消自己的管理员角色");
});
