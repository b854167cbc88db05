import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";

const period = 30;
/**
 * Steps already used per secret: the server refuses a code's step twice (replay protection). Kept in a
 * file, not in memory, because each Playwright project runs in a new worker process against the same server.
 */
const stepsFile = path.join(tmpdir(), `jingmin-e2e-totp-steps-${process.env.E2E_PORT ?? "3100"}.json`);

function readUsedSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(stepsFile, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * A TOTP code the server has not seen yet: the current step, or the next one (the server accepts one
 * step of drift) when a test already used the current step for the same secret. When both are
 * spent, waits for the clock to reach a new step rather than send a code the server must refuse.
 */
export async function freshTotp(secret: string): Promise<string> {
  for (;;) {
    const current = Math.floor(Date.now() / 1000 / period);
    const used = readUsedSteps();
    // A step past the next one cannot have been used on this clock: a run at a faked time
    // (scripts/e2e-at-times.ts) left it, and its server is gone.
    const recorded = used[secret] ?? -1;
    const last = recorded > current + 1 ? -1 : recorded;
    if (last <= current) {
      const step = last < current ? current : current + 1;
      writeFileSync(stepsFile, JSON.stringify({ ...used, [secret]: step }));
      return generateSync({ secret, epoch: step * period });
    }
    await new Promise((resolve) => setTimeout(resolve, (current + 1) * period * 1000 - Date.now() + 50));
  }
}

export async function fillStaffSignIn(page: Page, p: { account: string; password: string; totp: string }) {
  await page.getByLabel("警号 / 账号").fill(p.account);
  await page.getByLabel("密码", { exact: true }).fill(p.password);
  await page.getByLabel("动态口令", { exact: true }).fill(p.totp);
  // Wait for the server's answer: the previous attempt's message is still on screen until it arrives.
  await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === "POST" && new URL(r.url()).pathname.startsWith("/staff/login"),
    ),
    page.getByRole("button", { name: "登录", exact: true }).click(),
  ]);
}

/** Signs a demo staff account in through /staff/login (optionally with `next`) and waits to leave the page. */
export async function signInStaff(page: Page, key: DemoAccountKey, next?: string) {
  const a = demoAccount(key);
  if (!a.totpSecret) throw new Error(`${key} has no authenticator`);
  await page.goto(next ? `/staff/login?next=${encodeURIComponent(next)}` : "/staff/login");
  await fillStaffSignIn(page, { account: a.login, password: a.password, totp: await freshTotp(a.totpSecret) });
  await expect(page).not.toHaveURL(/\/staff\/login/);
}

/** Signs the demo citizen in with phone + password. */
export async function signInCitizen(page: Page, next?: string) {
  const a = demoAccount("citizen");
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await page.getByLabel("手机号码").fill(a.login);
  await page.getByLabel("密码", { exact: true }).fill(a.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
