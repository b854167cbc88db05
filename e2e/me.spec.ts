import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { demoAccount, demoPassword } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { signInCitizen } from "./support/sign-in";

const citizen = demoAccount("citizen");
const spare = demoAccount("spareCitizen");

async function signInWithPassword(page: Page, phone: string, password: string) {
  await page.getByLabel("手机号码").fill(phone);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

test("the demo citizen sees their profile masked: household, passport with days left, car and licence @phone", async ({
  page,
}) => {
  await signInCitizen(page, "/me");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "个人中心" })).toBeVisible();

  const account = page.getByRole("region", { name: "账号信息" });
  await expect(account.getByText("410105********1237")).toBeVisible();
  await expect(account.getByText("138****8000")).toBeVisible();
  await expect(account.getByText("已实名认证")).toBeVisible();

  const household = page.getByRole("region", { name: "户籍信息" });
  await expect(household.getByText("410105010001")).toBeVisible();
  await expect(household.getByText("花园路派出所")).toBeVisible();
  const members = household.getByRole("table", { name: "户内成员" }).getByRole("row");
  await expect(members).toHaveCount(5);
  await expect(members.nth(1)).toContainText("张*");
  await expect(members.nth(1)).toContainText("户主");
  await expect(members.nth(1)).toContainText("本人");
  for (const relation of ["母亲", "配偶", "女"])
    await expect(household.getByRole("cell", { name: relation, exact: true })).toBeVisible();

  const passport = page.getByTestId("travel-document").filter({ hasText: "普通护照" });
  await expect(passport.getByText("即将到期")).toBeVisible();
  await expect(passport.getByText(/还有 \d+ 天到期/)).toBeVisible();
  await expect(passport.getByText(/^E\*{4}\d{4}$/)).toBeVisible();
  await expect(page.getByTestId("travel-document").filter({ hasText: "往来港澳通行证" })).toBeVisible();

  await expect(page.getByTestId("vehicle").getByText(/^豫A·[A-HJ-NP-Z0-9]{5}$/)).toBeVisible();
  await expect(page.getByTestId("driving-licence").getByText("C1", { exact: true })).toBeVisible();

  // Neither the citizen's nor the family's full numbers are anywhere in the page, visible or not.
  const html = await page.content();
  for (const r of Object.values(demoResidents)) expect(html).not.toContain(r.idNumber);
  expect(html).not.toContain(citizen.login);
});

test("the profile is never cached", async ({ page }) => {
  await signInCitizen(page);
  const response = await page.goto("/me");
  expect(response?.headers()["cache-control"]).toContain("no-store");
});

test("the demo citizen downloads their data: a JSON file with their own full ID number and phone", async ({ page }) => {
  await signInCitizen(page, "/me");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载我的数据" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^jingmin-my-data-\d{8}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(data.account).toMatchObject({ name: citizen.name, phone: citizen.login, idNumber: citizen.idNumber });
  expect(data.travelDocuments.some((d: { type: string }) => d.type === "passport")).toBe(true);
  expect(data.vehicles).toHaveLength(1);
  expect(data.signIns.length).toBeGreaterThan(0);
  expect(JSON.stringify(data)).not.toContain(demoResidents.unregistered.idNumber);

  const response = await page.request.get("/me/data");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="jingmin-my-data-\d{8}\.json"$/);
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("a citizen without travel documents or vehicles sees empty states, changes the password and signs in with the new one", async ({
  page,
}) => {
  await page.goto("/login?next=%2Fme");
  await signInWithPassword(page, spare.login, demoPassword);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText("您名下暂无出入境证件记录")).toBeVisible();
  await expect(page.getByText("您名下暂无登记的机动车。")).toBeVisible();
  // A driver without a car of their own (the other driver of the demo accident).
  await expect(page.getByTestId("driving-licence").getByText("C1", { exact: true })).toBeVisible();
  await expect(page.getByTestId("sign-in-row").first()).toContainText("密码登录");

  const form = page.getByRole("region", { name: "修改登录密码" });
  await form.getByLabel("当前密码").fill("Not-the-password1");
  await form.getByLabel("新密码", { exact: true }).fill("Better@2027");
  await form.getByLabel("再次输入新密码").fill("Better@2027");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(form.getByText("当前密码不正确。")).toBeVisible();

  await form.getByLabel("当前密码").fill(demoPassword);
  await form.getByLabel("新密码", { exact: true }).fill("abcdefghij");
  await form.getByLabel("再次输入新密码").fill("abcdefghij");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(form.getByText("密码不能全部是字母、全部是数字或全部是符号，请组合使用其中至少两种。")).toBeVisible();

  await form.getByLabel("新密码", { exact: true }).fill("Better@2027");
  await form.getByLabel("再次输入新密码").fill("Better@2027");
  await form.getByRole("button", { name: "修改密码" }).click();
  await expect(form.getByText("密码已修改，所有设备上的登录均已退出。")).toBeVisible();

  // The old session is over: the profile sends the citizen to sign in.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login\?next=%2Fme$/);
  await signInWithPassword(page, spare.login, demoPassword);
  await expect(page.getByRole("alert").filter({ hasText: "账号或密码错误" })).toBeVisible();
  await signInWithPassword(page, spare.login, "Better@2027");
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "个人中心" })).toBeVisible();

  // Later specs sign the spare citizen in with the demo password: put it back.
  const restore = page.getByRole("region", { name: "修改登录密码" });
  await restore.getByLabel("当前密码").fill("Better@2027");
  await restore.getByLabel("新密码", { exact: true }).fill(demoPassword);
  await restore.getByLabel("再次输入新密码").fill(demoPassword);
  await restore.getByRole("button", { name: "修改密码" }).click();
  await expect(restore.getByText("密码已修改，所有设备上的登录均已退出。")).toBeVisible();
});
