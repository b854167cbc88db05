import { expect, test } from "@playwright/test";
import { chinaToday } from "@/server/dates/china-today";
import { openDesk } from "./support/household";
import { expectFitsWidth } from "./support/traffic";

/**
 * The register desk: the cyber security division's officer adds an internet filing in the 联网备案 register,
 * and a visitor who is not signed in finds it at once with the public 联网备案 query (WA011). Each run files a
 * number and a domain of its own.
 */
test("a filing the cyber desk adds is found by the public internet filing query", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const run = String(Date.now() % 100_000_000).padStart(8, "0");
  const filingNumber = `410105${run}`;
  const siteName = `走查书店${run}`;
  const domain = `walk-${run}.example.com`;

  const desk = await openDesk(browser, "cyberDeskOfficer", "/dashboard/registers");
  await expect(desk.getByRole("heading", { level: 1, name: "登记簿维护" })).toBeVisible();
  await desk.getByRole("link", { name: "公安联网备案", exact: true }).click();
  await expect(desk.getByRole("heading", { level: 1, name: "公安联网备案" })).toBeVisible();

  const form = desk.getByRole("region", { name: "新增记录" });
  await form.getByLabel("备案号").fill(filingNumber);
  await form.getByLabel("网站名称").fill(siteName);
  await form.getByLabel("网站域名").fill(`https://www.${domain}/`);
  await form.getByLabel("开办主体名称").fill("郑州走查书店有限公司");
  await form.getByLabel("主体性质").selectOption({ label: "企业" });
  await form.getByLabel("备案日期").fill(chinaToday());
  // By keyboard: Enter in a text field submits the form.
  await form.getByLabel("开办主体名称").press("Enter");
  await expect(form.getByText("已新增记录，对应查询即时可查。")).toBeVisible();

  const records = desk.getByTestId("register-records");
  const row = records.getByRole("row").filter({ hasText: filingNumber });
  await expect(row).toContainText(siteName);
  await expect(row).toContainText(domain);
  await expect(row).toContainText("有效");

  // Searching by words narrows the list; searching by an ID number opens the list by the person's key, so the
  // number never stands in the address bar (a filing is about no person: nobody is found).
  const search = desk.getByRole("search", { name: "搜索" });
  await search.getByLabel("关键词或完整身份证号码").fill(siteName);
  await search.getByRole("button", { name: "搜索" }).click();
  await expect(desk).toHaveURL(/[?&]q=/);
  await expect(records.getByRole("row").filter({ hasText: filingNumber })).toHaveCount(1);
  const idNumber = "410105198803142716";
  await search.getByLabel("关键词或完整身份证号码").fill(idNumber);
  await search.getByRole("button", { name: "搜索" }).click();
  await expect(desk).toHaveURL(/[?&]person=[0-9a-f]{64}/);
  expect(desk.url()).not.toContain(idNumber);
  await expect(desk.getByRole("status").filter({ hasText: "只显示所查身份证号码对应人员的记录" })).toBeVisible();
  await search.getByRole("link", { name: "清除搜索" }).click();
  await expect(records.getByRole("row").filter({ hasText: filingNumber })).toHaveCount(1);

  // The desk works on a 360 px phone too: nothing sticks out sideways.
  await desk.setViewportSize({ width: 360, height: 780 });
  await expectFitsWidth(desk, "the internet filings register at 360 px");

  await page.goto("/queries/WA011");
  await page.getByLabel("备案号或网站域名").fill(`豫公网安备${filingNumber}号`);
  await page.getByRole("button", { name: "查询", exact: true }).click();
  const found = page.getByTestId("query-record");
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(siteName);
  await expect(found).toContainText(domain);
  await expect(found).toContainText("备案有效");
  await expect(found).toContainText("郑州市公安局网络安全保卫支队");
});
