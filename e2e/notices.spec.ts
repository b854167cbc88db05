import { type Browser, devices, expect, type Page, test } from "@playwright/test";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoAccount } from "@/server/seed/demo-accounts";
import { expectSms } from "./support/household";
import { signInCitizen, signInStaff } from "./support/sign-in";
import { expectFitsWidth } from "./support/traffic";

/**
 * 公告公示 end to end, everyone on a phone: 花园路派出所's officer drafts a notice of 户籍窗口地址和办公时间
 * (HZ047), the station chief approves and so publishes it, a visitor without an account finds it on the
 * board and reads it; the demo citizen objects, the officer answers, the citizen reads the answer and gets
 * the SMS. Each run's notice has a title of its own, found by search.
 */

const phone = {
  ...devices["Pixel 7"],
  viewport: { width: 360, height: 780 },
  locale: "zh-CN",
  timezoneId: "Asia/Shanghai",
};

async function phoneAs(browser: Browser, key: DemoAccountKey | null, next: string): Promise<Page> {
  const page = await (await browser.newContext(phone)).newPage();
  if (key) await signInStaff(page, key, next);
  else await page.goto(next);
  return page;
}

test("@phone an officer drafts a notice, the chief publishes it, a visitor reads it, an objection is answered", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const title = `花园路派出所户籍窗口周六延时服务公告（${Date.now() % 1_000_000}）`;

  // --- the station officer drafts and sends it for approval ---
  const officer = await phoneAs(browser, "stationOfficer", "/dashboard/notices/new");
  await officer.getByLabel("事项").selectOption("HZ047");
  await officer.getByLabel("标题").fill(title);
  await officer.getByLabel("正文").fill("自本周起，花园路派出所户籍窗口周六 9:00—12:00 办理身份证领取和户口登记咨询。");
  await officer.getByRole("button", { name: "保存草稿" }).click();
  await expect(officer.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectFitsWidth(officer);
  await officer.getByRole("button", { name: "提交审批" }).click();
  await expect(officer.getByText("已提交审批。")).toBeVisible();
  await expect(officer.getByText("等待单位负责人审批。")).toBeVisible();

  // --- the station chief approves: that publishes it ---
  const chief = await phoneAs(browser, "stationSupervisor", "/dashboard/notices?view=pending");
  await chief.getByRole("link", { name: title, exact: true }).click();
  await chief.getByRole("button", { name: "审批通过并发布" }).click();
  await expect(chief.getByText("已审批发布。")).toBeVisible();
  await expect(chief.locator("[data-state=published]")).toBeVisible();
  await chief.context().close();

  // --- a visitor without an account finds it by search and reads it ---
  const visitor = await phoneAs(browser, null, "/notices");
  await visitor.getByLabel("关键词").fill(title.slice(0, 20));
  await visitor.getByLabel("地市").selectOption("410100");
  await visitor.getByRole("button", { name: "查询" }).click();
  await visitor.getByRole("link", { name: title, exact: true }).click();
  await expect(visitor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByTestId("notice-body")).toContainText("周六 9:00—12:00");
  await expect(visitor.getByText("花园路派出所").first()).toBeVisible();
  await expectFitsWidth(visitor);
  await visitor.goto("/services/HZ047");
  await expect(visitor.getByTestId("latest-notices")).toBeVisible();
  await visitor.context().close();

  // --- the citizen objects during the period ---
  await signInCitizen(page, "/notices");
  await page.getByLabel("关键词").fill(title.slice(0, 20));
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("link", { name: "提出异议" }).click();
  const objection = "周六上午是否也能办理居住证？公告未写明。";
  await page.getByLabel("异议内容").fill(objection);
  await page.getByRole("button", { name: "提交异议" }).click();
  await expect(page.getByText("异议已提交给发布单位")).toBeVisible();
  await expectFitsWidth(page);

  // --- the officer answers it from the objections queue ---
  await officer.goto("/dashboard/notices?view=objections");
  await officer.getByRole("link", { name: title, exact: true }).first().click();
  const item = officer.getByTestId("objection").filter({ hasText: objection });
  await expect(item).toContainText("张*");
  const answer = "周六上午可以办理居住证签注，新办居住证请工作日前来。";
  await item.getByLabel("答复内容").fill(answer);
  await item.getByRole("button", { name: "答复并短信通知" }).click();
  await expect(item).toContainText("已答复");
  await officer.context().close();

  // --- the citizen reads the answer in /me and gets the SMS ---
  await expectSms(page, demoAccount("citizen").login, `公告“${title}”提出的异议已有答复`);
  await page.goto("/me/objections");
  await expect(page.getByTestId("my-objections")).toContainText(answer);
  await expectFitsWidth(page);
});
