import { expect, type Page, test } from "@playwright/test";
import { signInCitizen, signInStaff } from "./support/sign-in";
import { expectFitsWidth } from "./support/traffic";

/**
 * Every citizen page on a 360 px phone, in normal and in care mode (larger text): none may be wider than
 * the screen. The signed-in walk includes an application's page and an accident's page from the seed;
 * the page of a completed application is checked where the household flow completes one.
 */

// 360 px in every project that runs this file (the desktop project runs @phone tests too).
test.use({ viewport: { width: 360, height: 780 } });

const publicPages = [
  "/",
  "/services",
  "/services/HZ003",
  "/login",
  "/login/reset",
  "/register",
  "/privacy",
  "/verify",
  "/verify/ABCD-EFGH-JKLM-NPQR",
  "/traffic/violations",
];

const signedInPages = [
  "/",
  "/services",
  "/services/HZ003",
  "/me",
  "/me/applications",
  "/appointments",
  "/appointments/book?service=CR001",
  "/exit-entry/endorsement",
  "/cases/query",
  "/traffic/violations",
  "/traffic/accident",
  "/traffic/accident/new",
  "/traffic/accident/join",
];

async function useCareMode(page: Page, baseURL: string | undefined, on: boolean) {
  if (on) await page.context().addCookies([{ name: "care", value: "1", url: baseURL! }]);
}

async function walk(page: Page, paths: string[], care: boolean) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    if (care) await expect(page.locator("html")).toHaveAttribute("data-care", "1");
    else await expect(page.locator("html")).not.toHaveAttribute("data-care", "1");
    await expectFitsWidth(page, `${path}${care ? " (care mode)" : ""}`);
  }
}

/** The pages reached by links rather than fixed paths: the seeded application and accident of the demo citizen. */
async function linkedPages(page: Page): Promise<string[]> {
  await page.goto("/me/applications");
  const application = await page.locator('a[href^="/me/applications/"]').first().getAttribute("href");
  await page.goto("/traffic/accident");
  const accident = await page
    .locator('a[href^="/traffic/accident/"]:not([href$="/new"]):not([href$="/join"])')
    .first()
    .getAttribute("href");
  expect(application, "the seeded application").toMatch(/^\/me\/applications\/[0-9a-f-]{36}$/);
  expect(accident, "the seeded accident").toMatch(/^\/traffic\/accident\/[0-9a-f-]{36}$/);
  return [application!, accident!];
}

for (const care of [false, true]) {
  test.describe(care ? "in care mode" : "in normal mode", () => {
    test(`no public citizen page is wider than a 360 px phone ${care ? "in care mode " : ""}@phone`, async ({
      page,
      baseURL,
    }) => {
      await useCareMode(page, baseURL, care);
      await walk(page, publicPages, care);
    });

    test(`no signed-in citizen page is wider than a 360 px phone ${care ? "in care mode " : ""}@phone`, async ({
      page,
      baseURL,
    }) => {
      await signInCitizen(page);
      await useCareMode(page, baseURL, care);
      await walk(page, [...signedInPages, ...(await linkedPages(page))], care);
    });
  });
}

test("the station officer's queue on a 360 px phone is a list of cards, not a squeezed table @phone", async ({
  page,
}) => {
  await signInStaff(page, "stationOfficer", "/dashboard/applications");
  const card = page.locator("[data-application-card]").first();
  await expect(card).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  // The service's name reads on one or two lines across the card, not one character per line.
  const service = card.locator("p").first();
  expect((await service.boundingBox())!.width).toBeGreaterThan(120);
  expect((await service.boundingBox())!.height).toBeLessThan(60);
  await expect(card.getByRole("link", { name: /^查看 HN\d{14}$/ })).toBeVisible();
  await expectFitsWidth(page, "the station queue");
});
