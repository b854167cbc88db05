import http from "node:http";
import { expect, type Page, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { signInCitizen } from "./support/sign-in";

/**
 * One request from a loopback address of our choosing, so this spec's lookups spend no other spec's
 * per-address budget (the server sees 127.0.0.x as the client).
 */
function fromAddress(localAddress: string, path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, baseURL), { localAddress, headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
    request.end();
  });
}

test("a forged X-Forwarded-For does not buy a fresh verification limit", async () => {
  const address = `127.0.0.${2 + Math.floor(Math.random() * 250)}`;
  const input = encodeURIComponent(JSON.stringify({ json: { code: "7KQ4-M2XP-9TRW-HB3D" } }));
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) {
    const forged = `203.0.113.${i}, 198.51.100.${i}`;
    statuses.push(
      await fromAddress(address, `/api/trpc/documents.verify?input=${input}`, {
        "x-forwarded-for": forged,
        "x-real-ip": forged,
      }),
    );
  }
  expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
  expect(statuses[30]).toBe(429);
});

test("signing out ends that session on the server: a copy of its cookie no longer works", async ({ page, browser }) => {
  await signInCitizen(page, "/me");
  const copied = await page.context().cookies();
  const profile = (p: Page) => p.request.get("/api/trpc/me.profile");
  expect((await profile(page)).status()).toBe(200);

  await page.getByRole("button", { name: "退出登录" }).first().click();
  await expect(page).toHaveURL(`${baseURL}/`);

  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  expect((await profile(stolen)).status()).toBe(401);
  await stolen.goto("/me");
  await expect(stolen).toHaveURL(/\/login/);
  await thief.close();
});

test("server actions run only for our own pages, and only with the arguments a form sends", async ({
  page,
  request,
}) => {
  await page.goto("/");
  // The language switch works without JavaScript too, so its action id is in the page.
  const html = await page.content();
  const actionId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
  expect(actionId).toBeTruthy();
  const form = { [`$ACTION_ID_${actionId}`]: "", locale: "en" };
  const locale = async (r: Awaited<ReturnType<typeof request.post>>) => r.headers()["set-cookie"] ?? "";

  const foreign = await request.post("/", {
    multipart: form,
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  });
  expect(foreign.status()).toBe(403);
  expect(await locale(foreign)).not.toContain("NEXT_LOCALE");

  const unmarked = await request.post("/", { multipart: form });
  expect(unmarked.status()).toBe(403);

  const badArguments = await request.post("/", {
    headers: { "next-action": actionId!, "sec-fetch-site": "same-origin", "content-type": "text/plain;charset=UTF-8" },
    data: '["x"]',
  });
  expect(badArguments.status()).toBe(400);

  const ours = await request.post("/", {
    multipart: form,
    headers: { "sec-fetch-site": "same-origin" },
    maxRedirects: 0,
  });
  expect(ours.status()).toBeLessThan(400);
  expect(await locale(ours)).toContain("NEXT_LOCALE=en");
});

test("tRPC refuses an oversized batch and keeps personal answers out of every cache", async ({ page }) => {
  const calls = Array.from({ length: 11 }, () => "system.health").join(",");
  const batch = await page.request.get(`/api/trpc/${calls}?batch=1&input=%7B%7D`);
  expect(batch.status()).toBe(400);
  expect(((await batch.json()) as { error: { message: string } }).error.message).toContain("最多 10 个");

  await signInCitizen(page, "/me");
  const profile = await page.request.get("/api/trpc/me.profile");
  expect(profile.status()).toBe(200);
  expect(profile.headers()["cache-control"]).toBe("private, no-store");
});
