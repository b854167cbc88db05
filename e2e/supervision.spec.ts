import { expect, test } from "@playwright/test";
import { openDesk, openFromQueue } from "./support/household";
import { signInCitizen } from "./support/sign-in";

/**
 * Supervision through the pages people use: the seeded 大中专院校毕业生入户 has waited five days at 花园路派出所,
 * beyond its 72-hour rule. Its chief finds it overdue and hands it to 刘建华, whose queue then shows it as his;
 * when he opens it, the citizen sees on /me that 花园路派出所 looked at their register record — not who.
 */
test("a supervisor reassigns an overdue item and the officer finds it in their queue; the citizen sees which unit looked", async ({ browser }) => {
  const chief = await openDesk(browser, "stationSupervisor", "/dashboard/supervision");
  await expect(chief.getByRole("heading", { level: 1, name: "督办" })).toBeVisible();
  const item = chief.locator("tr[data-overdue-item]").filter({ hasText: "大中专院校毕业生入户" });
  await expect(item).toBeVisible();
  await expect(item.getByText("已超时")).toBeVisible();
  const number = (await item.getAttribute("data-overdue-item")) ?? "";
  expect(number).toMatch(/^HN\d{14}$/);
  const unassigned = chief.getByTestId("overdue-by-officer-row").filter({ hasText: "未认领" });
  await expect(unassigned).toBeVisible();

  await item.getByLabel("改派给").selectOption({ label: "刘建华" });
  await item.getByRole("button", { name: "改派", exact: true }).click();
  await expect(item.getByText("已改派给 刘建华。")).toBeVisible();
  await expect(chief.getByTestId("overdue-by-officer-row").filter({ hasText: "刘建华" })).toContainText("1");
  await expect(item.getByRole("cell", { name: "刘建华", exact: true })).toBeVisible();

  const officer = await openDesk(browser, "stationOfficer", "/dashboard/applications");
  const row = officer.locator("tr[data-application-row]").filter({ hasText: number });
  await expect(row.getByText("由我处理")).toBeVisible();
  await openFromQueue(officer, number);
  await expect(officer.getByText("负责人改派")).toBeVisible();

  const citizen = await browser.newPage();
  await signInCitizen(citizen, "/me");
  const looked = citizen.getByRole("region", { name: "谁查看了我的信息" });
  // Opening the review page reads the register record of everyone the application names, the applicant first.
  const visit = looked.getByTestId("who-looked-row").filter({ hasText: "查看您的户籍信息" }).first();
  await expect(visit).toContainText("花园路派出所");
  await expect(looked).not.toContainText("刘建华");
  await expect(looked).not.toContainText("刘*华");

  await Promise.all([chief.context().close(), officer.context().close(), citizen.close()]);
});
