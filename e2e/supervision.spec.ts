import { expect, test } from "@playwright/test";
import { openDesk, openFromQueue } from "./support/household";
import { signInCitizen } from "./support/sign-in";

/**
 * Supervision through the pages people use: the seeded 大中专院校毕业生入户 has waited five days at 花园路派出所,
 * beyond its 72-hour rule. Its chief finds it overdue and hands it to 刘建华, whose queue then shows it as his;
 * when he opens it, the citizen sees on /me that 花园路派出所 looked at their register record — not who.
 */
test("a supervisor reassigns an overdue item and the officer finds it in their queue; the citizen sees which unit looked", async ({
  browser,
}) => {
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

/**
 * The chief of 花园路派出所 reads an overdue item (read only, with its timeline) and asks the county to follow it
 * up; the reassignment list waits for an explicit choice, the list marks the escalation, the timeline names
 * the chief by post, and the citizen sees a plain step without the note written for the county.
 */
test("a supervisor reads an item of the subtree with its timeline and escalates it; the citizen sees a plain step", async ({
  browser,
}) => {
  const chief = await openDesk(browser, "stationSupervisor", "/dashboard/supervision");
  const item = chief.locator("tr[data-overdue-item]").filter({ hasText: "大中专院校毕业生入户" });
  await expect(item).toBeVisible();
  const number = (await item.getAttribute("data-overdue-item")) ?? "";
  await expect(item.getByLabel("改派给")).toHaveValue("");
  await expect(item.getByRole("button", { name: "改派", exact: true })).toBeDisabled();

  const note = "多次催办未处理，请分局督促";
  await item.getByLabel("督办说明（仅上级单位可见，群众看不到）").fill(note);
  await item.getByRole("button", { name: "提请上级督办", exact: true }).click();
  await expect(item.getByText("已提请金水区公安分局督办。")).toBeVisible();
  await expect(item.getByText("已提请金水区公安分局督办", { exact: true })).toBeVisible();

  await item.getByRole("link", { name: `查看 ${number}` }).click();
  await expect(chief.getByRole("heading", { level: 1, name: `申请 ${number}` })).toBeVisible();
  const applicationId = new URL(chief.url()).pathname.split("/").at(-1) ?? "";
  await expect(chief.getByText("只读查看")).toBeVisible();
  await expect(chief.getByRole("button", { name: /^认领/ })).toHaveCount(0);
  await expect(chief.getByRole("heading", { name: "办理", exact: true })).toHaveCount(0);
  const timeline = chief.locator("[aria-labelledby=timeline-title]");
  await expect(timeline).toContainText("所长 王志远 · 花园路派出所");
  await expect(timeline).toContainText(`内部备注（群众看不到）：${note}`);
  await expect(timeline).not.toContainText("supervisor");

  await chief.goto("/dashboard/applications");
  await expect(chief.getByRole("heading", { level: 1, name: "申请审核" })).toBeVisible();
  const row = chief.locator("tr[data-application-row]").filter({ hasText: number });
  await expect(row).toBeVisible();
  await expect(row.getByRole("button", { name: /^认领/ })).toHaveCount(0);

  const county = await openDesk(browser, "countySupervisor", "/dashboard/applications");
  await expect(county.getByRole("heading", { level: 1, name: "申请审核" })).toBeVisible();
  await county.goto("/dashboard/supervision");
  await expect(
    county.locator("tr[data-overdue-item]").filter({ hasText: number }).getByText("下级提请督办"),
  ).toBeVisible();

  const citizen = await browser.newPage();
  await signInCitizen(citizen, `/me/applications/${applicationId}`);
  const steps = citizen.getByTestId("timeline");
  await expect(steps).toContainText("已提请上级督办");
  await expect(steps).not.toContainText(note);

  await Promise.all([chief.context().close(), county.context().close(), citizen.close()]);
});
