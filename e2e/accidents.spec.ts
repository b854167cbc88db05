import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { openDesk } from "./support/household";
import { signInCitizen } from "./support/sign-in";
import { demoCitizenCar, expectFitsWidth, openPhone } from "./support/traffic";

/**
 * Minor accidents end to end (issue 7), with the shipped test images: 张明 reports on his phone, the spare
 * citizen joins from hers with the code, both take their photos and ask for remote determination; the
 * traffic officer decides at a desktop; both phones show the outcome without reloading; 张明's insurer
 * (PICC) assesses the loss and pays, which his phone shows too. Only a new accident is touched.
 */

const reporterAccount = demoAccount("citizen");
const otherAccount = demoAccount("spareCitizen");
const scene = path.join(import.meta.dirname, "fixtures", "accident-scene.jpg");
const document = path.join(import.meta.dirname, "fixtures", "accident-document.jpg");
/** The pages poll every 3 s; the issue promises changes within 5 s. */
const live = { timeout: 5_000 };

async function signInOther(browser: Browser): Promise<Page> {
  const page = await openPhone(browser);
  await page.goto("/login");
  await page.getByLabel("手机号码").fill(otherAccount.login);
  await page.getByLabel("密码", { exact: true }).fill(otherAccount.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

/** Every answer that keeps the accident eligible, in the order the gate asks. */
const eligible: [string, "是" | "否"][] = [
  ["是否有人受伤？", "否"],
  ["事故是否发生在河南省境内？", "是"],
  ["是否只涉及机动车（没有行人、非机动车）？", "是"],
  ["车辆是否都能正常行驶？", "是"],
  ["各方驾驶人是否都持有有效驾驶证？", "是"],
  ["各方车辆是否都有号牌？", "是"],
  ["是否有人涉嫌酒驾、毒驾？", "否"],
];

/** Answers the gate's questions in turn, each shown only once the one before is answered. */
async function answerGate(page: Page, answers: [string, "是" | "否"][]) {
  for (const [question, answer] of answers) {
    await expect(page.getByRole("heading", { name: question })).toBeVisible();
    await page.getByRole("region", { name: question }).getByRole("button", { name: answer, exact: true }).click();
  }
}

async function upload(page: Page, slot: string, file: string) {
  await page.getByTestId(`file-${slot}`).setInputFiles(file);
  await expect(page.getByTestId(`slot-${slot}`)).toContainText("已上传");
}

test("two drivers report and join an accident, photograph it, the officer decides remotely and the insurer pays", async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // --- the gate, one question at a time: the first answer that rules it out stops at once ---
  // The reporter's phone stands at 花园路与农业路交叉口 in 金水区.
  const reporter = await openPhone(browser, { latitude: 34.7876, longitude: 113.6851 });
  await signInCitizen(reporter, "/traffic/accident/new");
  // Someone hurt: 120 and 122 now, without answering anything else; focus is on the instruction.
  await answerGate(reporter, [["是否有人受伤？", "是"]]);
  const stop = reporter.getByTestId("accident-stop");
  await expect(stop.getByRole("heading", { name: "有人受伤：请立即拨打120和122" })).toBeFocused();
  await expect(stop.getByRole("link", { name: "拨打 120" })).toHaveAttribute("href", "tel:120");
  await expect(stop.getByRole("link", { name: "拨打 122" })).toHaveAttribute("href", "tel:122");
  await stop.getByRole("button", { name: "重新回答" }).click();
  // No double negatives: 是 to "是否有人涉嫌酒驾、毒驾？" means someone is, and stops.
  await answerGate(reporter, [...eligible.slice(0, -1), ["是否有人涉嫌酒驾、毒驾？", "是"]]);
  await expect(stop.getByRole("heading", { name: "不能在线处理，请立即拨打122" })).toBeFocused();
  await expect(stop.getByRole("link", { name: "拨打 120" })).toHaveCount(0);
  await stop.getByRole("button", { name: "重新回答" }).click();
  await answerGate(reporter, eligible);

  // The driver's own licence number and car come from the account; the register checks them on submit.
  await expect(reporter.getByLabel("驾驶证号码（身份证号码）")).toHaveValue(demoAccount("citizen").idNumber!);
  await expect(reporter.getByLabel("号牌号码")).toHaveValue(demoCitizenCar().plateNumber);

  // --- the report: time defaults to now; the place's district decides the officers ---
  await expect(reporter.getByLabel("事故时间")).not.toHaveValue("");
  await reporter.getByLabel("事故地点").fill("金水区花园路与农业路交叉口");
  // Preselected from the phone's position, to be checked by the driver.
  await expect(reporter.getByLabel("地点所在区县")).toHaveValue("410105");
  await expect(reporter.getByText("已按您的定位预选，请核对；不对的话请重新选择。")).toBeVisible();
  await reporter.getByLabel("交强险承保公司").selectOption("PICC");
  await reporter.getByLabel("手机号码").fill(reporterAccount.login);
  await reporter.getByRole("button", { name: "生成事故码" }).click();
  await expect(reporter).toHaveURL(/\/traffic\/accident\/[0-9a-f-]{36}$/);
  const code = (await reporter.getByTestId("accident-code").innerText()).trim();
  expect(code).toMatch(/^\d{6}$/);
  await expect(reporter.getByRole("img", { name: "加入本事故的二维码" })).toBeVisible();
  await expectFitsWidth(reporter);

  // --- the other driver joins with the code; the reporter's page shows it by itself ---
  const other = await signInOther(browser);
  await other.goto(`/traffic/accident/join?code=${code}`);
  await expect(other.getByLabel("事故码")).toHaveValue(code);
  await expect(other.getByLabel("驾驶证号码（身份证号码）")).toHaveValue(otherAccount.idNumber!);
  await other.getByLabel("号牌号码").fill("豫AB2345");
  await other.getByLabel("交强险承保公司").selectOption("PINGAN");
  await other.getByLabel("手机号码").fill(otherAccount.login);
  await other.getByRole("button", { name: "加入", exact: true }).click();
  await expect(other).toHaveURL(/\/traffic\/accident\/[0-9a-f-]{36}$/);
  await expect(reporter.getByTestId("accident-parties")).toContainText("乙方", live);
  await expect(reporter.getByTestId("accident-code")).toHaveCount(0, live);

  // --- the guided photos: each slot says whose it is; each driver takes their own, the scene shots the reporter ---
  await expect(reporter.getByTestId("taker-p1.driver_licence")).toHaveText("由您拍摄");
  await expect(reporter.getByTestId("taker-p2.driver_licence")).toHaveText(/^由乙方 \S+ 拍摄$/);
  await expect(other.getByTestId("taker-p2.plate")).toHaveText("由您拍摄");
  await expect(other.getByTestId("taker-collision")).toHaveText("任一方拍摄");
  for (const slot of ["p1.driver_licence", "p1.vehicle_licence"]) await upload(reporter, slot, document);
  for (const slot of ["p1.plate", "collision", "panorama"]) await upload(reporter, slot, scene);
  for (const slot of ["p2.driver_licence", "p2.vehicle_licence"]) await upload(other, slot, document);
  await upload(other, "p2.plate", scene);
  await expect(other.getByTestId("slot-panorama")).toContainText("已上传", live);
  await expectFitsWidth(other);

  // --- remote determination ---
  await other.getByRole("button", { name: "申请交警远程定责" }).click();
  await expect(other.getByTestId("accident-status")).toHaveText("等待交警定责");
  await expect(reporter.getByTestId("accident-status")).toHaveText("等待交警定责", live);
  // Where things stand and what to do, at the top of both phones.
  for (const phone of [reporter, other]) {
    const waiting = phone.getByTestId("accident-waiting");
    await expect(waiting).toContainText("当前步骤：等待交警远程定责");
    await expect(waiting).toContainText("请在安全地点等候");
    expect((await waiting.boundingBox())!.y).toBeLessThan(
      (await phone.getByTestId("accident-parties").boundingBox())!.y,
    );
  }

  const officer = await openDesk(browser, "trafficOfficer", "/dashboard/traffic/accidents");
  const queued = officer.getByTestId("accident-queue").getByRole("listitem").filter({ hasText: "豫AB2345" });
  await expect(queued).toHaveCount(1);
  await queued.getByRole("link", { name: "处理" }).click();
  await expect(officer.getByTestId("accident-gallery").getByRole("img")).toHaveCount(8);
  await expect(officer.getByTestId("register-check").first()).toContainText("驾驶证");
  await officer.getByTestId("accident-gallery").getByRole("button").first().click();
  await expect(officer.getByRole("dialog")).toBeVisible();
  await officer.keyboard.press("Escape");
  await officer.getByLabel("甲方责任").selectOption({ label: "主要责任" });
  await officer.getByLabel("乙方责任").selectOption({ label: "次要责任" });
  await officer.getByLabel("认定依据").fill("《道路交通安全法实施条例》第四十四条");
  await officer.getByLabel("说明（选填，最多150字）").fill("甲方变更车道时未让正常行驶的车辆先行");
  await officer.getByRole("button", { name: "作出认定" }).click();
  await expect(officer.getByTestId("officer-decided")).toBeVisible();

  // --- both phones see the decision without reloading ---
  for (const phone of [reporter, other]) {
    await expect(phone.getByTestId("accident-settled")).toContainText("主要责任", live);
    await expect(phone.getByTestId("accident-settled")).toContainText("次要责任");
    await expect(phone.getByRole("link", { name: "下载认定书（PDF）" })).toBeVisible();
  }

  // --- the reporter's insurer assesses and pays; his phone shows both ---
  const insurer = await openDesk(browser, "insurer", "/dashboard/claims");
  // PICC insures 张明 only: 平安's policyholder (豫AB2345) is not on its list.
  await expect(insurer.getByTestId("claims")).not.toContainText("豫AB2345");
  const claim = insurer.getByTestId("claims").getByRole("listitem").filter({ hasText: demoCitizenCar().plateNumber });
  await claim.first().getByRole("link", { name: "处理" }).click();
  await expect(insurer.getByTestId("accident-gallery").getByRole("img")).toHaveCount(8);
  await insurer.getByLabel("定损金额（元）").fill("3280.50");
  await insurer.getByRole("button", { name: "保存定损" }).click();
  await expect(reporter.getByTestId("accident-claim")).toContainText("定损金额：3280.50元", live);
  await insurer.getByLabel("赔付金额（元）").fill("3280.50");
  await insurer.getByRole("button", { name: "登记赔付" }).click();
  await expect(insurer.getByTestId("claim-settlement")).toContainText("已赔付：3280.50元");
  await expect(reporter.getByTestId("accident-claim")).toContainText("已赔付：3280.50元", live);
});
