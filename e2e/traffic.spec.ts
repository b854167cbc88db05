import { readFile } from "node:fs/promises";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { expectSms, openDesk, scanOf } from "./support/household";
import { signInCitizen, signInStaff } from "./support/sign-in";
import {
  chinaLocalMinute,
  demoCitizenCar,
  expectFitsWidth,
  expectNoSeriousA11yIssues,
  fact,
  fenOf,
  openPhone,
  payAtSandbox,
  platePrinted,
  platePrintedMasked,
  recordViolation,
  yuanOf,
  zhengzhouStrangerCar,
} from "./support/traffic";

/**
 * Traffic fines end to end (issue 6): the citizen pays on a 360 px phone through the sandbox checkout and
 * gets a receipt anyone can verify; the traffic officer records a violation that the public look-up then
 * shows; the admin finds the payment and the day's reconciliation. The officer and the admin sit at
 * desktop windows. Only 张明's fines are touched, which no other spec reads.
 */

const citizen = demoAccount("citizen");

/**
 * The public verify page, opened by someone who is not signed in (as a QR scan would): whether the paper
 * is genuine, not what it says beyond that.
 */
async function expectValidReceipt(browser: Browser, code: string, totalYuan: string) {
  const guest = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await guest.newPage();
  await page.goto(`/verify/${code}`);
  await expectValidReceiptPage(page);
  await expect(page.getByText(`${totalYuan}元`, { exact: true })).toHaveCount(0);
  await expect(page.getByText("仅持有人登录后可见")).toBeVisible();
  await guest.close();
}

async function expectValidReceiptPage(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "核验结果" })).toBeVisible();
  await expect(page.getByText("有效", { exact: true })).toBeVisible();
  await expect(page.getByText("交通违法罚款电子缴款凭证")).toBeVisible();
  await expect(page.getByText("张*", { exact: true })).toBeVisible();
}

