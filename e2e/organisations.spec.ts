import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoEnterprise } from "@/server/seed/seed-enterprises";
import { signInCitizen } from "./support/sign-in";
import { openPhone } from "./support/traffic";

/**
 * Companies (issue 18): on a 360 px phone 张明, the legal representative the register names for the demo
 * seal engraver, binds it by its 统一社会信用代码 and authorises 牛鹏 (the spare citizen) by name and ID
 * number; 牛鹏 then sees the company as its authorised person until 张明 revokes him. The test ends by
 * unbinding, so the demo company is unbound again for the next run and for other specs.
 */

const spare = demoAccount("spareCitizen");

async function signInSpare(browser: Browser): Promise<Page> {
  const page = await openPhone(browser);
  await page.goto("/login?next=%2Fme%2Forganisations");
  await page.getByLabel("手机号码").fill(spare.login);
  await page.getByLabel("密码", { exact: true }).fill(spare.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/me\/organisations/);
  return page;
}

test("the legal representative binds the demo company on a phone and authorises, then revokes, another citizen", async ({
  browser,
}) => {
  const phone = await openPhone(browser);
  await signInCitizen(phone, "/me/organisations");
  await expect(phone.getByRole("heading", { level: 1, name: "我的企业" })).toBeVisible();
  await expect(phone.getByText("您还没有绑定企业，也没有企业授权您代为办理。")).toBeVisible();

  // A code mistyped in its last character is caught by the check character, and says so.
  const last = demoEnterprise.uscc.at(-1) === "0" ? "1" : "0";
  await phone.getByLabel("统一社会信用代码").fill(demoEnterprise.uscc.slice(0, 17) + last);
  await phone.getByLabel("企业名称").fill(demoEnterprise.name);
  await phone.getByRole("button", { name: "绑定", exact: true }).click();
  await expect(phone.getByText("统一社会信用代码最后一位校验码不符，请核对是否抄错。")).toBeVisible();

  // Typed in lower case, as people do; the register names 张明 as legal representative, so he is bound at once.
  await phone.getByLabel("统一社会信用代码").fill(demoEnterprise.uscc.toLowerCase());
  await phone.getByRole("button", { name: "绑定", exact: true }).click();
  await expect(phone.getByRole("status").filter({ hasText: `已绑定“${demoEnterprise.name}”` })).toBeVisible();
  const company = phone.getByRole("region", { name: demoEnterprise.name });
  await expect(company.getByText("法定代表人", { exact: true })).toBeVisible();
  await expect(company).toContainText(demoEnterprise.uscc);
  await expect(company).toContainText("尚未授权经办人。");
  await expect(company).toContainText("该企业还没有在线申请。");

  // 牛鹏 is authorised by his name and ID number; the page shows the number masked only.
  const authorise = company.getByRole("form", { name: `授权经办人：${demoEnterprise.name}` });
  await authorise.getByLabel("被授权人姓名").fill(spare.name);
  await authorise.getByLabel("被授权人身份证号码").fill(spare.idNumber!);
  const submit = authorise.getByRole("button", { name: "授权", exact: true });
  const box = (await submit.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  await submit.click();
  await expect(phone.getByRole("status").filter({ hasText: `已授权 ${spare.name}` })).toBeVisible();
  const member = company.getByTestId("organisation-member").filter({ hasText: spare.name });
  await expect(member).toContainText(`${spare.idNumber!.slice(0, 6)}********${spare.idNumber!.slice(-4)}`);
  await expect(member).toContainText("由 张明 授权");
  await expect(phone.getByText(spare.idNumber!)).toHaveCount(0);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // 牛鹏 sees the company as its authorised person, without the legal representative's controls.
  const other = await signInSpare(browser);
  const asClerk = other.getByRole("region", { name: demoEnterprise.name });
  await expect(asClerk.getByText("经办人", { exact: true })).toBeVisible();
  await expect(asClerk.getByRole("form")).toHaveCount(0);
  await expect(asClerk).toContainText("该企业还没有在线申请。");

  // Revoked, he no longer sees the company at all.
  await member.getByRole("button", { name: `撤销 ${spare.name} 的授权` }).click();
  await expect(company).toContainText("尚未授权经办人。");
  await other.reload();
  await expect(other.getByText("您还没有绑定企业，也没有企业授权您代为办理。")).toBeVisible();
  await other.context().close();

  await company.getByRole("button", { name: `解除与 ${demoEnterprise.name} 的绑定` }).click();
  await expect(phone.getByText("您还没有绑定企业，也没有企业授权您代为办理。")).toBeVisible();
});
