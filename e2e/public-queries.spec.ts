import { expect, test } from "@playwright/test";
import { chinaToday } from "@/server/dates/china-today";
import { publicQueryDemo } from "@/server/seed/public-query-registers";
import { openDesk } from "./support/household";
import { expectFitsWidth } from "./support/traffic";

/**
 * Public registers on a phone, without signing in: a guard certificate checked by anyone, and a found item
 * that a station officer records at the desk appearing at once in the public lost-and-found search (each run
 * records an item of its own and searches for its unique words).
 */

test("@phone anyone checks a security guard certificate without signing in", async ({ page }) => {
  await page.goto("/queries/ZA043");
  await expect(page.getByRole("heading", { level: 1, name: "保安员证查询" })).toBeVisible();
  await page.getByLabel("保安员证编号").fill(publicQueryDemo.guardCertificate.certificateNumber);
  await page.getByLabel("持证人姓名").fill(publicQueryDemo.guardCertificate.holderName);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  const result = page.getByTestId("query-record");
  await expect(result).toContainText("有效");
  await expect(result).toContainText("郑州市公安局");
  await expect(result).not.toContainText(publicQueryDemo.guardCertificate.holderName);
  await expectFitsWidth(page);
});

test("@phone an item a station officer records is found in the public lost-and-found search", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const mark = `走查${Date.now() % 1_000_000}`;
  const desk = await openDesk(browser, "stationOfficer", "/dashboard/lost-found");
  await expect(desk.getByRole("heading", { level: 1, name: "失物招领登记" })).toBeVisible();
  await desk.getByLabel("物品类别").selectOption("bag");
  await desk.getByLabel("拾得日期").fill(chinaToday());
  await desk.getByLabel("物品描述").fill(`蓝色登山包 ${mark}`);
  await desk.getByLabel("拾得地点").fill("花园路公交站台");
  await desk.getByLabel("认领核对特征（不公开）").fill("包内有一本写着名字的笔记本");
  await desk.getByRole("button", { name: "登记", exact: true }).click();
  const done = desk.getByText(/已登记，招领编号 SL41010501\d{8}/);
  await expect(done).toBeVisible();
  const itemNumber = (await done.textContent())!.match(/SL41010501\d{8}/)![0];

  await page.goto("/queries/ZA036");
  await page.getByLabel("地点或物品关键词").fill(mark);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  const found = page.getByTestId("query-record");
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(itemNumber);
  await expect(found).toContainText("花园路派出所");
  await expect(found).not.toContainText("笔记本");
  await expectFitsWidth(page);
});
