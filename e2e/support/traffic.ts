import AxeBuilder from "@axe-core/playwright";
import { type Browser, devices, expect, type Locator, type Page } from "@playwright/test";
import { demoResidents } from "@/server/seed/population";
import { buildRegisters, type SeedVehicle } from "@/server/seed/registers";
import { chinaToday } from "@/server/dates/china-today";

/**
 * Steps the traffic-fine flows share: the citizen's phone, the officer's record form, reading amounts off
 * the pages, and paying at the sandbox checkout. Everything goes through the pages a person uses.
 */

const { defaultBrowserType: _phoneBrowser, ...pixel } = devices["Pixel 7"];

/** A 360 px phone of its own, as a citizen pays a fine on; `at` lets its pages read that position. */
export async function openPhone(browser: Browser, at?: { latitude: number; longitude: number }): Promise<Page> {
  const context = await browser.newContext({
    ...pixel,
    viewport: { width: 360, height: 780 },
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    ...(at ? { geolocation: at, permissions: ["geolocation"] } : {}),
  });
  return context.newPage();
}

/**
 * The register the server seeded: the same PRNG gives the same plates and VINs on every fresh database,
 * and the VIN is what the owner reads off the vehicle licence (the portal never shows it).
 */
function seededVehicles(): SeedVehicle[] {
  return buildRegisters(chinaToday()).vehicles;
}

/** 张明's car (the demo citizen owns one). */
export function demoCitizenCar(): SeedVehicle {
  const car = seededVehicles().find((v) => v.ownerIdNumber === demoResidents.citizen.idNumber);
  if (!car) throw new Error("the demo citizen has no car in the seeded register");
  return car;
}

/** A new-energy car of someone else, registered in Zhengzhou (the traffic officer's city). */
export function zhengzhouStrangerCar(): SeedVehicle {
  const car = seededVehicles().find(
    (v) => v.cityCode === "410100" && v.plateType === "52" && v.ownerIdNumber !== demoResidents.citizen.idNumber,
  );
  if (!car) throw new Error("no Zhengzhou new-energy car in the seeded register");
  return car;
}

/** 豫AD29976 → 豫A·D29976, as the pages print a plate. */
export function platePrinted(plate: string): string {
  const chars = Array.from(plate);
  return `${chars.slice(0, 2).join("")}·${chars.slice(2).join("")}`;
}

/** 豫AEX130 → 豫A·E**30, as the SMS names a plate. */
export function platePrintedMasked(plate: string): string {
  const [province, authority, ...serial] = Array.from(plate);
  return `${province}${authority}·${serial.map((c, i) => (i === 0 || i >= serial.length - 2 ? c : "*")).join("")}`;
}

/** "123.45 元" or "¥123.45" → 12345 fen. */
export function fenOf(text: string): number {
  const match = /(\d+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1]) * 100 + Number(match[2]);
}

/** 12345 → "123.45". */
export function yuanOf(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** The value beside a label in a violation's facts (a `dt`/`dd` list). */
export function fact(item: Locator, label: string): Locator {
  return item.locator(`xpath=.//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);
}

/** A China-time moment `daysAgo` days back, as a datetime-local field takes it: "2026-11-26T08:15". */
export function chinaLocalMinute(daysAgo: number, time: string): string {
  const day = new Date(Date.now() - daysAgo * 86_400_000);
  return `${chinaToday(day)}T${time}`;
}

/** The officer fills the record form and records; waits for the page to confirm it. */
export async function recordViolation(
  officer: Page,
  v: {
    plate: string;
    plateType: string;
    occurredAt?: string;
    place: string;
    code: string;
    fineYuan?: number;
    photo?: string;
  },
) {
  if (new URL(officer.url()).pathname !== "/dashboard/traffic/violations/new")
    await officer.goto("/dashboard/traffic/violations/new");
  await expect(officer.getByRole("heading", { level: 1, name: "录入交通违法" })).toBeVisible();
  await officer.getByLabel("号牌号码").fill(v.plate);
  await officer.getByLabel("号牌种类").selectOption(v.plateType);
  if (v.occurredAt) await officer.getByLabel("违法时间（北京时间）").fill(v.occurredAt);
  await officer.getByLabel("违法地点").fill(v.place);
  await officer.getByLabel("违法代码").selectOption(v.code);
  if (v.fineYuan !== undefined) await officer.getByLabel("罚款金额（元）").fill(String(v.fineYuan));
  if (v.photo) {
    await officer.getByLabel("违法照片（可选）").setInputFiles(v.photo);
    await expect(officer.getByText("照片已上传")).toBeVisible();
  }
  await officer.getByRole("button", { name: "录入违法记录" }).click();
  await expect(officer.getByText(new RegExp(`^已录入：${platePrinted(v.plate)}，`))).toBeVisible();
}

/**
 * From the sandbox checkout (reached by "去支付"): checks the amount, confirms, and returns the order
 * number the page names once back on the violations page with "缴款成功".
 */
export async function payAtSandbox(page: Page, totalFen: number): Promise<{ orderNo: string; banner: Locator }> {
  await expect(page).toHaveURL(/\/pay\/sandbox\/[0-9A-Za-z]+$/);
  await expect(page.getByRole("heading", { level: 1, name: "核对订单并支付" })).toBeVisible();
  await expect(page.getByTestId("payment-amount")).toHaveText(`${yuanOf(totalFen)} 元`);
  const orderNo = /\/pay\/sandbox\/([0-9A-Za-z]+)$/.exec(page.url())![1]!;
  await page.getByRole("button", { name: "确认支付" }).click();
  await expect(page).toHaveURL(new RegExp(`/traffic/violations\\?paid=${orderNo}$`));
  const banner = page.getByTestId("fine-paid");
  await expect(banner).toContainText("缴款成功");
  await expect(banner).toContainText(`订单 ${orderNo} 已支付 ${yuanOf(totalFen)} 元`);
  return { orderNo, banner };
}

/** No serious or critical WCAG 2.1 AA problem on the page as it is now. */
export async function expectNoSeriousA11yIssues(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * Nothing sticks out sideways: the page scrolls only up and down. A failure names the page (`what`) and the
 * elements that stick out past the screen's edge, so it says what to fix.
 */
export async function expectFitsWidth(page: Page, what = page.url()) {
  const measured = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const overflowing = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ""}`;
        return `${name} ${Math.round(box.width)}px wide, right edge at ${Math.round(box.right)}px: "${(el.innerText ?? "").slice(0, 40)}"`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, viewport, overflowing: overflowing.slice(-5) };
  });
  expect(
    measured.scrollWidth,
    `${what} is ${measured.scrollWidth}px wide on a ${measured.viewport}px screen:\n${measured.overflowing.join("\n")}`,
  ).toBeLessThanOrEqual(measured.viewport);
}
