import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { openDesk } from "./support/household";
import { expectFitsWidth, expectNoSeriousA11yIssues, openPhone } from "./support/traffic";

/**
 * Case progress query end to end (issue 9): the station officer registers a case, adds a family member
 * (their query number shown once on the slip) and records a step; the family member, signed in on a 360 px
 * phone, queries with the number, their ID number, the registered phone and the SMS code and sees the step.
 * 张明, who holds the right number but types his own ID number, is refused. The case is new, so no other
 * spec is affected.
 */

const family = demoAccount("spareCitizen");
const stranger = demoAccount("citizen");
const mismatch = "查询信息不符或验证码无效，请核对查询号、身份证号、手机号和验证码后重试。";

async function signInAs(page: Page, account: { login: string; password: string }, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("手机号码").fill(account.login);
  await page.getByLabel("密码", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));
}

/** The newest case-query code texted to the phone, from the dev inbox. */
async function queryCodeFor(page: Page, phone: string): Promise<string> {
  const inbox = await page.context().newPage();
  let code = "";
  await expect
    .poll(
      async () => {
        await inbox.goto(`/dev/sms?phone=${phone}`);
        const texts = await inbox.getByTestId("sms-text").allTextContents();
        code = texts.map((t) => /查询案件办理进度，验证码为(\d{6})/.exec(t)?.[1]).find(Boolean) ?? "";
        return code;
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toMatch(/^\d{6}$/);
  await inbox.close();
  return code;
}

async function fillFactors(page: Page, f: { queryNumber: string; idNumber: string; phone: string }) {
  await page.getByLabel("查询号").fill(f.queryNumber);
  await page.getByLabel("身份证号", { exact: true }).fill(f.idNumber);
  await page.getByLabel("登记的手机号").fill(f.phone);
}

/** Submits the query and checks the factors went in a POST body, not in the URL. */
async function submitQuery(page: Page, idNumber: string) {
  const [request] = await Promise.all([
    page.waitForRequest((r) => new URL(r.url()).pathname.includes("cases.query")),
    page.getByRole("button", { name: "查询", exact: true }).click(),
  ]);
  expect(request.method()).toBe("POST");
  expect(request.url()).not.toContain(idNumber);
  expect(request.postData() ?? "").toContain(idNumber);
}

async function newDesk(browser: Browser) {
  return openDesk(browser, "stationOfficer", "/dashboard/cases");
}

test("an officer registers a case and a family member and records a step; the family member sees it, a stranger with the number is refused", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const caseNumber = `郑金公（花）立字〔2026〕E${stamp}号`;
  const familyPhone = `139${String(stamp).slice(-8)}`;
  const familyId = family.idNumber ?? "";

  // --- the officer registers the case and the family member ---
  const desk = await newDesk(browser);
  await expect(desk.getByRole("heading", { level: 1, name: "案件进度查询登记" })).toBeVisible();
  await desk.getByLabel("案件编号").fill(caseNumber);
  await desk.getByLabel("案件类型").selectOption({ label: "刑事案件" });
  await desk.getByLabel("查询显示的案件标题").fill("李某手机被盗案");
  await desk.getByLabel("主办民警").selectOption({ label: "刘建华" });
  await desk.getByRole("button", { name: "登记案件" }).click();
  await expect(desk.getByRole("heading", { level: 1, name: caseNumber })).toBeVisible();

  await desk.getByLabel("身份证号", { exact: true }).fill(familyId);
  await desk.getByLabel("手机号", { exact: true }).fill(familyPhone);
  await desk.getByLabel("关系", { exact: true }).selectOption({ label: "当事人家属" });
  await desk.getByLabel("与当事人关系").fill("母亲");
  await desk.getByRole("button", { name: "添加并签发查询号" }).click();
  const slip = desk.locator("[data-query-slip]");
  await expect(slip.getByRole("heading", { name: "案件进度查询凭条" })).toBeVisible();
  const queryNumber = (await slip.getByTestId("query-number").innerText()).replace(/\s/g, "");
  expect(queryNumber).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
  await expect(desk.getByTestId("query-persons")).toContainText(`${familyId.slice(0, 6)}********${familyId.slice(-4)}`);
  await expect(desk.getByTestId("query-persons")).not.toContainText(familyId);

  await desk.getByLabel("公开说明").fill("已受理报案，正在调查。");
  await desk.getByRole("button", { name: "录入节点并短信通知查询人" }).click();
  await expect(desk.getByRole("status").filter({ hasText: "已短信通知 1 名查询人" })).toBeVisible();
  await expect(desk.getByTestId("case-timeline")).toContainText("已受理报案，正在调查。");
  await expectNoSeriousA11yIssues(desk);

  // --- the family member queries on the phone, in care mode ---
  const phone = await openPhone(browser);
  await signInAs(phone, family, "/cases/query");
  await phone.getByRole("button", { name: "关怀模式" }).click();
  await expect(phone.locator("html")).toHaveAttribute("data-care", "1");
  await fillFactors(phone, { queryNumber: queryNumber.toLowerCase(), idNumber: familyId, phone: familyPhone });
  await phone.getByRole("button", { name: "获取验证码" }).click();
  await expect(
    phone.getByRole("status").filter({ hasText: `${familyPhone.slice(0, 3)}****${familyPhone.slice(-4)}` }),
  ).toBeVisible();
  await phone.getByLabel("短信验证码").fill(await queryCodeFor(phone, familyPhone));
  await submitQuery(phone, familyId);
  const result = phone.getByTestId("case-result");
  await expect(result).toContainText("李某手机被盗案");
  await expect(result).toContainText("花园路派出所");
  await expect(result.getByTestId("case-timeline")).toContainText("受案");
  await expect(result.getByTestId("case-timeline")).toContainText("已受理报案，正在调查。");
  await expect(result).not.toContainText(caseNumber);
  await expect(phone).toHaveURL(/\/cases\/query$/);
  await expectFitsWidth(phone);
  await expectNoSeriousA11yIssues(phone);

  // --- 张明 holds the number but is not registered on the case ---
  const other = await openPhone(browser);
  await signInAs(other, stranger, "/cases/query");
  await fillFactors(other, { queryNumber, idNumber: stranger.idNumber ?? "", phone: familyPhone });
  await other.getByLabel("短信验证码").fill("000000");
  await submitQuery(other, stranger.idNumber ?? "");
  await expect(other.getByRole("alert").filter({ hasText: mismatch })).toBeVisible();
  await expect(other.getByTestId("case-result")).toHaveCount(0);
});