test("张明 pays his two fines (one with the late surcharge) in one order on his phone, downloads the receipt and verifies it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const phone = await openPhone(browser);
  await signInCitizen(phone, "/traffic/violations");
  await expect(phone.getByRole("heading", { level: 1, name: "交通违法查询与缴款" })).toBeVisible();

  // --- two unpaid fines; the older one is past its 15 days and carries the surcharge ---
  const unpaid = phone.getByTestId("unpaid-violation");
  await expect(unpaid).toHaveCount(2);
  const late = unpaid.filter({ has: phone.getByTestId("violation-surcharge") });
  const recent = unpaid.filter({ hasNot: phone.getByTestId("violation-surcharge") });
  await expect(late).toHaveCount(1);
  await expect(recent).toHaveCount(1);
  const lateFine = fenOf(await fact(late, "罚款").innerText());
  const recentFine = fenOf(await fact(recent, "罚款").innerText());
  const surchargeText = await late.getByTestId("violation-surcharge").innerText();
  const overdueDays = Number(/已逾期 (\d+) 天/.exec(surchargeText)![1]);
  const surcharge = fenOf(surchargeText);
  // 3 % of the fine per day overdue, never more than the fine itself.
  expect(overdueDays).toBeGreaterThan(0);
  expect(surcharge).toBe(Math.min(lateFine, Math.floor((lateFine * 3 * overdueDays) / 100)));
  const places = [await fact(late, "违法地点").innerText(), await fact(recent, "违法地点").innerText()];
  await expectFitsWidth(phone);
  await expectNoSeriousA11yIssues(phone);
  // From here on in care mode (large text): every page still fits the phone.
  await phone.getByRole("button", { name: "关怀模式" }).click();
  await expect(phone.locator("html")).toHaveAttribute("data-care", "1");
  await expectFitsWidth(phone);

  // --- tick both: the total follows the boxes ---
  const total = phone.getByTestId("fine-total");
  await expect(total).toHaveText("¥0.00");
  await late.getByRole("checkbox", { name: /^选择：豫A·/ }).check();
  await expect(total).toHaveText(`¥${yuanOf(lateFine + surcharge)}`);
  await recent.getByRole("checkbox", { name: /^选择：豫A·/ }).check();
  const totalFen = lateFine + surcharge + recentFine;
  await expect(total).toHaveText(`¥${yuanOf(totalFen)}`);
  await expect(phone.getByRole("checkbox", { name: "全选" })).toBeChecked();
  await expect(
    phone.getByText(`罚款 ${yuanOf(lateFine + recentFine)} 元 + 加处罚款 ${yuanOf(surcharge)} 元`),
  ).toBeVisible();

  // --- a first try is cancelled at the checkout: back on the page, nothing is paid or held ---
  await phone.getByRole("button", { name: "去支付" }).click();
  await expect(phone).toHaveURL(/\/pay\/sandbox\/[0-9A-Za-z]+$/);
  await expect(phone.getByTestId("payment-amount")).toHaveText(`${yuanOf(totalFen)} 元`);
  await expectFitsWidth(phone);
  await expectNoSeriousA11yIssues(phone);
  await phone.getByRole("button", { name: "取消支付" }).click();
  await expect(phone).toHaveURL(/\/traffic\/violations\?payment=cancelled$/);
  await expect(phone.getByRole("status").filter({ hasText: "已取消支付" })).toBeVisible();
  await expect(unpaid).toHaveCount(2);
  await expect(phone.getByTestId("pending-fine-order")).toHaveCount(0);
  for (const item of [late, recent]) await expect(fact(item, "状态")).toHaveText("未缴款");

  // --- the sandbox checkout asks for the same amount; confirming brings the payer back ---
  await phone.getByRole("checkbox", { name: "全选" }).check();
  await expect(total).toHaveText(`¥${yuanOf(totalFen)}`);
  await phone.getByRole("button", { name: "去支付" }).click();
  const { orderNo, banner } = await payAtSandbox(phone, totalFen);
  await expectFitsWidth(phone);
  await expectNoSeriousA11yIssues(phone);

  // --- both fines now show paid, with the receipt beside them ---
  await expect(phone.getByText("暂无待缴款的交通违法记录。")).toBeVisible();
  for (const place of places) {
    const settled = phone.getByTestId("settled-violation").filter({ hasText: place });
    await expect(fact(settled, "状态")).toHaveText("已缴款");
    await expect(settled.getByRole("link", { name: `下载 PDF：订单 ${orderNo} 的电子缴款凭证` })).toBeVisible();
  }
  const receipt = phone.getByTestId("fine-receipt").filter({ hasText: orderNo });
  await expect(fact(receipt, "金额")).toHaveText(`${yuanOf(totalFen)} 元`);
  await expect(fact(receipt, "违法记录").getByRole("listitem")).toHaveCount(2);

  // --- the receipt is a PDF, for the payer only ---
  const pdfHref = (await banner.getByRole("link", { name: "下载电子缴款凭证（PDF）" }).getAttribute("href"))!;
  const pdf = await phone.request.get(pdfHref);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const stranger = await browser.newContext();
  expect((await stranger.request.get(pdfHref)).status()).toBe(401);
  await stranger.close();

  // --- "在线验证" confirms it, and so does the same address for someone not signed in ---
  await banner.getByRole("link", { name: "在线验证" }).click();
  await expect(phone).toHaveURL(/\/verify\/[^/?]+$/);
  await expectValidReceiptPage(phone);
  await expect(phone.getByText(`${yuanOf(totalFen)}元`, { exact: true })).toBeVisible();
  await expectFitsWidth(phone);
  const code = /\/verify\/([^/?]+)$/.exec(phone.url())![1]!;
  await expect(fact(phone.getByRole("main"), "缴款订单号")).toHaveText(orderNo);
  await expectValidReceipt(browser, code, yuanOf(totalFen));

  // --- and the SMS says so ---
  await expectSms(phone, citizen.login, `订单号${orderNo}`);
  const inbox = await phone.context().newPage();
  await inbox.goto(`/dev/sms?phone=${citizen.login}`);
  const sms = inbox.getByRole("listitem").filter({ hasText: `订单号${orderNo}` });
  await expect(sms.getByText("交通违法罚款已缴纳", { exact: true })).toBeVisible();
  await expect(sms.getByTestId("sms-text")).toHaveText(
    `【河南警民通】您已成功缴纳${platePrintedMasked(demoCitizenCar().plateNumber)}的2起交通违法罚款，共${yuanOf(totalFen)}元，订单号${orderNo}。电子缴款凭证可在警民通“交通违法”页面下载。`,
  );
  await phone.context().close();
});

