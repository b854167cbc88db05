import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInStaff } from "./support/sign-in";

test.describe("admin: handling configuration of a service", () => {
  test("an admin changes a review step's time limit, previews the route, saves and finds it in the history", async ({
    page,
  }) => {
    // 退役士兵落户: an online household service no other flow applies for.
    await signInStaff(page, "admin", "/admin/services/HZ012");
    const config = page.getByRole("region", { name: "办理配置" });
    await expect(config).toBeVisible();

    // The first review step, whatever the seed configured for this service.
    const sla = config.getByLabel("办理时限（工作日）").first();
    await sla.fill("0");
    await config.getByRole("button", { name: "校验" }).click();
    await expect(config.getByText("不能小于 1")).toBeVisible();
    await expect(sla).toHaveAttribute("aria-invalid", "true");
    await sla.fill("7");

    const route = page.getByRole("region", { name: "办理路线预览" });
    await route.getByLabel("市").selectOption({ index: 1 });
    await route.getByLabel("派出所").selectOption({ index: 1 });
    await expect(route.getByText(/^办理单位：/)).toBeVisible();
    await expect(route.getByText(/：.+，7 个工作日$/).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "表单预览" }).getByRole("group").first()).toBeVisible();
    expect((await new AxeBuilder({ page }).include("main").analyze()).violations).toEqual([]);

    await config.getByRole("button", { name: "保存办理配置" }).click();
    await expect(page.getByText("办理配置已保存，已生成新版本。")).toBeVisible();
    await expect(page.getByLabel("办理时限（工作日）").first()).toHaveValue("7");

    await page.getByRole("link", { name: "修改记录" }).click();
    await expect(page.getByRole("rowheader", { name: /^办理配置/ }).first()).toBeVisible();
  });

  test("an admin creates a new service from a template; it starts disabled", async ({ page }) => {
    await signInStaff(page, "admin", "/admin/services");
    await page.getByRole("link", { name: "新建事项" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "新建事项" })).toBeVisible();
    await page.getByLabel("所属分类").selectOption({ label: "户政" });
    await page.getByLabel("事项编码").fill("HZ001");
    await page.getByLabel("事项名称").fill("临时户口登记（测试）");
    await page.getByLabel("英文名称").fill("Temporary registration (test)");
    await page.getByLabel("简介").fill("从模板新建的测试事项。");
    await page.getByRole("radio", { name: /空白：派出所审核/ }).check();
    await page.getByRole("button", { name: "创建事项" }).click();
    await expect(page.getByText("该事项编码已被使用，请换一个。")).toBeVisible();

    await page.getByLabel("事项编码").fill("HZ950");
    await page.getByRole("button", { name: "创建事项" }).click();
    await expect(page).toHaveURL(/\/admin\/services\/HZ950/);
    await expect(page.getByText(/事项已创建，当前为停用状态/)).toBeVisible();
    await expect(page.getByText("已停用", { exact: true })).toBeVisible();
    await expect(page.getByRole("region", { name: "办理配置" })).toBeVisible();
  });
});
