import { readFile } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import {
  chinaDate,
  chooseStation,
  completeAtWindow,
  expectSms,
  fillResident,
  forwardAndApprove,
  longChineseDate,
  nextStep,
  openAtWindow,
  openDesk,
  openFromQueue,
  reviewAndSubmit,
  scanOf,
  startFromGuide,
  uploadMaterial,
} from "./support/household";
import { signInCitizen } from "./support/sign-in";
import { expectFitsWidth } from "./support/traffic";

/**
 * The household engine end to end, "外网申请、内网受理、审批前置、检验后置": the citizen applies on a
 * 360 px phone (this file's project), each officer works at a desktop window of their own. Every test
 * files its own application of its own service, so none waits on another's state.
 */

const citizen = demoAccount("citizen");
const station = { county: "金水区公安分局", name: "花园路派出所" };
const documentTitle = "居民户口簿 · 常住人口登记卡";

async function closeAll(...pages: Page[]) {
  for (const p of pages) await p.context().close();
}

/** The public verify page, opened by someone who is not signed in (as a QR scan would). */
async function expectValidDocument(browser: Browser, code: string, holderMasked: string) {
  const guest = await browser.newContext();
  const page = await guest.newPage();
  await page.goto(`/verify/${code}`);
  await expect(page.getByRole("heading", { level: 1, name: "核验结果" })).toBeVisible();
  await expect(page.getByText("有效", { exact: true })).toBeVisible();
  await expect(page.getByText(documentTitle)).toBeVisible();
  await expect(page.getByText(holderMasked, { exact: true })).toBeVisible();
  await guest.close();
}

