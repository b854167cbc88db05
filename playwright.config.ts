import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium: the test tool never downloads a browser of its own. */
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

const householdFlows = /household.*\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { baseURL, launchOptions, locale: "zh-CN", timezoneId: "Asia/Shanghai", trace: "retain-on-failure" },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, testIgnore: householdFlows },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, launchOptions },
      grep: /@phone/,
      testIgnore: householdFlows,
    },
    // The household flows change the demo citizen's register (a move, a newborn) that other specs read as
    // seeded, so they run last: with one worker, projects run in the order listed here. The citizen is on
    // the phone; each officer opens a desktop window of their own.
    {
      name: "phone-household",
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, launchOptions },
      testMatch: householdFlows,
    },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${baseURL}/api/trpc/system.health`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    stderr: "pipe",
  },
});
