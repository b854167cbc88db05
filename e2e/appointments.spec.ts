import { expect, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { chinaToday } from "@/server/dates/china-today";
import { expectSms } from "./support/household";
import { signInCitizen } from "./support/sign-in";
import { expectNoSeriousA11yIssues } from "./support/traffic";

/**
 * Appointments (issue 25). Each test books on a working day after today, so its booking can always be
 * changed whatever time the suite runs, and cancels what it books, leaving nothing for other specs.
 *
 * 张明 books a 往来港澳通行证 slot on a working day after today (so the booking can
 * always be changed, whatever time the suite runs), is told it is booked, finds it on top of 我的预约,
 * opens the reschedule form on that day, is asked before cancelling, and cancels it. A slot starting
 * within 2 hours is shown with its warning by moving the browser's clock, not by waiting for the hour.
 */

const service = "往来港澳通行证申请预约";

test("booking says it is done, rescheduling opens on the booking's day, cancelling asks first, a slot under 2 hours away warns", async ({
  page,
}) => {
  await signInCitizen(page, "/appointments/book?service=CR003");
  await page.getByLabel("办理地点").selectOption({ label: "金水区公安分局" });
  const dayField = page.getByLabel("日期");
  // The days arrive with the unit's slots; there are always 14 working days to choose from.
  await expect(dayField.locator("option")).toHaveCount(14);
  const today = chinaToday();
  const laterDay = await dayField
    .locator("option")
    .evaluateAll((options, t) => options.map((o) => (o as HTMLOptionElement).value).find((v) => v > t), today);
  expect(laterDay).toBeTruthy();
  await dayField.selectOption(laterDay!);
  const slot = page.getByRole("group", { name: "时段" }).getByRole("radio", { disabled: false }).first();
  await slot.check();
  const startsAt = new Date((await slot.getAttribute("value"))!.split("@")[1]!);
  await expect(page.getByTestId("slot-locked-warning")).toHaveCount(0);
  await page.getByRole("button", { name: "确认预约" }).click();

  await expect(page).toHaveURL(/\/appointments\?booked=/);
  await expect(page.getByRole("status").filter({ hasText: "预约成功" })).toContainText(service);
  const booking = page.getByTestId("my-appointment").first();
  await expect(booking).toContainText(service);
  await expect(booking).toContainText("已预约");

  await booking.getByRole("link", { name: "改约" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `改约：${service}` })).toBeVisible();
  await expect(page.getByLabel("日期")).toHaveValue(laterDay!);
  await page.goBack();

  const mine = page.getByTestId("my-appointment").filter({ hasText: service }).filter({ hasText: "已预约" });
  await mine.getByRole("button", { name: "取消预约" }).click();
  await expect(mine.getByText("确定取消这次预约吗？")).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await mine.getByRole("button", { name: "不取消" }).click();
  await expect(mine.getByText("确定取消这次预约吗？")).toHaveCount(0);
  await page.reload();
  await expect(mine).toHaveCount(1);
  await mine.getByRole("button", { name: "取消预约" }).click();
  await mine.getByRole("button", { name: "确认取消" }).click();
  await expect(mine).toHaveCount(0);
  await expect(
    page.getByTestId("my-appointment").filter({ hasText: service }).filter({ hasText: "已取消" }).first(),
  ).toBeVisible();

  // An hour before that slot, by the browser's clock, the same slot comes with the warning.
  await page.clock.setFixedTime(new Date(startsAt.getTime() - 60 * 60 * 1000));
  await page.goto("/appointments/book?service=CR003");
  await page.getByLabel("办理地点").selectOption({ label: "金水区公安分局" });
  await page.getByLabel("日期").selectOption(laterDay!);
  await page.getByRole("group", { name: "时段" }).locator(`input[value$="@${startsAt.toISOString()}"]`).check();
  await expect(page.getByTestId("slot-locked-warning")).toHaveText(
    "所选时段距现在不足 2 小时：预约后将不能再在线取消或改约。",
  );
});

/**
 * 张明 books an ID-card renewal: only household windows are offered (never the exit-entry hall), and the
 * booking and its cancellation each arrive as an SMS.
 */
const citizen = demoAccount("citizen");
const idCardRenewal = "居民身份证换领预约";

test("an ID-card renewal is bookable only at household windows, and booking and cancelling are confirmed by SMS", async ({
  page,
}) => {
  await signInCitizen(page, "/appointments/book?service=HZ031");
  await expect(page.getByRole("heading", { level: 1, name: `预约：${idCardRenewal}` })).toBeVisible();
  const units = page.getByLabel("办理地点");
  await expect(units.locator("option", { hasText: "花园路派出所" })).toHaveCount(1);
  await expect(units.locator("option", { hasText: "金水区公安分局" })).toHaveCount(0);
  await units.selectOption({ label: "花园路派出所" });

  const today = chinaToday();
  const days = page.getByLabel("日期");
  // The day list appears once the unit's slots have loaded; reading it earlier would find no options.
  await expect(days.locator("option")).toHaveCount(14);
  const laterDays = (
    await days.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  ).filter((d) => d > today);
  await days.selectOption(laterDays[0]!);
  const slots = page.getByRole("group", { name: "时段" });
  await expect(slots).not.toContainText("出入境");
  await slots.getByRole("radio", { disabled: false }).first().check();
  await page.getByRole("button", { name: "确认预约" }).click();
  await expect(page).toHaveURL(/\/appointments\?booked=/);
  await expectSms(page, citizen.login, new RegExp(`您已预约.+到花园路派出所户籍1号窗口办理${idCardRenewal}`));

  const booking = page.getByTestId("my-appointment").filter({ hasText: idCardRenewal }).filter({ hasText: "已预约" });
  await expect(booking).toHaveCount(1);
  await booking.getByRole("button", { name: "取消预约" }).click();
  await booking.getByRole("button", { name: "确认取消" }).click();
  await expect(
    page.getByTestId("my-appointment").filter({ hasText: idCardRenewal }).filter({ hasText: "已预约" }),
  ).toHaveCount(0);
  await expectSms(page, citizen.login, new RegExp(`您已取消.+到花园路派出所户籍1号窗口办理${idCardRenewal}的预约`));
});
