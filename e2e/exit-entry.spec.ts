import { expect, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { expectSms, openDesk } from "./support/household";
import { signInCitizen } from "./support/sign-in";
import { openPhone } from "./support/traffic";

/**
 * Exit-entry (issue 8): 张明 applies for a Hong Kong/Macao endorsement online and the 金水区 exit-entry
 * window takes the permit and the fee and endorses it; on a 360 px phone he books a window slot and
 * cancels it. Neither touches data other specs read, and the booking test runs twice (the desktop and
 * the phone project), so it cancels what it books.
 */

const citizen = demoAccount("citizen");

test("an endorsement applied for online is completed at the county's exit-entry window, and the citizen is told by SMS", async ({
  browser,
  page,
}) => {
  await signInCitizen(page, "/services/CR004");
  await page.getByRole("link", { name: "在线申请签注" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "往来港澳通行证旅游签注" })).toBeVisible();
  await page.getByRole("radio", { name: "香港和澳门" }).check();
  await page.getByRole("radio", { name: "二次有效（3 个月）" }).check();
  await expect(page.getByText("签注费：60 元，到窗口缴纳")).toBeVisible();
  await page.getByRole("button", { name: "提交申请" }).click();
  const submitted = page.getByRole("status").filter({ hasText: "申请已提交" });
  await expect(submitted).toBeVisible();
  const number = /HN\d{14}/.exec((await submitted.textContent()) ?? "")?.[0];
  expect(number).toBeTruthy();
  await expectSms(page, citizen.login, `受理编号${number}`);

  const desk = await openDesk(browser, "exitEntryOfficer", "/dashboard/exit-entry/endorsements");
  const item = desk.getByTestId("endorsement-queue-item").filter({ hasText: number! });
  await expect(item).toContainText("待缴费、待递交通行证");
  await item.getByRole("button", { name: "已收证" }).click();
  await expect(item).toContainText("已递交通行证，待缴费");
  await item.getByRole("button", { name: "已收费" }).click();
  await expect(item).toContainText("待签注");
  await item.getByRole("button", { name: "签注办结" }).click();
  await expect(desk.getByTestId("endorsement-queue-item").filter({ hasText: number! })).toHaveCount(0);
  // The permit now waits for its holder: in the 待领取 list, and found by number or by the ID card handed over.
  await expect(desk.getByTestId("endorsement-to-collect-item").filter({ hasText: number! })).toContainText(
    "签注已办结",
  );
  await desk.getByLabel("受理编号", { exact: true }).fill(number!);
  await desk.getByRole("button", { name: "按编号查找" }).click();
  await expect(desk.getByTestId("endorsement-match").filter({ hasText: number! })).toContainText("张*");
  await desk.getByLabel("申请人身份证号码").fill(demoResidents.citizen.idNumber);
  await desk.getByRole("button", { name: "按身份证号码查找" }).click();
  await expect(desk.getByRole("heading", { name: /^\d{6}\*{8}\d{3}[\dX] 的签注申请$/ })).toBeVisible();
  await expect(desk.getByTestId("endorsement-match").filter({ hasText: number! })).toBeVisible();
  await expect(desk.getByText(demoResidents.citizen.idNumber)).toHaveCount(0);
  await desk.context().close();

  await expectSms(page, citizen.login, `签注（${number}）已办结`);
  await page.reload();
  const mine = page.getByTestId("my-endorsement").filter({ hasText: number! });
  await expect(mine).toContainText("签注已办结");
  // Every step with its time, and the fee as paid rather than still due at the window.
  const steps = mine.getByRole("list", { name: `${number} 的办理进度` });
  await expect(steps.getByRole("listitem")).toHaveText([/^提交申请/, /^窗口已收证/, /^窗口已收费/, /^签注办结/]);
  await expect(mine).toContainText("已于");
  await expect(mine).not.toContainText("到窗口缴纳");
  await expect(mine).toContainText("请携带身份证到金水区公安分局出入境窗口领取通行证");
});

test("@phone the citizen books a window slot for a passport, gets the calendar file, and cancels it", async ({
  browser,
}) => {
  const phone = await openPhone(browser);
  await signInCitizen(phone, "/services/CR001");
  await phone.getByRole("link", { name: "在线预约" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: /^预约：/ })).toBeVisible();
  await phone.getByLabel("办理地点").selectOption({ label: "金水区公安分局" });
  // The last day offered, never today: a slot today may start within the 2-hour cut-off after which a
  // booking can no longer be cancelled, which depends on when the suite runs.
  const dayChoice = phone.getByLabel("日期");
  const lastDay = await dayChoice.locator("option").last().getAttribute("value");
  await dayChoice.selectOption(lastDay!);
  await phone.getByRole("group", { name: "时段" }).getByRole("radio", { disabled: false }).first().check();
  await phone.getByRole("button", { name: "确认预约" }).click();
  await expect(phone).toHaveURL(/\/appointments\?booked=/);
  const booking = phone.getByTestId("my-appointment").filter({ hasText: "已预约" }).first();
  await expect(booking).toContainText("出入境2号窗口");

  const download = phone.waitForEvent("download");
  await booking.getByRole("link", { name: "加入日历（.ics）" }).click();
  expect((await download).suggestedFilename()).toMatch(/^appointment-.*\.ics$/);

  await booking.getByRole("button", { name: "取消预约" }).click();
  await booking.getByRole("button", { name: "确认取消" }).click();
  await expect(phone.getByTestId("my-appointment").filter({ hasText: "已预约" })).toHaveCount(0);
  await expect(phone.getByTestId("my-appointment").filter({ hasText: "已取消" }).first()).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await phone.context().close();
});
