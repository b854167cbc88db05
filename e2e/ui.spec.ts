import { expect, type Page, test } from "@playwright/test";
import { demoAccount } from "@/server/seed/demo-accounts";
import { signInStaff } from "./support/sign-in";

const bodyFontSize = (page: Page) => page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));

test.describe("preferences", () => {
  test("language: Chinese by default, English on request, remembered across reloads and back", async ({ page }) => {
    await page.goto("/");
    const html = page.locator("html");
    const heading = page.getByRole("heading", { level: 1 });
    await expect(html).toHaveAttribute("lang", "zh-CN");
    await expect(heading).toHaveText("河南警民通");

    await page.getByRole("button", { name: "English" }).click();
    await expect(html).toHaveAttribute("lang", "en");
    await expect(heading).toHaveText("Jingmin · Henan Police Online");
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeAttached();

    await page.reload();
    await expect(html).toHaveAttribute("lang", "en");
    await expect(heading).toHaveText("Jingmin · Henan Police Online");

    await page.getByRole("button", { name: "中文" }).click();
    await expect(html).toHaveAttribute("lang", "zh-CN");
    await expect(heading).toHaveText("河南警民通");
    await page.reload();
    await expect(heading).toHaveText("河南警民通");
  });

  test("care mode: text of at least 18 px that stays after a reload, and off again", async ({ page }) => {
    await page.goto("/");
    expect(await bodyFontSize(page)).toBeLessThan(18);
    const toggle = page.getByRole("button", { name: "关怀模式" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("html")).toHaveAttribute("data-care", "1");
    await expect.poll(() => bodyFontSize(page)).toBeGreaterThanOrEqual(18);
    // Secondary text is not allowed to shrink below body size either.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...Array.from(document.querySelectorAll("main p, main li, footer p, header a, header button")).map((el) =>
          Number.parseFloat(getComputedStyle(el).fontSize),
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(18);

    await page.reload();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(18);

    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await expect(page.locator("html")).not.toHaveAttribute("data-care", "1");
    await expect.poll(() => bodyFontSize(page)).toBeLessThan(18);
    await page.reload();
    expect(await bodyFontSize(page)).toBeLessThan(18);
  });

  test("both switches work from the keyboard", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Care mode" }).focus();
    await page.keyboard.press("Space");
    await expect(page.getByRole("button", { name: "Care mode" })).toHaveAttribute("aria-pressed", "true");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });

  test("the switches still work as plain forms and the phone navigation stays open @phone", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("[data-nav-toggle]")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "首页" })).toBeVisible();
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Care mode" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-care", "1");
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(18);
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the navigation collapses behind a menu button that opens by keyboard @phone", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "主导航" });
    const homeLink = nav.getByRole("link", { name: "首页" });
    const toggle = page.locator("[data-nav-toggle]");
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toHaveAccessibleName("打开菜单");
    await expect(homeLink).toBeHidden();

    // Reach the button by Tab, as a keyboard user would.
    for (let i = 0; i < 10 && !(await toggle.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(toggle).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(toggle).toHaveAccessibleName("关闭菜单");
    await expect(homeLink).toBeVisible();
    await expect(homeLink).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("link", { name: "登录" }).first()).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(homeLink).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(toggle).toBeFocused();
    await expect(homeLink).toBeHidden();
  });

  test("the citizen home fits without horizontal scrolling, menu open or not, in care mode too @phone", async ({
    page,
  }) => {
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    await page.goto("/");
    expect(await fits()).toBe(true);
    await page.locator("[data-nav-toggle]").click();
    expect(await fits()).toBe(true);
    await page.getByRole("button", { name: "关怀模式" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-care", "1");
    expect(await fits()).toBe(true);
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await fits()).toBe(true);
  });
});

test.describe("headers and web app", () => {
  test("every response carries CSP with frame-ancestors 'none', nosniff and a Referrer-Policy", async ({
    page,
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
    const seen: { url: string; headers: Record<string, string> }[] = [];
    page.on("response", async (response) => {
      if (new URL(response.url()).origin === origin)
        seen.push({ url: response.url(), headers: await response.allHeaders() });
    });
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    for (const path of [
      "/manifest.webmanifest",
      "/icons/icon-192.png",
      "/icon.svg",
      "/no-such-page",
      "/api/trpc/system.health",
    ]) {
      const response = await request.get(path);
      seen.push({ url: path, headers: response.headers() });
    }
    expect(seen.length).toBeGreaterThan(6);
    for (const { url, headers } of seen) {
      expect.soft(headers["content-security-policy"], url).toContain("frame-ancestors 'none'");
      expect.soft(headers["x-content-type-options"], url).toBe("nosniff");
      expect.soft(headers["referrer-policy"], url).toBeTruthy();
    }
  });

  test("unknown pages answer 404 with a friendly, localised page", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
  });

  test("the manifest is linked and served, and its icons load at their stated sizes", async ({ page, request }) => {
    await page.goto("/");
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", /manifest\.webmanifest/);
    await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
    await expect(page.locator('link[rel="apple-touch-icon"]')).toBeAttached();
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#0a3d91");

    const response = await request.get("/manifest.webmanifest");
    expect(response.status()).toBe(200);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ short_name: "警民通", start_url: "/", display: "standalone" });
    expect(manifest.name).toContain("警民通");
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    expect(manifest.icons.some((i) => i.purpose === "maskable")).toBe(true);
    for (const icon of manifest.icons) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      const png = await image.body();
      // PNG header: width and height are the big-endian integers at bytes 16 and 20.
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
  });
});

test.describe("back-office shells", () => {
  test("the police dashboard shows the officer's name, localised role, unit chain and jurisdiction", async ({
    page,
  }) => {
    const officer = demoAccount("countyApprover");
    await signInStaff(page, "countyApprover", "/dashboard");
    await expect(page).toHaveURL(/\/dashboard$/);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(`${officer.name}，您好`);
    await expect(main.getByText("县级审批", { exact: true })).toBeVisible();
    await expect(main.getByText("河南省公安厅")).toBeVisible();
    await expect(main.getByText("郑州市公安局")).toBeVisible();
    await expect(main.getByText(/^下辖\d+个派出所$/)).toBeVisible();
    await expect(page.getByRole("banner").getByText(officer.name)).toBeVisible();

    await page.getByRole("button", { name: "English" }).click();
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${officer.name}`);
    await expect(main.getByText("County approver", { exact: true })).toBeVisible();
    await expect(main.getByText(/^Below your unit: \d+ police stations$/)).toBeVisible();
  });

  test("the admin console summarises the org tree by city", async ({ page }) => {
    await signInStaff(page, "admin", "/admin");
    await expect(page).toHaveURL(/\/admin$/);
    const main = page.getByRole("main");
    await expect(main.getByRole("definition").first()).toHaveText("18");
    const table = main.getByRole("table", { name: "各地市组织机构" });
    await expect(table.getByRole("row")).toHaveCount(19);
    await expect(table.getByRole("rowheader", { name: "郑州市公安局" })).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "济源市公安局" })).toBeVisible();
  });

  test.describe("on a 360 px phone", () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test("the dashboard's side navigation becomes a keyboard-operable menu @phone", async ({ page }) => {
      await signInStaff(page, "stationOfficer", "/dashboard");
      const toggle = page.locator("[data-nav-toggle]");
      const homeLink = page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "工作台首页" });
      await expect(toggle).toBeVisible();
      await expect(homeLink).toBeHidden();
      await toggle.focus();
      await page.keyboard.press("Enter");
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(homeLink).toBeVisible();
      await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      ).toBe(true);
    });
  });
});
