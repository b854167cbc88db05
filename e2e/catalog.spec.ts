import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signInCitizen, signInStaff } from "./support/sign-in";
import { expectWholeCardLink } from "./support/tap-target";

async function searchFor(page: Page, q: string) {
  await page.goto("/services");
  await page.getByRole("searchbox", { name: "搜索服务" }).fill(q);
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(new RegExp(`/services\\?q=${encodeURIComponent(q)}`));
}

test.describe("service catalogue", () => {
  test("a guest finds 出生登记 by its pinyin initials and reads a printable, accessible guide @phone", async ({
    page,
  }) => {
    await searchFor(page, "csdj");
    await expect(page.getByRole("status").filter({ hasText: "找到 1 项服务" })).toBeVisible();
    await page.getByRole("link", { name: "出生登记", exact: true }).click();

    await expect(page).toHaveURL(/\/services\/HZ001$/);
    await expect(page.getByRole("heading", { level: 1, name: "出生登记" })).toBeVisible();
    for (const section of ["申请条件", "办理流程", "申请材料", "收费标准", "办理时限", "办理地点", "办理依据"]) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole("heading", { level: 3, name: "出生医学证明" })).toBeVisible();
    const sample = page.getByRole("link", { name: /查看样例\s*：出生医学证明/ });
    const href = await sample.getAttribute("href");
    expect(href).toBe("/samples/hz-birth-medical-certificate.pdf");
    const pdf = await page.request.get(href!);
    expect(pdf.ok()).toBe(true);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");

    // A guest is sent to sign in, and comes back to this guide afterwards.
    await expect(page.getByRole("link", { name: "登录后在线办理" })).toHaveAttribute(
      "href",
      "/login?next=%2Fservices%2FHZ001",
    );

    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1, name: "出生登记" })).toBeVisible();
    await expect(page.getByText("本指南打印自警民通")).toBeVisible();
  });

  test("on a phone the whole card of a service is the link, its type label included @phone", async ({ page }) => {
    await page.goto("/services?q=出生登记");
    const card = page.getByRole("link", { name: "出生登记", exact: true });
    await expectWholeCardLink(card, card.getByText("办理", { exact: true }));
    await card.getByText("办理", { exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "出生登记" })).toBeVisible();
  });

  test("search works without JavaScript, by words of the name, by a synonym, within a category and kind", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/services?q=报户口");
    await expect(page.getByRole("link", { name: "出生登记", exact: true })).toBeVisible();
    await expect(page.getByText("也称：报户口")).toBeVisible();

    await page.goto("/services");
    await page.getByRole("searchbox", { name: "搜索服务" }).fill("驾驶证 补领");
    await page.getByLabel("类型").selectOption("handle");
    await page.getByRole("button", { name: "搜索" }).click();
    await expect(page).toHaveURL(/kind=handle/);
    await expect(page.getByRole("link", { name: "驾驶证补领", exact: true })).toBeVisible();

    await page.getByRole("navigation", { name: "服务分类" }).getByRole("link", { name: /户政/ }).click();
    await expect(page).toHaveURL(/category=household/);
    await expect(page.getByText(/没有找到相关服务/)).toBeVisible();
    await context.close();
  });

  test("a signed-in citizen can apply online for a service that was only a guide before the engine", async ({
    page,
  }) => {
    // 居住证申领 was a dead end until every 办理 service got an engine configuration.
    await signInCitizen(page, "/services/HZ037");
    await expect(page).toHaveURL(/\/services\/HZ037$/);
    const action = page.getByRole("region", { name: "在线办理" });
    await expect(action.getByRole("button", { name: "在线办理" })).toBeVisible();
    await expect(action.getByText("在线办理暂未开通")).toHaveCount(0);
  });
});

test.describe("admin catalogue", () => {
  test("an admin disables a service, a citizen can no longer find or open it, and the admin re-enables it", async ({
    browser,
  }) => {
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await signInStaff(admin, "admin", "/admin/services");
    await expect(admin).toHaveURL(/\/admin\/services$/);
    await admin.getByLabel("名称、常用说法或拼音").fill("同名同姓人数查询");
    await admin.getByRole("button", { name: "筛选" }).click();
    const row = admin.getByRole("row", { name: /HZ041/ });
    await row.getByRole("button", { name: "停用“同名同姓人数查询”" }).click();
    await expect(row.getByText("已停用", { exact: true })).toBeVisible();

    const citizenContext = await browser.newContext();
    const citizen = await citizenContext.newPage();
    await signInCitizen(citizen);
    await searchFor(citizen, "同名同姓");
    await expect(citizen.getByText(/没有找到相关服务/)).toBeVisible();
    const direct = await citizen.goto("/services/HZ041");
    expect(direct?.status()).toBe(404);

    await row.getByRole("button", { name: "启用“同名同姓人数查询”" }).click();
    await expect(row.getByText("已启用", { exact: true })).toBeVisible();
    await searchFor(citizen, "同名同姓");
    await expect(citizen.getByRole("link", { name: "同名同姓人数查询", exact: true })).toBeVisible();

    await admin.goto("/admin/services/HZ041/history");
    await expect(admin.getByRole("heading", { level: 2 })).toHaveCount(2);
    await expect(admin.getByRole("rowheader", { name: "启用状态" })).toHaveCount(2);
    await adminContext.close();
    await citizenContext.close();
  });

  test("an admin edits a material's description; invalid input is marked beside its field", async ({ page }) => {
    await signInStaff(page, "admin", "/admin/services/HZ024");
    await expect(page.getByRole("heading", { level: 1, name: "编辑：户口簿换领" })).toBeVisible();
    const key = page.getByLabel("标识").first();
    await key.fill("Bad Key");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText("只能使用小写字母、数字和连字符，如 birth-certificate")).toBeVisible();
    await expect(key).toHaveAttribute("aria-invalid", "true");
    await key.fill("hukou-book");

    const materialDescription = page.getByRole("listitem").filter({ hasText: "材料 1" }).getByLabel("说明");
    await materialDescription.fill("原户口簿，换领时在窗口交回。");
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.getByText(/已保存为第 \d+ 版/)).toBeVisible();

    await page.goto("/services/HZ024");
    await expect(page.getByText("原户口簿，换领时在窗口交回。")).toBeVisible();
  });
});
