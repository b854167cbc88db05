import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type Browser, devices, expect, type Page } from "@playwright/test";
import sharp from "sharp";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { formatDay } from "@/server/dates/format-day";
import { signInStaff } from "./sign-in";

/**
 * Steps the household flows share: an officer's desk in its own desktop window, the citizen's wizard on
 * the phone, and the desk actions that move an application along. Every step goes through the pages a
 * person uses; nothing is set up behind the UI.
 */

const { defaultBrowserType: _browserType, ...desktop } = devices["Desktop Chrome"];

/** An officer signed in on a desktop-sized window of their own, beside the citizen's phone. */
export async function openDesk(browser: Browser, key: DemoAccountKey, next = "/dashboard"): Promise<Page> {
  const context = await browser.newContext({ ...desktop, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await signInStaff(page, key, next);
  return page;
}

/**
 * A photo of a paper, as a phone would take it: a small real image (PNG or JPEG) whose pixels differ per
 * call, so every upload is its own file.
 */
export async function scanOf(dir: string, fileName: string, shade: number): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, fileName);
  const paper = sharp({
    create: {
      width: 480,
      height: 320,
      channels: 3,
      background: { r: 250, g: 248 - (shade % 40), b: 235 - (shade % 60) },
    },
  }).composite([
    {
      input: Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320">
          <rect x="24" y="24" width="432" height="272" fill="none" stroke="#b22" stroke-width="6"/>
          <rect x="60" y="${60 + (shade % 120)}" width="${120 + shade}" height="18" fill="#333"/>
          <circle cx="380" cy="230" r="40" fill="none" stroke="#c00" stroke-width="5"/>
        </svg>`,
      ),
    },
  ]);
  await (fileName.endsWith(".png") ? paper.png() : paper.jpeg({ quality: 80 })).toFile(file);
  return file;
}

/** Starts an online application from the service's guide and returns its id, on the wizard's first step. */
export async function startFromGuide(page: Page, serviceCode: string): Promise<string> {
  await page.goto(`/services/${serviceCode}`);
  await page.getByRole("button", { name: "在线办理" }).click();
  await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}\/edit/);
  await expect(page.getByRole("heading", { level: 2, name: /第 1 步，共 \d 步：填写信息/ })).toBeVisible();
  return /\/me\/applications\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
}

/** Picks a station in the form's county → station pair. */
export async function chooseStation(page: Page, county: string, station: string) {
  await page.getByLabel("所在区县").selectOption({ label: county });
  await page.getByLabel("派出所", { exact: true }).selectOption({ label: station });
}

/** Names a person from the register in a resident field (its legend names the field). */
export async function fillResident(page: Page, field: string, person: { idNumber: string; name: string }) {
  const group = page.getByRole("group", { name: field, exact: true });
  await group.getByLabel("公民身份号码").fill(person.idNumber);
  await group.getByLabel("姓名").fill(person.name);
}

/** The wizard's "下一步", waiting for the next step's heading. */
export async function nextStep(page: Page, heading: RegExp) {
  await page.getByRole("button", { name: "下一步", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeFocused();
}

/** Uploads one file for a material through its "choose file" input and waits until it is listed. */
export async function uploadMaterial(page: Page, material: string, file: string) {
  await page.getByLabel(`为“${material}”选择文件`).setInputFiles(file);
  await expect(page.getByRole("link", { name: `打开 ${path.basename(file)}` })).toBeVisible();
}

/** From the wizard's last step: check the answers, submit, and return the application number shown. */
export async function reviewAndSubmit(page: Page): Promise<string> {
  await page.getByRole("button", { name: "下一步：核对申请信息" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "核对申请信息" })).toBeVisible();
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}\?submitted=1$/);
  const number = (await page.getByTestId("application-number").innerText()).trim();
  expect(number).toMatch(/^HN\d{14}$/);
  await expect(page.getByText(`申请已提交，受理编号 ${number}`)).toBeVisible();
  return number;
}

/** The SMS texts the dev inbox shows for a phone, newest first, once one matching `pattern` has arrived. */
export async function expectSms(page: Page, phone: string, pattern: RegExp | string) {
  const inbox = await page.context().newPage();
  await expect
    .poll(
      async () => {
        await inbox.goto(`/dev/sms?phone=${phone}`);
        return inbox.getByTestId("sms-text").allTextContents();
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toContainEqual(typeof pattern === "string" ? expect.stringContaining(pattern) : expect.stringMatching(pattern));
  await inbox.close();
}

/** Opens an application from the desk queue (station or county) by its number. */
export async function openFromQueue(desk: Page, number: string) {
  await desk.goto("/dashboard/applications");
  await desk.getByRole("link", { name: `查看 ${number}` }).click();
  await expect(desk.getByRole("heading", { level: 1, name: `申请 ${number}` })).toBeVisible();
}

/** A desk decision from the review page's 办理 card, waiting for the page to confirm it. */
export async function decide(desk: Page, button: string, confirmation: string, comment?: string) {
  const form = desk.locator("form").filter({ has: desk.getByRole("button", { name: button, exact: true }) });
  if (comment) await form.getByRole("textbox").fill(comment);
  await form.getByRole("button", { name: button, exact: true }).click();
  await expect(desk.getByText(`已办理：${confirmation}。`)).toBeVisible();
}

/** The station forwards the application to the county, and the county approves it. */
export async function forwardAndApprove(station: Page, county: Page, number: string) {
  await openFromQueue(station, number);
  await decide(station, "转报县级审批", "初审通过，转报县级审批");
  await openFromQueue(county, number);
  await decide(county, "审批通过", "县级审批通过");
}

/** The window officer looks the application up by its number and opens the check of originals. */
export async function openAtWindow(window: Page, number: string) {
  await window.goto("/dashboard/window");
  await window.getByLabel("受理编号", { exact: true }).fill(number);
  await window.getByRole("button", { name: "按编号查找" }).click();
  await window.getByRole("link", { name: `核验 ${number}` }).click();
  await expect(window.getByRole("heading", { level: 1, name: `申请 ${number}` })).toBeVisible();
}

/** Ticks every original as matching and completes; returns the printed document's verify code, its PDF link and the confirmation. */
export async function completeAtWindow(window: Page) {
  const ticks = window.getByRole("checkbox", { name: /：原件与上传件一致$/ });
  await expect(ticks.first()).toBeVisible();
  for (const tick of await ticks.all()) await tick.check();
  await window.getByRole("button", { name: "核验一致，办结" }).click();
  const done = window.getByRole("status").filter({ hasText: "已办结，文书已生成。" });
  await expect(done).toBeVisible();
  const code = /核验码：(\S+)/.exec(await done.getByText(/^核验码：/).innerText())![1]!;
  const pdfHref = (await done.getByRole("link", { name: "下载/打印文书 PDF" }).getAttribute("href"))!;
  return { code, pdfHref, done };
}

/** Today's date in China, as the deadline rules count it: "2026-11-27". */
export function chinaDate(offsetDays = 0): string {
  return addDays(chinaToday(), offsetDays);
}

/** A China date as the citizen's pages print it: "2027年1月26日". */
export function longChineseDate(date: string): string {
  return formatDay(date, "zh-CN");
}
