import { expect, test } from "@playwright/test";
import { chinaToday } from "@/server/dates/china-today";
import { demoAccount } from "@/server/seed/demo-accounts";
import { chooseStation, expectSms, openDesk } from "./support/household";
import { signInCitizen } from "./support/sign-in";
import { expectFitsWidth } from "./support/traffic";

/**
 * 网上报警 end to end: the citizen reports on a phone under the 110 banner, the station of the place (the
 * demo station officer's 花园路派出所) accepts and replies at its desk, and the citizen reads the reply and
 * gets the SMS. Each run files a report of its own and finds it by its receipt number.
 */

const citizen = demoAccount("citizen");

test("@phone a citizen reports online under the 110 banner, the station replies, the citizen reads the reply", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInCitizen(page, "/reports/new?service=AJ002");
  await expect(page.getByRole("heading", { level: 1, name: "网上报警" })).toBeVisible();
  const banner = page.getByTestId("emergency-banner");
  await expect(banner).toContainText("紧急情况请立即拨打110");
  await expect(banner.getByRole("link", { name: "拨打110" })).toHaveAttribute("href", "tel:110");
  // The banner comes before the form: the first thing read on a phone.
  expect((await banner.boundingBox())!.y).toBeLessThan(
    (await page.getByRole("button", { name: "提交", exact: true }).boundingBox())!.y,
  );
  await expectFitsWidth(page);
  // 网上报警 needs a name: no anonymous choice.
  await expect(page.getByLabel("匿名提交")).toHaveCount(0);

  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByText("请填写此项").first()).toBeVisible();

  await page.getByLabel("发生日期").fill(chinaToday());
  await chooseStation(page, "金水区公安分局", "花园路派出所");
  await page.getByLabel("具体地点").fill("花园路与纬五路交叉口东北角");
  const facts = `电动车停在楼下被盗，车牌郑州A${Date.now() % 100000}。`;
  await page.getByLabel("案情经过").fill(facts);
  await page.getByRole("button", { name: "提交", exact: true }).click();

  const filed = page.getByTestId("report-filed");
  await expect(filed).toContainText("花园路派出所");
  const number = (await filed.getByTestId("report-number").textContent())!.trim();
  expect(number).toMatch(/^JB\d{14}$/);
  await expectSms(page, citizen.login, `回执编号${number}`);
  await filed.getByRole("link", { name: "查看详情" }).click();
  await expect(page.getByTestId("report-number")).toHaveText(number);
  await expect(page.getByText(facts)).toBeVisible();

  // --- the station's officer at a desktop window ---
  const desk = await openDesk(browser, "stationOfficer", "/dashboard/reports");
  await desk.getByRole("link", { name: `打开${number}` }).click();
  await expect(desk.getByTestId("reporter")).toContainText("张*");
  await desk.getByRole("button", { name: "受理并由我承办" }).click();
  await expect(desk.getByText("已保存。")).toBeVisible();
  const reply = "已收到您的报警，民警将于今天下午联系您到现场勘查。";
  await desk.getByRole("textbox", { name: /^答复（/ }).fill(reply);
  await desk.getByRole("button", { name: "发送答复" }).click();
  await expect(desk.getByTestId("report-replies")).toContainText(reply);
  await desk.context().close();

  // --- the citizen reads it and answers ---
  await expectSms(page, citizen.login, `（${number}）有新的答复`);
  await page.reload();
  await expect(page.getByTestId("report-replies")).toContainText(reply);
  await page.getByLabel("补充情况或回复办理单位").fill("好的，我下午在家。");
  await page.getByRole("button", { name: "发送", exact: true }).click();
  await expect(page.getByTestId("report-replies")).toContainText("好的，我下午在家。");
  await expectFitsWidth(page);

  await page.goto("/me/reports");
  await expect(page.getByRole("link", { name: `查看${number}` })).toBeVisible();
});
