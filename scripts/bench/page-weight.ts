import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export type PageResult = { performance: number; lcpMs: number; tbtMs: number; jsGzipBytes: number };

const chromiumFlags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Lighthouse's own word for a run that failed on its side (e.g. NO_NAVSTART, a trace it could not record). */
const tryAgain = "Please run Lighthouse again";

/**
 * One Lighthouse run with its default (mobile) settings, in Debian's Chromium; the cookie signs the page in.
 * A run Lighthouse itself asks to repeat is repeated, up to three attempts.
 */
export async function measurePage(url: string, cookie?: string): Promise<PageResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureOnce(url, cookie);
    } catch (error) {
      if (attempt >= 3 || !String((error as Error).message).includes(tryAgain)) throw error;
      console.log(`  lighthouse asked for a rerun of ${url}: ${(error as Error).message}`);
    }
  }
}

async function measureOnce(url: string, cookie?: string): Promise<PageResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: chromiumFlags,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
    const requests = (lhr.audits["network-requests"]?.details as { items: { url: string; resourceType?: string }[] })
      .items;
    const origin = new URL(url).origin;
    const scripts = requests.filter((r) => r.resourceType === "Script" && r.url.startsWith(origin)).map((r) => r.url);
    let jsGzipBytes = 0;
    for (const script of new Set(scripts)) {
      const body = Buffer.from(await (await fetch(script)).arrayBuffer());
      jsGzipBytes += gzipSync(body).length;
    }
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
      jsGzipBytes,
    };
  } finally {
    chrome.kill();
  }
}
