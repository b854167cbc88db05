import { expect, type Page, test } from "@playwright/test";
import { demoPostedApplicationNumber } from "@/server/seed/demo-posted-application-number";
import { signInCitizen } from "./support/sign-in";
import { expectFitsWidth } from "./support/traffic";

/** From the service guide, as a citizen finds it: the guide's query button, then the query's own button. */
async function askFromGuide(page: Page, code: string) {
  await page.goto(`/services/${code}`);
  await page.getByRole("link", { name: "开始查询" }).click();
  await expect(page).toHaveURL(new RegExp(`/queries/${code}$`));
  await page.getByRole("button", { name: "查询", exact: true }).click();
  const result = page.getByRole("region", { name: "查询结果" });
  await expect(result).toBeFocused();
  return result;
}

test("驾驶证记分: the points, what they mean and where to see the violations @phone", async ({ page }) => {
  await signInCitizen(page, "/services/JJ036");
  const result = await askFromGuide(page, "JJ036");
  const record = result.getByRole("listitem").filter({ hasText: "本记分周期累积记分" });
  await expect(record.getByText("已记分")).toBeVisible();
  await expect(record.getByText(/还剩\d+分|已满12分/)).toBeVisible();
  await expect(
    record.getByRole("navigation", { name: "下一步" }).getByRole("link", { name: "查看交通违法记录" }),
  ).toHaveAttribute("href", "/traffic/violations");
  await expectFitsWidth(page, "驾驶证记分查询");
});

test("机动车检验有效期: the car, its inspection date and state, booking offered when due @phone", async ({ page }) => {
  await signInCitizen(page, "/services/JJ016");
  const result = await askFromGuide(page, "JJ016");
  const car = result.getByRole("listitem").filter({ hasText: /豫A·?[A-HJ-NP-Z0-9]{5}/ });
  await expect(car.getByText("检验有效期至", { exact: true })).toBeVisible();
  const state = car.getByText(/在有效期内|\d+ 天内到期|检验已逾期/);
  await expect(state).toBeVisible();
  // Whether the date is near depends on the day the demo was seeded: the booking link follows the state.
  const booking = car.getByRole("link", { name: "预约：机动车安全技术检验预约" });
  if ((await state.textContent())?.includes("在有效期内")) await expect(booking).toHaveCount(0);
  else await expect(booking).toHaveAttribute("href", "/appointments/book?service=JJ013");
  await expectFitsWidth(page, "机动车检验有效期查询");
});

test("办件进度: the posted application with its timeline, carrier and tracking number @phone", async ({ page }) => {
  await signInCitizen(page, "/services/ZH020");
  const result = await askFromGuide(page, "ZH020");
  const posted = result.getByRole("listitem").filter({ hasText: demoPostedApplicationNumber });
  // The state reads with its tone for screen readers ("正常: 已办结").
  await expect(posted.getByText(/^\S+: 已办结$/)).toBeVisible();
  await expect(posted.getByText("中国邮政EMS")).toBeVisible();
  await expect(posted.getByText("1187654321098")).toBeVisible();
  const timeline = posted.getByRole("region", { name: "进度" });
  await expect(timeline.getByText("已办结并寄出")).toBeVisible();
  await expect(timeline.getByText("提交申请")).toBeVisible();
  await posted.getByRole("link", { name: "查看申请详情" }).click();
  await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expectFitsWidth(page, "办件进度查询");
});
