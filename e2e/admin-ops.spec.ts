import { expect, type Page, test } from "@playwright/test";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { signInStaff } from "./support/sign-in";
import { expectNoSeriousA11yIssues } from "./support/traffic";

/**
 * Issue 25, the admin's side: the ops page in Chinese, a second 立即运行 within the minute, manual runs;
 * the audit filter's actions; the metrics charts; a group's home preview and cities named as places.
 */

/** Both clicks of a "same minute" check must fall in one minute of the server's clock (this machine's). */
async function awayFromMinuteEnd(page: Page) {
  const second = new Date().getSeconds();
  if (second > 45) await page.waitForTimeout((61 - second) * 1000);
}

test("the ops page speaks Chinese, a second 立即运行 within the minute says the run is already going, and the run shows as manual", async ({
  page,
}) => {
  await signInStaff(page, "admin", "/admin/jobs");
  await expect(page.getByRole("heading", { name: "出入境证件：到期前 90 天提醒" })).toBeVisible();
  const job = page.getByTestId("job-audit-archive");
  await expect(job.getByRole("heading", { name: "审计日志：归档超过保存期的记录" })).toBeVisible();
  await expect(page.getByText("Audit log: archive rows past retention")).toHaveCount(0);

  await awayFromMinuteEnd(page);
  await job.getByRole("button", { name: "立即运行" }).click();
  await expect(job.getByText("已启动，刷新页面查看运行结果。")).toBeVisible();
  await job.getByRole("button", { name: "立即运行" }).click();
  await expect(
    job.getByText("该任务刚刚已启动，正在运行或刚运行完，本次没有重复启动。刷新页面查看运行结果。"),
  ).toBeVisible();

  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("job-audit-archive").getByRole("cell", { name: "手动", exact: true })).toHaveCount(
      1,
      { timeout: 1000 },
    );
  }).toPass();

  // The request is in the audit log under its label, and the filter offers the actions of every area.
  await page.goto("/admin/audit");
  const action = page.getByLabel("操作类型");
  for (const group of ["出入境", "申请办理与督办", "窗口预约", "首页布局", "定时任务"]) {
    await expect(action.locator(`optgroup[label="${group}"]`)).toHaveCount(1);
  }
  for (const label of ["签注办结", "签注：已收费", "改派申请", "登记预约到场情况", "保存首页布局", "修改用户分组"]) {
    await expect(action.locator("option", { hasText: label })).toHaveCount(1);
  }
  await action.selectOption({ label: "立即运行定时任务" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/action=jobs\.run_requested/);
  await expect(page.locator('tr[data-audit-row="jobs.run_requested"]').first()).toContainText("立即运行定时任务");
});

test("the metrics charts have dated axes, the value of a day on hover, and a table of the same numbers", async ({
  page,
}) => {
  const to = chinaToday();
  const from = addDays(to, -6);
  await signInStaff(page, "admin", `/admin/metrics?from=${from}&to=${to}`);
  const card = page.locator('[data-metric="received"]');
  const chart = card.locator("svg.recharts-surface");
  await expect(chart).toBeVisible();
  // Recharts draws the axes once it has measured its box, just after the page appears.
  const xTicks = card.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  const yTicks = card.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect(xTicks.last()).toHaveText(
    new Intl.DateTimeFormat("zh-CN", { month: "numeric", day: "numeric", timeZone: "Asia/Shanghai" }).format(
      new Date(`${to}T00:00:00+08:00`),
    ),
  );
  expect(await xTicks.count()).toBeGreaterThan(1);
  await expect(yTicks.first()).toHaveText("0");
  expect(await yTicks.count()).toBeGreaterThan(1);

  await card.getByText("查看每日数据表").click();
  const rows = card.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(7);
  const lastValue = (await rows.last().locator("td").innerText()).trim();
  const lastDay = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeZone: "Asia/Shanghai" }).format(
    new Date(`${to}T00:00:00+08:00`),
  );
  await expect(rows.last().getByRole("rowheader")).toHaveText(lastDay);

  // Hover the middle of the last day's band: the tooltip names that day and its count.
  const box = (await card.locator(".recharts-cartesian-grid").boundingBox())!;
  await page.mouse.move(box.x + box.width - box.width / 14, box.y + box.height / 2);
  const tooltip = card.locator(".recharts-tooltip-wrapper");
  const fullDay = new Intl.DateTimeFormat("zh-CN", {
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
    timeZone: "Asia/Shanghai",
  }).format(new Date(`${to}T00:00:00+08:00`));
  await expect(tooltip).toContainText(fullDay);
  await expect(tooltip).toContainText(`受理申请 : ${lastValue}`);
  await expectNoSeriousA11yIssues(page);
});

test("a group's layout has a preview, and its city choices are cities, not bureaus", async ({ page }) => {
  await signInStaff(page, "admin", "/admin/layouts");
  await page.getByRole("link", { name: "新建群组" }).click();
  const cities = page.getByRole("checkbox");
  await expect(page.getByRole("checkbox", { name: "郑州市", exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "济源市", exact: true })).toBeVisible();
  expect(
    await cities.evaluateAll(
      (boxes) => boxes.filter((b) => b.closest("label")?.textContent?.includes("公安局")).length,
    ),
  ).toBe(0);
  await page.getByLabel("名称", { exact: true }).fill("郑州群众预览");
  await page.getByRole("checkbox", { name: "郑州市", exact: true }).check();
  await page.getByRole("button", { name: "保存群组" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "群组：郑州群众预览" })).toBeVisible();

  await page.getByRole("link", { name: "预览分组成员看到的首页" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "分组首页预览：郑州群众预览" })).toBeVisible();
  await expect(page.getByRole("region", { name: "全部服务", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "返回编辑布局" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "群组：郑州群众预览" })).toBeVisible();
});
