import { expect, test } from "@playwright/test";
import { demoAccount } from "@/db/seed/demo-accounts";
import { expectSms } from "./support/household";
import { signInCitizen } from "./support/sign-in";

/**
 * 张明 books an ID-card renewal: only household windows are offered (never the exit-entry hall), and the
 * booking and its cancellation each arrive as an SMS. He books a slot on a day after today, so the booking
 * can always be cancelled whatever the hour the suite runs, and cancels it, leaving nothing for other specs.
 */
const citizen = demoAccount("citizen");
const service = "居民身份证换领预约";

test("an ID-card renewal is bookable only at household windows, and booking and cancelling are confirmed by SMS", async ({ page }) => {
  await signInCitizen(page, "/appointments/book?service=HZ031");
  await expect(page.getByRole("heading", { level: 1, name: `预约：${service}` })).toBeVisible();
  const units = page.getByLabel("办理地点");
  await expect(units.locator("option", { hasText: "花园路派出所" })).toHaveCount(1);
  await expect(units.locator("option", { hasText: "金水区公安分局" })).toHaveCount(0);
  await units.selectOption({ label: "花园路派出所" });

  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  const days = page.getByLabel("日期");
  const laterDays = (await days.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).filter((d) => d > today);
  await days.selectOption(laterDays[0]!);
  const slots = page.getByRole("group", { name: "时段" });
  await expect(slots).not.toContainText("出入境");
  await slots.getByRole("radio", { disabled: false }).first().check();
  await page.getByRole("button", { name: "确认预约" }).click();
  await expect(page).toHaveURL(/\/appointments$/);
  await expectSms(page, citizen.login, new RegExp(`您已预约.+到花园路派出所户籍1号窗口办理${service}`));

  const booking = page.getByTestId("my-appointment").filter({ hasText: service }).filter({ hasText: "已预约" });
  await expect(booking).toHaveCount(1);
  await booking.getByRole("button", { name: "取消预约" }).click();
  await expect(page.getByTestId("my-appointment").filter({ hasText: service }).filter({ hasText: "已预约" })).toHaveCount(0);
  await expectSms(page, citizen.login, new RegExp(`您已取消.+到花园路派出所户籍1号窗口办理${service}的预约`));
});
