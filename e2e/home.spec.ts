import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { signInCitizen, signInStaff } from "./support/sign-in";
import { expectWholeCardLink } from "./support/tap-target";

const starred = "购房入户";
const starredCode = "HZ003";
const pinnedFirst = "交通违法罚款缴纳";
const pinnedSecond = "夫妻投靠入户";
const hiddenService = "普通护照换发补发预约";

async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  return context.newPage();
}

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

async function openLayoutEditor(admin: Page) {
  await admin.goto("/admin/layouts");
  await admin.getByLabel("手机号或身份证号").fill(demoAccount("citizen").login);
  await admin.getByRole("button", { name: "查找", exact: true }).click();
  await expect(admin.getByText("138****8000")).toBeVisible();
  await admin.getByRole("link", { name: "编辑布局" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "个人布局：张*" })).toBeVisible();
}

async function addService(admin: Page, name: string, action: "置顶" | "隐藏") {
  await admin.getByLabel("搜索服务").fill(name);
  await admin.getByRole("button", { name: `${action}“${name}”` }).click();
}

test.describe("personalised home", () => {
  test("a citizen stars a service; an admin pins and hides services for them; the citizen sees it on reload", async ({
    browser,
  }) => {
    const citizen = await newPage(browser);
    await signInCitizen(citizen);
    const response = await citizen.goto("/");
    // The signed-in home shows register data (document expiry, plates): never stored by a cache.
    expect(response?.headers()["cache-control"]).toContain("no-store");

    // The register drives the home: the demo citizen's passport expires within 90 days.
    const todo = region(citizen, "待办事项");
    await expect(todo.getByText(/您的护照将于\d{4}年\d{1,2}月\d{1,2}日到期/)).toBeVisible();
    const forYou = region(citizen, "为您推荐");
    await expect(forYou.getByRole("link", { name: hiddenService })).toBeVisible();
    await expect(region(citizen, "我的收藏").getByText("点击服务旁的星标即可收藏")).toBeVisible();

    // Star a service on its guide page; the home then lists it among the favourites, and the grid shows the star.
    await citizen.goto(`/services/${starredCode}`);
    const star = citizen.getByRole("button", { name: `收藏“${starred}”` });
    await expect(star).toHaveAttribute("aria-pressed", "false");
    await star.click();
    await expect(star).toHaveAttribute("aria-pressed", "true");
    await citizen.goto("/");
    const grid = region(citizen, "全部服务");
    await grid.getByText("户政", { exact: true }).click();
    await expect(grid.getByRole("button", { name: `收藏“${starred}”` })).toHaveAttribute("aria-pressed", "true");
    const favourites = region(citizen, "我的收藏");
    await expect(favourites.getByRole("link", { name: starred })).toBeVisible();
    await expect(favourites.getByRole("button", { name: `收藏“${starred}”` })).toHaveAttribute("aria-pressed", "true");

    // The admin pins two services (reordered by keyboard drag and drop) and hides one.
    const admin = await newPage(browser);
    await signInStaff(admin, "admin", "/admin/layouts");
    await openLayoutEditor(admin);
    await addService(admin, pinnedFirst, "置顶");
    await addService(admin, pinnedSecond, "置顶");
    await addService(admin, hiddenService, "隐藏");
    const pinnedList = admin.getByRole("list", { name: "置顶服务" });
    await expect(pinnedList.getByRole("listitem")).toHaveText([new RegExp(pinnedFirst), new RegExp(pinnedSecond)]);
    const handle = pinnedList.getByRole("button", { name: `拖动排序“${pinnedSecond}”` });
    await handle.focus();
    // Each key waits for the drag state it leads to: on a busy machine the sensor lags behind the keys.
    await admin.keyboard.press("Space");
    await expect(handle).toHaveAttribute("aria-pressed", "true");
    await admin.keyboard.press("ArrowUp");
    await expect(admin.getByText(`“${pinnedSecond}”移到第 1 位。`)).toBeAttached();
    await admin.keyboard.press("Space");
    await expect(handle).not.toHaveAttribute("aria-pressed", "true");
    await expect(pinnedList.getByRole("listitem")).toHaveText([new RegExp(pinnedSecond), new RegExp(pinnedFirst)]);
    // …and back again with the buttons, then forward once more: both ways work.
    await pinnedList.getByRole("button", { name: `上移“${pinnedFirst}”` }).click();
    await expect(pinnedList.getByRole("listitem")).toHaveText([new RegExp(pinnedFirst), new RegExp(pinnedSecond)]);
    await expect(admin.getByText("有未保存的更改。")).toBeVisible();
    await admin.getByRole("button", { name: "保存布局" }).click();
    await expect(admin.getByText("布局已保存，群众下次打开首页时生效。")).toBeVisible();

    // The preview shows what the citizen will see.
    await admin.getByRole("link", { name: "预览该群众看到的首页" }).click();
    await expect(admin.getByRole("heading", { level: 1, name: "首页预览：张*" })).toBeVisible();
    await expect(region(admin, "为您推荐").getByRole("listitem").first()).toContainText(pinnedFirst);
    await expect(admin.getByRole("link", { name: hiddenService })).toHaveCount(0);

    // The citizen's next page load shows the pins on top and the hidden service nowhere.
    await citizen.reload();
    const items = region(citizen, "为您推荐").getByRole("listitem");
    await expect(items.nth(0)).toContainText(pinnedFirst);
    await expect(items.nth(0)).toContainText("置顶");
    await expect(items.nth(1)).toContainText(pinnedSecond);
    await expect(citizen.getByRole("link", { name: hiddenService })).toHaveCount(0);
    await expect(region(citizen, "待办事项").getByText(/您的护照将于/)).toBeVisible();
    await expect(region(citizen, "我的收藏").getByRole("link", { name: starred })).toBeVisible();

    // Put everything back for the other specs.
    await admin.goto("/admin/layouts");
    await openLayoutEditor(admin);
    const list = admin.getByRole("list", { name: "置顶服务" });
    await list.getByRole("button", { name: `取消置顶“${pinnedFirst}”` }).click();
    await list.getByRole("button", { name: `取消置顶“${pinnedSecond}”` }).click();
    await admin.getByRole("button", { name: `取消隐藏“${hiddenService}”` }).click();
    await admin.getByRole("button", { name: "保存布局" }).click();
    await expect(admin.getByText("布局已保存，群众下次打开首页时生效。")).toBeVisible();
    await region(citizen, "我的收藏")
      .getByRole("button", { name: `收藏“${starred}”` })
      .click();
    await expect(region(citizen, "我的收藏").getByText("点击服务旁的星标即可收藏")).toBeVisible();
    await citizen.reload();
    await expect(region(citizen, "为您推荐").getByRole("link", { name: hiddenService })).toBeVisible();
    await admin.context().close();
    await citizen.context().close();
  });

  test("a service counts as used when its guide is opened, not when its link is scrolled past in a list", async ({
    browser,
  }) => {
    const citizen = await newPage(browser);
    await signInCitizen(citizen, "/services?category=narcotics");
    // Every guide link of the category on screen and hovered: the router prefetches those guides.
    const guideLinks = citizen.locator("main a[href^='/services/JD']");
    await expect(guideLinks.first()).toBeVisible();
    // A card is one link named by the service's name alone (aria-labelledby).
    const names = await guideLinks.evaluateAll((links) =>
      links.map((a) => document.getElementById(a.getAttribute("aria-labelledby") ?? "")?.textContent?.trim() ?? ""),
    );
    for (const link of await guideLinks.all()) {
      await link.scrollIntoViewIfNeeded();
      await link.hover();
    }
    await citizen.waitForLoadState("networkidle");
    await citizen.goto("/");
    const forYou = region(citizen, "为您推荐");
    for (const name of names) await expect(forYou.getByRole("link", { name, exact: true })).toHaveCount(0);

    // Opening one guide is a use: the home then says so, with the date.
    const opened = citizen.waitForResponse(
      (r) => r.request().method() === "POST" && r.url().includes("/services/JD001"),
    );
    await citizen.goto("/services/JD001");
    await opened;
    await citizen.goto("/");
    const item = region(citizen, "为您推荐")
      .getByRole("listitem")
      .filter({ has: citizen.getByRole("link", { name: names[0]!, exact: true }) });
    await expect(item).toContainText(/您最近使用过（\d{4}年\d{1,2}月\d{1,2}日）/);
    for (const name of names.slice(1))
      await expect(region(citizen, "为您推荐").getByRole("link", { name, exact: true })).toHaveCount(0);
    await citizen.context().close();
  });

  test("an admin creates a group with rules from the form", async ({ page }) => {
    await signInStaff(page, "admin", "/admin/layouts");
    await page.getByRole("link", { name: "新建群组" }).click();
    await page.getByLabel("名称", { exact: true }).fill("开封有车群众");
    await page.getByLabel("优先级").fill("5");
    // Cities are named as places, not as their bureaus (issue 25).
    await expect(page.getByRole("checkbox", { name: "开封市公安局" })).toHaveCount(0);
    await page.getByRole("checkbox", { name: "开封市", exact: true }).check();
    await page.getByLabel("最小年龄").fill("40");
    await page.getByLabel("最大年龄").fill("30");
    await page.getByLabel("名下机动车").selectOption("yes");
    await page.getByRole("button", { name: "保存群组" }).click();
    await expect(page.getByText("最大年龄不能小于最小年龄")).toBeVisible();
    await page.getByLabel("最大年龄").fill("60");
    await page.getByRole("button", { name: "保存群组" }).click();
    await expect(page.getByText("群组已创建，现在可以设置它的布局。")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "群组：开封有车群众" })).toBeVisible();
    await page.getByRole("link", { name: "返回服务布局" }).click();
    await expect(page.getByText("城市：开封市 · 年龄：40–60 岁 · 名下有机动车")).toBeVisible();
  });

  test("the signed-in home greets the citizen by name and says nothing about services still opening", async ({
    page,
  }) => {
    await signInCitizen(page);
    await page.goto("/");
    await expect(page.getByText("张明，您好", { exact: true })).toBeVisible();
    await expect(page.getByRole("main").getByText("张*")).toHaveCount(0);
    await expect(page.getByRole("main").getByText(/陆续开通|开通后/)).toHaveCount(0);
    await expect(page.getByRole("main").getByText(/你/)).toHaveCount(0);
  });

  test("guests see the grid and no stars", async ({ page }) => {
    await page.goto("/");
    const grid = region(page, "全部服务");
    await grid.getByText("交管", { exact: true }).click();
    await expect(grid.getByRole("link", { name: "交通违法查询" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^收藏/ })).toHaveCount(0);
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("each service tile on the home is one link of at least 44×44 px, its labels included, beside its star @phone", async ({
    page,
  }) => {
    await signInCitizen(page);
    await page.goto("/");
    const tile = region(page, "为您推荐").getByRole("listitem").first();
    const link = tile.getByRole("link");
    await expect(link).toHaveCount(1);
    await expectWholeCardLink(link, tile.locator("a span span").first());
    // The star stays a button of its own, outside the link.
    await expect(link.getByRole("button")).toHaveCount(0);
    await expect(tile.getByRole("button", { name: /^收藏“/ })).toBeVisible();
    const href = await link.getAttribute("href");
    await tile.locator("a span span").first().click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
  });

  test("the citizen's home and the layout editor fit without sideways scrolling @phone", async ({ page, browser }) => {
    await signInCitizen(page);
    await page.goto("/");
    await expect(region(page, "为您推荐")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const admin = await newPage(browser, { width: 360, height: 780 });
    await signInStaff(admin, "admin", "/admin/layouts");
    await openLayoutEditor(admin);
    await addService(admin, pinnedFirst, "置顶");
    await expect(admin.getByRole("button", { name: `下移“${pinnedFirst}”` })).toBeVisible();
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await admin.context().close();
  });
});
