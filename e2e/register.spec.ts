import { expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { makeIdNumber } from "@/server/population/id-number";

/** Reads the newest code matching `pattern` from the dev SMS inbox, as a person reads their phone. */
async function readCode(page: Page, phone: string, pattern: RegExp): Promise<string> {
  const inbox = await page.context().newPage();
  let code = "";
  await expect
    .poll(
      async () => {
        await inbox.goto(`/dev/sms?phone=${phone}`);
        const texts = await inbox.getByTestId("sms-text").allTextContents();
        code = texts.map((text) => pattern.exec(text)?.[1]).find(Boolean) ?? "";
        return code;
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toMatch(/^\d{6}$/);
  await inbox.close();
  return code;
}

async function smsTexts(page: Page, phone: string): Promise<string[]> {
  const inbox = await page.context().newPage();
  await inbox.goto(`/dev/sms?phone=${phone}`);
  const texts = await inbox.getByTestId("sms-text").allTextContents();
  await inbox.close();
  return texts;
}

async function signOut(page: Page) {
  const menu = page.getByRole("button", { name: "打开菜单" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("button", { name: "退出登录" }).first().click();
  // Signing out from the home page lands on the home page again: the URL alone cannot tell that it has finished.
  await expect(page.getByRole("button", { name: "退出登录" })).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
}

const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

const registerCode = /注册河南警民通账号，验证码为(\d{6})/;

test.describe("registration and password reset", () => {
  test("李娜 registers on her phone, is verified, signs in by SMS code and resets her password @phone", async ({
    page,
  }, testInfo) => {
    // She is in the register without an account, and can register only once per server run.
    test.skip(testInfo.project.name !== "phone", "runs in the 360 px phone project");
    test.setTimeout(180_000);
    const lina = demoResidents.unregistered;
    const phone = "13700000246";
    const password = "Lina@2026";
    const newPassword = "Lina#2027";

    await page.goto("/login");
    await page.getByRole("link", { name: "立即注册" }).click();
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByRole("heading", { level: 2, name: "验证手机号码" })).toBeVisible();
    await expect(page.getByText("第 1 步，共 5 步")).toBeVisible();

    await page.getByLabel("手机号码").fill("1370000");
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page.getByText("请输入正确的 11 位手机号码。")).toBeVisible();
    await page.getByLabel("手机号码").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page.getByRole("heading", { name: "输入短信验证码" })).toBeFocused();
    await expect(page.getByText("验证码已发送至 137****0246。")).toBeVisible();
    await expect(page.getByRole("button", { name: /秒后可重新获取/ })).toBeDisabled();

    await page.getByLabel("短信验证码").fill(await readCode(page, phone, registerCode));
    await page.getByRole("button", { name: "下一步" }).click();

    await expect(page.getByRole("heading", { name: "填写身份信息" })).toBeFocused();
    await page.getByLabel("姓名").fill(lina.name);
    await page
      .getByLabel("居民身份证号码")
      .fill(`${lina.idNumber.slice(0, 17)}${lina.idNumber.endsWith("1") ? "2" : "1"}`);
    await expect(page.getByText("身份证号码有误（校验位不符）")).toBeVisible();
    await page.getByLabel("居民身份证号码").fill(lina.idNumber);
    await expect(page.getByText("身份证号码有误（校验位不符）")).toBeHidden();
    await page.getByRole("button", { name: "下一步" }).click();

    await expect(page.getByRole("heading", { name: "设置登录密码" })).toBeFocused();
    await page.getByLabel("设置密码", { exact: true }).fill("abcdefgh");
    await expect(page.getByRole("listitem").filter({ hasText: "至少 8 位" })).toContainText("已满足");
    await expect(page.getByRole("listitem").filter({ hasText: "包含字母、数字、符号中的至少两种" })).toContainText(
      "未满足",
    );
    await page.getByLabel("设置密码", { exact: true }).fill(password);
    await expect(page.getByRole("listitem").filter({ hasText: "包含字母、数字、符号中的至少两种" })).toContainText(
      "已满足",
    );
    await page.getByLabel("再次输入密码").fill(password);
    await page.getByRole("button", { name: "下一步" }).click();

    await expect(page.getByRole("heading", { name: "阅读并同意告知书" })).toBeFocused();
    await expect(page.getByRole("link", { name: /个人信息保护告知书/ })).toHaveAttribute("href", "/privacy");
    await page.getByRole("button", { name: "同意并注册" }).click();
    await expect(page.getByText("请先勾选同意《个人信息保护告知书》。")).toBeVisible();
    await page.getByLabel(/我已阅读并同意《个人信息保护告知书》/).check();
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole("button", { name: "同意并注册" }).click();

    await expect(page).toHaveURL(/\/register\/done$/);
    await expect(page.getByRole("heading", { level: 1, name: "注册成功" })).toBeVisible();
    await expect(page.getByText("已通过实名认证")).toBeVisible();
    await expect(page.getByText("李*，您的河南警民通账号已创建")).toBeVisible();
    expect((await smsTexts(page, phone)).some((t) => t.includes("并通过实名认证"))).toBe(true);

    await signOut(page);

    await page.goto("/login?method=sms");
    await page.getByLabel("手机号码").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByLabel("短信验证码").fill(await readCode(page, phone, /登录验证码为(\d{6})/));
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await signOut(page);

    await page.goto("/login");
    await page.getByRole("link", { name: "忘记密码？" }).click();
    await expect(page).toHaveURL(/\/login\/reset$/);
    await page.getByLabel("手机号码").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page.getByRole("heading", { name: "输入短信验证码" })).toBeFocused();
    await page.getByLabel("短信验证码").fill(await readCode(page, phone, /重置登录密码，验证码为(\d{6})/));
    await page.getByRole("button", { name: "下一步" }).click();
    await expect(page.getByRole("heading", { name: "设置新密码" })).toBeFocused();
    await page.getByLabel("新密码", { exact: true }).fill(newPassword);
    await page.getByLabel("再次输入密码").fill(newPassword);
    await page.getByRole("button", { name: "确认重置" }).click();
    await expect(page).toHaveURL(/\/login\?reset=1$/);
    await expect(page.getByText("密码已重置，其他设备上的登录已全部退出。")).toBeVisible();
    expect((await smsTexts(page, phone)).some((t) => t.includes("您的登录密码已于"))).toBe(true);

    await page.getByLabel("手机号码").fill(phone);
    await page.getByLabel("密码", { exact: true }).fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByText("账号或密码错误。")).toBeVisible();
    await page.getByLabel("密码", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText(/当前用户：李\*/)).toBeAttached();
  });

  test("someone outside the Henan register registers by keyboard alone in care mode and learns how to verify @phone", async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: "care", value: "1", url: baseURL as string }]);
    const phone = `137${String(Date.now()).slice(-8)}`;
    // Fresh each run, so the desktop and phone projects never register the same number.
    const day = String(1 + (Date.now() % 28)).padStart(2, "0");
    const idNumber = makeIdNumber("110101", `1990-03-${day}`, Math.floor(Math.random() * 1000));
    await page.goto("/register");
    await expect(page.locator("html")).toHaveAttribute("data-care", "1");

    await page.getByLabel("手机号码").focus();
    await page.keyboard.type(phone);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "输入短信验证码" })).toBeFocused();
    const code = await readCode(page, phone, registerCode);
    await page.keyboard.press("Tab");
    await expect(page.getByLabel("短信验证码")).toBeFocused();
    await page.keyboard.type(code);
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { name: "填写身份信息" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.type("陈思远");
    await page.keyboard.press("Tab");
    await page.keyboard.type(idNumber);
    expect(await fitsWidth(page)).toBe(true);
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { name: "设置登录密码" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.type("Chen2026!");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "显示密码" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.type("Chen2026!");
    expect(await fitsWidth(page)).toBe(true);
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { name: "阅读并同意告知书" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: /个人信息保护告知书/ })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(page.getByLabel(/我已阅读并同意/)).toBeChecked();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "同意并注册" })).toBeFocused();
    expect(await fitsWidth(page)).toBe(true);
    await page.keyboard.press("Enter");

    await expect(page).toHaveURL(/\/register\/done$/);
    await expect(page.getByText("尚未通过实名认证")).toBeVisible();
    await expect(page.getByRole("heading", { name: "如何完成实名认证" })).toBeVisible();
    await expect(page.getByText("户政业务的网上申请")).toBeVisible();
    expect(await fitsWidth(page)).toBe(true);
  });

  test("a wrong name gets one message that names neither field; a registered ID number offers its options", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const citizen = demoAccount("citizen");
    const phone = `136${String(Date.now()).slice(-8)}`;
    await page.goto("/register");
    await page.getByLabel("手机号码").fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await page.getByLabel("短信验证码").fill(await readCode(page, phone, registerCode));
    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByLabel("姓名").fill("张三");
    await page.getByLabel("居民身份证号码").fill(citizen.idNumber as string);
    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByLabel("设置密码", { exact: true }).fill("Zhang@2026");
    await page.getByLabel("再次输入密码").fill("Zhang@2026");
    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByLabel(/我已阅读并同意/).check();
    await page.getByRole("button", { name: "同意并注册" }).click();

    await expect(page.getByRole("heading", { name: "填写身份信息" })).toBeFocused();
    await expect(page.getByText("姓名与身份证号码不一致，请核对后重新填写。")).toBeVisible();
    await page.getByLabel("姓名").fill(citizen.name);
    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByRole("button", { name: "同意并注册" }).click();

    await expect(page.getByText("该身份证号码已注册", { exact: true })).toBeVisible();
    await expect(page.getByText(/绑定的手机号码为 138\*\*\*\*8000/)).toBeVisible();
    await expect(page.getByText(/携带本人居民身份证原件到任一公安派出所户籍窗口/)).toBeVisible();
    await page.getByRole("button", { name: "短信提醒原手机号码" }).click();
    await expect(page.getByText(/已向原手机号码发送提醒短信|24 小时内已向原手机号码发送过提醒短信/)).toBeVisible();
    expect((await smsTexts(page, citizen.login)).some((t) => t.includes("有人正尝试用您的身份证号注册"))).toBe(true);
  });
});