test("购房入户: apply with uploads, supplement one material, forward, approve, complete at the window and verify the printed page", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const scans = testInfo.outputPath("scans");
  const newAddress = "河南省郑州市金水区花园路66号院13号楼5单元2101室";

  // --- the citizen fills the form on the phone; the draft saves itself and resumes from the guide ---
  await signInCitizen(page, "/services/HZ003");
  const id = await startFromGuide(page, "HZ003");
  // On the phone the step's actions read top to bottom in the order Tab reaches them.
  const back = page.getByRole("link", { name: "返回申请详情" });
  const next = page.getByRole("button", { name: "下一步", exact: true });
  expect((await back.boundingBox())!.y).toBeLessThan((await next.boundingBox())!.y);
  await back.focus();
  await page.keyboard.press("Tab");
  await expect(next).toBeFocused();
  await chooseStation(page, station.county, station.name);
  await expect(page.getByText(/^派出所地址：/)).toBeVisible();
  await page.getByLabel("落户详细地址").fill(newAddress);
  await page.getByLabel("不动产权证书号").fill("豫(2025)郑州市不动产权第0123456号");
  // The last answer is saved by itself a moment after it is given: wait for that save, not an earlier one.
  const lastAnswerSaved = page.waitForResponse(
    (r) =>
      r.url().includes("/api/trpc/applications.saveDraft") &&
      (r.request().postData() ?? "").includes('"propertyOwner":"self"'),
  );
  await page.getByRole("radio", { name: "本人", exact: true }).check();
  expect((await lastAnswerSaved).ok()).toBe(true);
  await expect(page.getByRole("status").filter({ hasText: /^已保存 \d{2}:\d{2}$/ })).toBeVisible();

  await page.goto("/services/HZ003");
  await page.getByRole("link", { name: "继续填写草稿" }).click();
  await expect(page).toHaveURL(new RegExp(`/me/applications/${id}/edit$`));
  await expect(page.getByLabel("落户详细地址")).toHaveValue(newAddress);
  await expect(page.getByLabel("派出所", { exact: true }).locator("option:checked")).toHaveText(station.name);
  await expect(page.getByRole("radio", { name: "本人", exact: true })).toBeChecked();

  // --- materials: a wrong type and an oversized file are refused before upload; real scans go up ---
  await nextStep(page, /第 2 步，共 3 步：上传材料/);
  await expect(page.getByText("还有 3 项必需材料没有上传。")).toBeVisible();
  const property = page.getByRole("region", { name: "不动产权证书" });
  await page
    .getByLabel("为“不动产权证书”选择文件")
    .setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("not a scan") });
  await expect(property.getByRole("alert")).toHaveText(
    "“notes.txt”的格式不支持。请上传 JPG、PNG、WebP 图片或 PDF 文件。",
  );
  await page.getByLabel("为“不动产权证书”选择文件").setInputFiles({
    name: "contract.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(11 * 1024 * 1024, 32)]),
  });
  await expect(property.getByRole("alert")).toHaveText(/^“contract\.pdf”有 11\.0 MB，超过 10 MB。/);
  await expect(property.getByText("尚未上传")).toBeVisible();

  await uploadMaterial(page, "不动产权证书", await scanOf(scans, "property-certificate.png", 1));
  await expect(property.getByRole("alert")).toHaveCount(0);
  // Held back for a moment by the network, an upload shows its progress bar under the file's name.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/applications/*/materials", async (route) => {
    await held;
    await route.continue();
  });
  const idCard = page.getByLabel("为“居民身份证”选择文件").setInputFiles(await scanOf(scans, "id-card.jpg", 2));
  await expect(page.getByRole("progressbar", { name: /^正在上传 id-card\.jpg \d{1,3}%$/ })).toBeVisible();
  release();
  await idCard;
  await page.unroute("**/api/applications/*/materials");
  await expect(page.getByRole("link", { name: "打开 id-card.jpg" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await uploadMaterial(page, "居民户口簿", await scanOf(scans, "hukou-book.png", 3));
  await expect(page.getByText(/还有 \d 项必需材料没有上传/)).toHaveCount(0);
  await expect(page.getByRole("img", { name: "id-card.jpg 的预览" })).toBeVisible();

  // --- check the answers and submit: a number, the next step in plain words, and an SMS ---
  const number = await reviewAndSubmit(page);
  await expect(page.getByTestId("next-step")).toContainText(`${station.name}正在审核您的申请`);
  await expect(page.getByTestId("timeline")).toContainText("提交申请");
  await expectSms(page, citizen.login, `您的购房入户申请已提交，受理编号${number}，由${station.name}审核`);

  // --- the station officer claims it and asks for a clearer 户口簿 ---
  const stationDesk = await openDesk(browser, "stationOfficer", "/dashboard/applications");
  const row = stationDesk.locator("tr[data-application-row]").filter({ hasText: number });
  await row.getByRole("button", { name: `认领 ${number}` }).click();
  await expect(row.getByText("由我处理")).toBeVisible();
  await openFromQueue(stationDesk, number);
  const comment = "户口簿户主页照片反光看不清，请在光线充足处重新拍摄上传。";
  await stationDesk.getByRole("checkbox", { name: "居民户口簿", exact: true }).check();
  await stationDesk.getByLabel("补正说明").fill(comment);
  await stationDesk.getByRole("button", { name: "要求补正", exact: true }).click();
  await expect(stationDesk.getByText("已办理：要求补正。")).toBeVisible();

  // --- the citizen reads the comment and replaces exactly that material ---
  await page.goto(`/me/applications/${id}`);
  await expect(page.getByTestId("next-step")).toContainText("派出所请您补正下列内容");
  const request = page.getByRole("region", { name: "派出所要求补正" });
  await expect(request).toContainText(comment);
  await expect(request.getByRole("listitem")).toHaveText(["居民户口簿"]);
  await expectSms(page, citizen.login, `您的购房入户申请（${number}）需要补正`);
  await request.getByRole("link", { name: "去补正" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "补正申请：购房入户" })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "派出所的说明" })).toContainText(comment);
  await expect(page.getByRole("heading", { level: 2, name: /第 1 步，共 2 步：上传材料/ })).toBeVisible();
  // Only the requested material can change; the others are read back as they were reviewed.
  await expect(page.getByLabel("为“不动产权证书”选择文件")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "替换 property-certificate.png" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "居民户口簿" }).getByText("请重新上传")).toBeVisible();

  const clearer = await scanOf(scans, "hukou-book-clear.png", 4);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "替换 hukou-book.png" }).click();
  await (await chooser).setFiles(clearer);
  await expect(page.getByRole("link", { name: "打开 hukou-book-clear.png" })).toBeVisible();
  await expect(page.getByRole("link", { name: "打开 hukou-book.png" })).toHaveCount(0);

  await page.getByRole("button", { name: "下一步：核对申请信息" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "核对申请信息" })).toBeVisible();
  await page.getByRole("button", { name: "重新提交" }).click();
  await expect(page).toHaveURL(new RegExp(`/me/applications/${id}\\?resubmitted=1$`));
  await expect(page.getByText("已重新提交，派出所将重新审核")).toBeVisible();

  // --- the station sees the new page and forwards; the county approves ---
  const countyDesk = await openDesk(browser, "countyApprover", "/dashboard/applications");
  await openFromQueue(stationDesk, number);
  await expect(stationDesk.getByRole("toolbar", { name: /hukou-book-clear\.png/ })).toBeVisible();
  await expect(stationDesk.getByRole("toolbar", { name: /hukou-book\.png/ })).toHaveCount(0);
  await forwardAndApprove(stationDesk, countyDesk, number);

  // --- the citizen is told where to go, by when, with what; the calendar file opens in any calendar ---
  const deadline = longChineseDate(chinaDate(60));
  await page.goto(`/me/applications/${id}`);
  await expect(page.getByTestId("next-step")).toContainText(
    `请在60日内（最迟 ${deadline}，含当日）带上下列原件到${station.name}户籍窗口`,
  );
  await expect(page.getByTestId("window-deadline")).toHaveText(`${deadline}（含当日，距截止日还有 60 天）`);
  await expect(page.getByRole("link", { name: "0371-60105001" })).toHaveAttribute("href", "tel:0371-60105001");
  await expect(page.getByTestId("bring-list").getByRole("listitem")).toHaveText([
    "不动产权证书",
    "居民身份证",
    "居民户口簿",
  ]);
  await expectSms(
    page,
    citizen.login,
    `您的购房入户申请（${number}）已审批通过。请在60日内（最迟${deadline}，含当日）携带材料原件到${station.name}户籍窗口`,
  );

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载日历提醒 (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${number}.ics`);
  const ics = await readFile((await download.path())!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(ics).toContain("BEGIN:VEVENT");
  const calendar = await page.request.get(`/me/applications/${id}/calendar.ics`);
  expect(calendar.headers()["content-type"]).toBe("text/calendar; charset=utf-8");

  // --- at the window: find it by number, tick each original, complete and print ---
  const windowDesk = await openDesk(browser, "windowOfficer", "/dashboard/window");
  await openAtWindow(windowDesk, number);
  await expect(windowDesk.getByRole("checkbox", { name: /：原件与上传件一致$/ })).toHaveCount(3);
  const printed = await completeAtWindow(windowDesk);
  // Done: the success box stands alone, with no "cannot be handled at the window" above it.
  await expect(windowDesk.getByText(/不能在窗口办理/)).toHaveCount(0);
  const pdf = await windowDesk.request.get(printed.pdfHref);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await printed.done.getByRole("link", { name: "打开核验页面" }).click();
  await expect(windowDesk).toHaveURL(new RegExp(`/verify/${printed.code}$`));
  await expect(windowDesk.getByText("有效", { exact: true })).toBeVisible();
  await expectValidDocument(browser, printed.code, "张*");

  // --- the citizen gets the result, and the register has them at the new address ---
  await page.goto(`/me/applications/${id}`);
  await expect(page.getByTestId("next-step")).toHaveText(/^已办结。/);
  // The page of a completed application (with its long "download the PDF" button) fits the phone, in care mode too.
  await expectFitsWidth(page, "the completed application");
  await page.context().addCookies([{ name: "care", value: "1", url: page.url() }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-care", "1");
  await expectFitsWidth(page, "the completed application in care mode");
  await page.context().clearCookies({ name: "care" });
  await page.reload();
  const mine = await page.request.get(
    (await page.getByRole("link", { name: `下载 PDF：${documentTitle}` }).getAttribute("href"))!,
  );
  expect(mine.headers()["content-type"]).toBe("application/pdf");
  await page.getByRole("link", { name: "在线验证真伪" }).click();
  await expect(page.getByText("有效", { exact: true })).toBeVisible();
  await expectSms(page, citizen.login, `您的购房入户申请（${number}）已办结`);

  await page.goto("/me");
  const household = page.getByRole("region", { name: "户籍信息" });
  await expect(household).toContainText(newAddress);
  await expect(household.getByRole("row").filter({ hasText: "本人" })).toContainText("户主");

  await closeAll(stationDesk, countyDesk, windowDesk);
});

test("工作调动入户: approved, but the originals do not match at the window, which voids it with a reason", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const scans = testInfo.outputPath("scans");

  await signInCitizen(page, "/services/HZ004");
  const id = await startFromGuide(page, "HZ004");
  await page.getByLabel("调入单位").fill("河南省人力资源和社会保障厅");
  await page.getByLabel("调动通知（调令）文号").fill("豫人社调〔2026〕12号");
  await page.getByRole("radio", { name: "单位集体户", exact: true }).check();
  await chooseStation(page, station.county, station.name);
  await page.getByLabel("落户详细地址").fill("河南省郑州市金水区花园路60号省人社厅集体户");
  await nextStep(page, /第 2 步，共 3 步：上传材料/);
  await uploadMaterial(page, "工作调动通知（调令）", await scanOf(scans, "transfer-order.jpg", 11));
  await uploadMaterial(page, "居民身份证", await scanOf(scans, "id-card.png", 12));
  await uploadMaterial(page, "居民户口簿", await scanOf(scans, "hukou-book.jpg", 13));
  await uploadMaterial(page, "落户地址证明", await scanOf(scans, "collective-consent.png", 14));
  const number = await reviewAndSubmit(page);

  const stationDesk = await openDesk(browser, "stationOfficer", "/dashboard/applications");
  const countyDesk = await openDesk(browser, "countyApprover", "/dashboard/applications");
  await forwardAndApprove(stationDesk, countyDesk, number);

  const reason = "调令原件文号为豫人社调〔2026〕21号，与上传件不一致。";
  const windowDesk = await openDesk(browser, "windowOfficer", "/dashboard/window");
  await openAtWindow(windowDesk, number);
  for (const material of ["居民身份证", "居民户口簿", "落户地址证明"]) {
    await windowDesk.getByRole("checkbox", { name: `${material}：原件与上传件一致` }).check();
  }
  await windowDesk.getByLabel("作废理由").fill(reason);
  await windowDesk.getByRole("button", { name: "作废", exact: true }).click();
  // Irreversible, so it asks first: cancelling changes nothing, confirming voids.
  const confirm = windowDesk.getByRole("group", { name: /确认作废本申请？$/ });
  await expect(confirm).toBeFocused();
  await confirm.getByRole("button", { name: "取消" }).click();
  await expect(confirm).toBeHidden();
  await windowDesk.getByRole("button", { name: "作废", exact: true }).click();
  await windowDesk.getByRole("button", { name: "确认作废" }).click();
  await expect(windowDesk.getByText("已作废，已短信通知申请人。")).toBeVisible();

  await page.goto(`/me/applications/${id}`);
  await expect(page.getByText("已作废").first()).toBeVisible();
  await expect(page.getByTestId("next-step")).toHaveText(/^窗口核验时原件与上传材料不一致，审批已作废，本申请终止。/);
  await expect(page.getByRole("region", { name: "原因" })).toContainText(reason);
  await expect(page.getByTestId("timeline")).toContainText("窗口核验不一致，审批作废");
  await expect(page.getByRole("link", { name: "重新申请" })).toBeVisible();
  await expect(page.getByRole("button", { name: "撤回申请" })).toHaveCount(0);
  await expectSms(page, citizen.login, `您的工作调动入户申请（${number}）因原件核验未通过，审批已作废`);

  await closeAll(stationDesk, countyDesk, windowDesk);
});

test("出生登记: a newborn joins the father's household once the window completes", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const scans = testInfo.outputPath("scans");
  const child = { name: "张乐航", masked: "张*航" };

  await signInCitizen(page, "/me");
  const household = page.getByRole("region", { name: "户籍信息" });
  await expect(household.getByRole("row").filter({ hasText: "本人" })).toBeVisible();
  await expect(household.getByText(child.masked)).toHaveCount(0);

  await startFromGuide(page, "HZ001");
  await page.getByLabel("新生儿姓名").fill(child.name);
  await page.getByRole("radio", { name: "男", exact: true }).check();
  await page.getByLabel("出生日期").fill(chinaDate(-10));
  await page.getByLabel("出生地").fill("河南省郑州市金水区");
  await page.getByLabel("出生医学证明编号").fill("R410012345");
  await page.getByRole("radio", { name: "随父亲", exact: true }).check();
  await fillResident(page, "父亲", demoResidents.citizen);
  await fillResident(page, "母亲", demoResidents.unregistered);
  await page.getByRole("radio", { name: "随父落户", exact: true }).check();
  await nextStep(page, /第 2 步，共 3 步：上传材料/);
  await uploadMaterial(page, "出生医学证明", await scanOf(scans, "birth-certificate.jpg", 21));
  await uploadMaterial(page, "居民身份证", await scanOf(scans, "id-cards.png", 22));
  await uploadMaterial(page, "居民户口簿", await scanOf(scans, "hukou-book.png", 23));
  const number = await reviewAndSubmit(page);
  // Routed by the register: the father's household is kept at 花园路派出所.
  await expect(page.getByTestId("next-step")).toContainText(`${station.name}正在审核您的申请`);

  const stationDesk = await openDesk(browser, "stationOfficer", "/dashboard/applications");
  const countyDesk = await openDesk(browser, "countyApprover", "/dashboard/applications");
  await forwardAndApprove(stationDesk, countyDesk, number);
  const windowDesk = await openDesk(browser, "windowOfficer", "/dashboard/window");
  await openAtWindow(windowDesk, number);
  const printed = await completeAtWindow(windowDesk);
  await expectValidDocument(browser, printed.code, child.masked);

  await page.goto("/me");
  const newborn = household.getByRole("row").filter({ hasText: child.masked });
  await expect(newborn).toContainText("子");
  await expect(newborn).toContainText(/410105\*{8}\d{3}[\dX]/);
  await expectSms(page, citizen.login, `您的出生登记申请（${number}）已办结`);

  await closeAll(stationDesk, countyDesk, windowDesk);
});
