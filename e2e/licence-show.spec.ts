import { expect, test } from "@playwright/test";
import { maskIdNumber, maskName } from "@/server/crypto/mask";
import { demoResidents } from "@/server/seed/population";
import { signInCitizen } from "./support/sign-in";
import { expectFitsWidth } from "./support/traffic";

/**
 * 电子证照亮证 (issue 19): 张明 opens his electronic licences from the service guide on a 360 px phone; a
 * checker who is not signed in, in a browser of their own, opens the link the QR code encodes and sees the
 * licence valid, masked. Reads only; every run makes codes of its own.
 */
test("@phone a citizen shows the electronic licence and a checker in another browser verifies its QR code", async ({
  browser,
  page,
}) => {
  await signInCitizen(page, "/services/ZH022");
  // The guide's query button leads to the licence screen (through /queries/ZH022 once the query engine routes it).
  await page.getByRole("link", { name: /^(打开电子证照|开始查询)$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "电子证照亮证" })).toBeVisible();
  await expect(page.getByRole("img", { name: /核验二维码/ })).toBeVisible();
  const link = page.getByTestId("licence-verify-link");
  await expect(link).toHaveText(/\/verify\/licence\/[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
  await expect(page.getByText(/二维码 \d+ 秒后失效/)).toBeVisible();
  await expect(page.getByText(maskIdNumber(demoResidents.citizen.idNumber)).first()).toBeVisible();
  await expect(page.getByText(demoResidents.citizen.idNumber)).toHaveCount(0);
  await expectFitsWidth(page);
  // The refresh button is reachable from the keyboard.
  await page.getByRole("button", { name: "立即更换二维码" }).focus();
  await expect(page.getByRole("button", { name: "立即更换二维码" })).toBeFocused();

  const url = new URL((await link.textContent())!.trim());
  const checkerContext = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: "zh-CN" });
  const checker = await checkerContext.newPage();
  await checker.goto(url.pathname);
  await expect(checker.getByRole("heading", { level: 1, name: "电子证照核验结果" })).toBeVisible();
  const status = checker.getByRole("region", { name: "有效" });
  await expect(status).toContainText("当前有效");
  await expect(status).toContainText("生成时间");
  await expect(checker.getByRole("region", { name: "机动车驾驶证" })).toContainText("C1");
  await expect(checker.getByRole("region", { name: "机动车驾驶证" })).toContainText("有效");
  await expect(checker.getByText(maskName(demoResidents.citizen.name))).toBeVisible();
  await expect(checker.getByText(demoResidents.citizen.name, { exact: true })).toHaveCount(0);
  await expectFitsWidth(checker);

  // A code that was never issued (one character changed) is not valid.
  const code = url.pathname.split("/").pop()!;
  const changed = (code[0] === "7" ? "8" : "7") + code.slice(1);
  await checker.goto(`/verify/licence/${changed}`);
  await expect(checker.getByRole("region", { name: "无效" })).toBeVisible();
  await checkerContext.close();
});
