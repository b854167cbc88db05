import { expect, type Page, test } from "@playwright/test";
import { chinaToday } from "@/server/dates/china-today";
import { demoAccount } from "@/server/seed/demo-accounts";
import { buildRegisters } from "@/server/seed/registers";
import { demoEnterprise } from "@/server/seed/seed-enterprises";
import {
  chinaDate,
  chooseStation,
  decide,
  expectSms,
  forwardAndApprove,
  nextStep,
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
 * The one service engine (issue 18) on a 360 px phone, beyond the household family: an automatic decision
 * delivered by post, a review at a city's specialised desk, a window-only service pre-reviewed online and
 * then booked, and a company's licence through the station and the county. The citizen is on the phone;
 * each officer opens a desktop window of their own. Every test files its own application of its own
 * service, so none waits on another's state.
 */

const citizen = demoAccount("citizen");

// One application per service and citizen is open at a time, so each flow runs once per server: on the phone.
test.skip(({ isMobile }) => !isMobile, "runs in the 360 px phone project");

/** 张明's driving licence as the register was seeded: the file number he reads off its counterpart. */
function demoCitizenLicence() {
  const licence = buildRegisters(chinaToday()).drivingLicences.find((l) => l.holderIdNumber === citizen.idNumber);
  if (!licence) throw new Error("the demo citizen has no driving licence in the seeded register");
  return licence;
}

async function closeAll(...pages: Page[]) {
  for (const p of pages) await p.context().close();
}

/** The citizen's own application page, reloaded until its state badge says `state`. */
async function expectState(page: Page, id: string, state: string) {
  await expect(async () => {
    await page.goto(`/me/applications/${id}`);
    await expect(page.getByText(state, { exact: true }).first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test("@phone 驾驶证期满换证 is decided automatically within seconds of paying the postage, and the new licence goes by post", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const licence = demoCitizenLicence();
  await signInCitizen(page, "/services/JJ025");
  const id = await startFromGuide(page, "JJ025");

  await page.getByLabel("驾驶证档案编号").fill(licence.archiveNumber);
  await page.getByLabel("准驾车型").selectOption({ label: "C1 小型汽车" });
  await page.getByLabel("驾驶证有效期至").fill(chinaDate(60));
  await page.getByLabel("联系电话").fill(citizen.login);

  await nextStep(page, /第 2 步，共 \d 步：上传材料/);
  // The rule decides on the photo; 张明 is under 60, so no physical-condition certificate is asked of him.
  await uploadMaterial(page, "驾驶证照片", await scanOf(testInfo.outputPath("scans"), "licence-photo.jpg", 11));

  await nextStep(page, /第 3 步，共 \d 步：领取方式/);
  await page.getByRole("radio", { name: /^邮寄送达（邮寄费 ¥15\.00）/ }).check();
  await page.getByLabel("收件人", { exact: true }).fill(citizen.name);
  await page.getByLabel("收件人手机号码").fill(citizen.login);
  await page.getByLabel("收件地址").fill("河南省郑州市金水区花园路18号院3号楼2单元501室");

  await page.getByRole("button", { name: "下一步：核对申请信息" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "核对申请信息" })).toBeVisible();
  await expect(page.getByText("您选择了邮寄送达，提交前需要在线支付邮寄费 ¥15.00")).toBeVisible();
  await page.getByRole("button", { name: "支付邮寄费并提交" }).click();

  // --- the sandbox checkout; paying submits the application, which the licence_renewal rule decides at once ---
  await expect(page).toHaveURL(/\/pay\/sandbox\/[0-9A-Za-z]+$/);
  await expect(page.getByTestId("payment-amount")).toHaveText("15.00 元");
  const orderNo = /\/pay\/sandbox\/([0-9A-Za-z]+)$/.exec(page.url())![1]!;
  await page.getByRole("button", { name: "确认支付" }).click();
  await expect(page).toHaveURL(new RegExp(`/me/applications/${id}\\?paid=${orderNo}`));
  await expect(page.getByText(`邮寄费已支付（订单号 ${orderNo}）。`)).toBeVisible();
  await expect(page.getByText("申请已随支付自动提交。")).toBeVisible();
  const submittedAt = Date.now();

  await expectState(page, id, "已办结");
  expect(Date.now() - submittedAt, "an automatic decision arrives within seconds").toBeLessThan(20_000);
  await expect(page.getByTestId("timeline")).toContainText("自动审核通过，已办结");
  await expect(page.getByTestId("next-step")).toHaveText(/^已办结/);
  await expect(page.getByRole("link", { name: /^下载 PDF：/ })).toBeVisible();
  const delivery = page.getByRole("region", { name: "领取方式" });
  await expect(delivery).toContainText("邮寄送达");
  await expect(delivery).toContainText("¥15.00（已支付）");
  await expectFitsWidth(page, "the automatically decided application");
  const number = (await page.getByTestId("application-number").innerText()).trim();
  await expectSms(page, citizen.login, number);
});

test("@phone 电信网络诈骗预警劝阻 is reviewed at the 郑州 cyber security desk and the citizen receives the reply", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signInCitizen(page, "/services/WA006");
  const id = await startFromGuide(page, "WA006");
  const contact = `1709${String(Date.now() % 10_000_000).padStart(7, "0")}`;
  await page.getByLabel("可疑电话、账号或网址").fill(contact);
  await page.getByLabel("联系渠道").selectOption({ label: "电话" });
  await page.getByLabel("情况描述").fill("对方自称快递客服，说包裹丢失要理赔，让我下载会议软件并共享屏幕。");
  await page.getByLabel("联系电话").fill(citizen.login);
  const number = await reviewAndSubmit(page);
  await expect(page.getByTestId("next-step")).toContainText("郑州市公安局网络安全保卫支队正在审核您的申请");

  const desk = await openDesk(browser, "cyberDeskOfficer", "/dashboard/applications");
  await openFromQueue(desk, number);
  await expect(desk.getByText(contact)).toBeVisible();
  await decide(desk, "审核通过", "承办单位审核通过", "已核查，该号码为涉诈号码，已标记拦截，请勿转账。");

  // The reply is a document handed over at the desk's window, as the configuration says.
  await expectState(page, id, "已批准");
  await expect(page.getByTestId("next-step")).toContainText("审批已通过");
  await expect(page.getByTestId("next-step")).toContainText("郑州市公安局网络安全保卫支队");
  await expect(page.getByTestId("timeline")).toContainText("已核查，该号码为涉诈号码");
  await expectSms(page, citizen.login, number);
  await closeAll(desk);
});

test("@phone 驾驶证自愿注销 is pre-reviewed online by the 郑州 车管所, then the citizen books the window visit", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const licence = demoCitizenLicence();
  const scans = testInfo.outputPath("scans");
  await signInCitizen(page, "/services/JJ034");
  const id = await startFromGuide(page, "JJ034");
  await page.getByLabel("驾驶证档案编号").fill(licence.archiveNumber);
  await page.getByLabel("准驾车型").selectOption({ label: "C1 小型汽车" });
  await page.getByLabel("注销原因").fill("年事渐高，今后不再驾驶机动车，申请注销驾驶证。");
  await page.getByLabel("联系电话").fill(citizen.login);
  await nextStep(page, /第 2 步，共 \d 步：上传材料/);
  await uploadMaterial(page, "居民身份证", await scanOf(scans, "id-card.jpg", 21));
  await uploadMaterial(page, "机动车驾驶证", await scanOf(scans, "licence.jpg", 22));
  const number = await reviewAndSubmit(page);

  const desk = await openDesk(browser, "vehicleDeskOfficer", "/dashboard/applications");
  await openFromQueue(desk, number);
  await decide(desk, "审核通过", "承办单位审核通过");
  await closeAll(desk);

  await page.goto(`/me/applications/${id}`);
  const visit = page.getByRole("region", { name: "预约窗口办理" });
  await expect(visit).toContainText("网上预审已通过");
  const book = visit.getByRole("link", { name: "预约窗口时间" });
  await expect(book).toHaveAttribute("href", `/appointments/book?service=JJ070&application=${id}`);
  await book.click();

  // The first slot still open, whatever the day and hour the suite runs.
  const place = page.getByLabel("办理地点");
  if (!(await place.inputValue())) await place.selectOption({ index: 1 });
  await page.getByRole("group", { name: "时段" }).getByRole("radio", { disabled: false }).first().check();
  await page.getByRole("button", { name: "确认预约" }).click();
  await expect(page).toHaveURL(/\/appointments\?booked=/);

  await page.goto(`/me/applications/${id}`);
  await expect(page.getByRole("region", { name: "预约窗口办理" })).toContainText(/已预约：.+。/);
  await expectFitsWidth(page, "the pre-reviewed application with its booking");
});

test("@phone the legal representative applies for the company's 印章刻制业 licence; the station forwards and the county approves", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const scans = testInfo.outputPath("scans");
  await signInCitizen(page, "/me/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "我的企业" })).toBeVisible();
  const company = page.getByRole("region", { name: demoEnterprise.name });
  // Bound by an earlier run that stopped half-way, it is used as it is; otherwise 张明 binds it now.
  if (!(await company.isVisible())) {
    await page.getByLabel("统一社会信用代码").fill(demoEnterprise.uscc);
    await page.getByLabel("企业名称").fill(demoEnterprise.name);
    await page.getByRole("button", { name: "绑定", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: `已绑定“${demoEnterprise.name}”` })).toBeVisible();
  }

  // --- the guide asks which company; the wizard then takes the company's details ---
  await page.goto("/services/ZA004");
  await page.getByLabel("申请单位").selectOption({ label: demoEnterprise.name });
  await page.getByRole("button", { name: "在线办理" }).click();
  await expect(page).toHaveURL(/\/me\/applications\/[0-9a-f-]{36}\/edit/);
  const id = /\/me\/applications\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  await page.getByLabel("单位名称").fill(demoEnterprise.name);
  await page.getByLabel("统一社会信用代码").fill(demoEnterprise.uscc);
  await chooseStation(page, "金水区公安分局", "花园路派出所");
  await page.getByLabel("经营场所地址").fill("河南省郑州市金水区花园路38号院2号楼1层");
  await page.getByLabel("经营范围").fill("公章、财务专用章等各类印章刻制。");
  await page.getByLabel("法定代表人或负责人").fill(citizen.name);
  await page.getByLabel("负责人公民身份号码").fill(citizen.idNumber!);
  await page.getByLabel("刻制设备").fill("激光印章雕刻机 2 台");
  await page.getByLabel("从业人员人数").fill("4");
  await page.getByLabel("联系电话").fill(citizen.login);
  await nextStep(page, /第 2 步，共 \d 步：上传材料/);
  for (const [i, material] of [
    "营业执照",
    "法定代表人居民身份证",
    "经营场所证明",
    "治安保卫制度",
    "印章治安管理信息系统设备清单",
  ].entries())
    await uploadMaterial(page, material, await scanOf(scans, `material-${i}.png`, 30 + i));
  const number = await reviewAndSubmit(page);

  // --- the station covering the premises forwards, the county approves: the licence is issued ---
  const station = await openDesk(browser, "stationOfficer", "/dashboard/applications");
  const county = await openDesk(browser, "countyApprover", "/dashboard/applications");
  await openFromQueue(station, number);
  await expect(station.getByText(demoEnterprise.name).first()).toBeVisible();
  await forwardAndApprove(station, county, number);
  await closeAll(station, county);

  // The licence is handed over at the station's window, as the configuration says (no postal delivery).
  await expectState(page, id, "已批准");
  await expect(page.getByTestId("next-step")).toContainText("审批已通过");
  await expect(page.getByTestId("next-step")).toContainText("花园路派出所");
  await expect(page.getByTestId("timeline")).toContainText("县级公安机关审批通过");

  // The company's page lists its application; unbinding leaves the demo company as seeded for other specs.
  await page.goto("/me/organisations");
  await expect(company).toContainText(number);
  await company.getByRole("button", { name: `解除与 ${demoEnterprise.name} 的绑定` }).click();
  await expect(page.getByText("您还没有绑定企业，也没有企业授权您代为办理。")).toBeVisible();
});