test("the traffic officer records a violation with a photo; a visitor finds it by plate and VIN tail, and a wrong VIN is refused", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const car = zhengzhouStrangerCar();
  const place = `郑州市金水区文化路与东风路交叉口（e2e ${Date.now().toString(36)}）`;
  const photo = await scanOf(testInfo.outputPath("photos"), "camera.jpg", 7);

  // --- the officer records it at the desk, typing the plate without the dot ---
  await signInStaff(page, "trafficOfficer", "/dashboard/traffic/violations/new");
  await recordViolation(page, {
    plate: car.plateNumber,
    plateType: car.plateType,
    occurredAt: chinaLocalMinute(1, "08:15"),
    place,
    code: "1344",
    fineYuan: 150,
    photo,
  });
  const row = page.getByTestId("recent-violations").getByRole("row").filter({ hasText: place });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(platePrinted(car.plateNumber));
  await expect(row).toContainText("1344");
  await expect(row).toContainText("150.00 元");
  await expect(row).toContainText("未缴款");
  await expect(row).toContainText(demoAccount("trafficOfficer").name);
  const photoHref = (await row.getByRole("link", { name: "违法照片" }).getAttribute("href"))!;
  const stored = await page.request.get(photoHref);
  expect(stored.status()).toBe(200);
  expect(stored.headers()["content-type"]).toMatch(/^image\//);
  await expectNoSeriousA11yIssues(page);

  // --- a visitor who is not signed in looks the car up, with the dot and the VIN tail from the licence ---
  const visitor = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const guest = await visitor.newPage();
  await guest.goto("/traffic/violations");
  await expect(guest.getByRole("link", { name: "登录后查看" })).toBeVisible();
  const lookup = guest.getByRole("search");
  await lookup.getByLabel("号牌号码").fill(platePrinted(car.plateNumber));
  await lookup.getByLabel("号牌种类").selectOption(car.plateType);
  await lookup.getByLabel("车辆识别代号后六位").fill(car.vin.slice(-6).toLowerCase());
  await lookup.getByRole("button", { name: "查询" }).click();
  const result = guest.getByTestId("lookup-result");
  await expect(
    result.getByRole("heading", { name: `${platePrinted(car.plateNumber)}（小型新能源汽车号牌）的交通违法记录` }),
  ).toBeVisible();
  const found = result.getByRole("listitem").filter({ hasText: place });
  await expect(found).toHaveCount(1);
  await expect(fact(found, "违法行为")).toContainText("违法代码 1344");
  await expect(fact(found, "罚款")).toHaveText("150.00 元");
  await expect(fact(found, "记分")).toHaveText("1 分");
  await expect(fact(found, "状态")).toHaveText("未缴款");
  // Nothing about the owner.
  await expect(result).not.toContainText(car.vin);
  await expectNoSeriousA11yIssues(guest);

  // --- one wrong character in the VIN tail gets the same refusal as a plate that does not exist ---
  const tail = car.vin.slice(-6);
  const wrongTail = tail.slice(0, 5) + (tail.endsWith("1") ? "2" : "1");
  await lookup.getByLabel("车辆识别代号后六位").fill(wrongTail);
  await lookup.getByRole("button", { name: "查询" }).click();
  await expect(
    guest.getByRole("alert").filter({ hasText: "号牌号码、号牌种类与车辆识别代号后六位不匹配" }),
  ).toBeVisible();
  await expect(result).toHaveCount(0);
  await visitor.close();
});

test("the admin finds a paid fine order in the payment list and in the day's reconciliation CSV", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const car = demoCitizenCar();
  const place = `郑州市金水区经三路与农业路交叉口（e2e ${Date.now().toString(36)}）`;

  // --- a fine of the citizen's own, recorded now, paid on the phone: this test's order ---
  await signInStaff(page, "trafficOfficer", "/dashboard/traffic/violations/new");
  await recordViolation(page, { plate: car.plateNumber, plateType: car.plateType, place, code: "1344", fineYuan: 50 });
  const phone = await openPhone(browser);
  await signInCitizen(phone, "/traffic/violations");
  const mine = phone.getByTestId("unpaid-violation").filter({ hasText: place });
  await mine.getByRole("checkbox", { name: /^选择：豫A·/ }).check();
  await expect(phone.getByTestId("fine-total")).toHaveText("¥50.00");
  await phone.getByRole("button", { name: "去支付" }).click();
  const { orderNo } = await payAtSandbox(phone, 5000);
  await phone.context().close();

  // --- the admin filters the list by the order number ---
  const admin = await openDesk(browser, "admin", "/admin/payments");
  await expect(admin.getByRole("heading", { level: 1, name: "支付对账" })).toBeVisible();
  await admin.getByLabel("订单号或支付宝交易号").fill(orderNo);
  await admin.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(admin).toHaveURL(new RegExp(`number=${orderNo}`));
  const paid = admin.locator("tr[data-payment-row]");
  await expect(paid).toHaveCount(1);
  await expect(paid).toHaveAttribute("data-payment-row", "paid");
  await expect(paid).toContainText(orderNo);
  await expect(paid).toContainText("交通违法罚款");
  await expect(paid).toContainText("50.00");
  await expect(paid).toContainText("已支付");
  await expect(paid).toContainText("张*");
  await expectNoSeriousA11yIssues(admin);

  // --- the day's reconciliation: the order matches the sandbox's confirmation ---
  const link = admin.getByRole("link", { name: "下载对账单（CSV）" });
  const downloading = admin.waitForEvent("download");
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^reconciliation-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").split("\r\n");
  expect(lines[0]).toBe(
    "订单号,支付渠道,缴费事项,订单状态,订单金额（元）,通知金额（元）,渠道交易号,下单时间,支付时间,通知次数,最后通知时间,最后通知处理结果,拒绝原因,核对结果代码,核对结果,差异",
  );
  const line = lines.find((l) => l.startsWith(`${orderNo},`));
  expect(line).toBeDefined();
  expect(line).toContain(",沙箱（测试）,交通违法罚款,已支付,50.00,50.00,");
  expect(line).toMatch(/,ok,一致,否$/);
  const response = await admin.request.get((await link.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="reconciliation-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  await admin.context().close();
});
