import { expect, type Page } from "@playwright/test";

/**
 * Fails when the page is wider than the screen (the reader would have to scroll sideways), naming the
 * widest elements that stick out so the failure says what to fix.
 */
export async function expectFitsScreen(page: Page, what: string) {
  const measured = await page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const overflowing = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ""}`;
        return `${name} ${Math.round(box.width)}px wide, right edge at ${Math.round(box.right)}px: "${(el.innerText ?? "").slice(0, 40)}"`;
      });
    return { scrollWidth: document.documentElement.scrollWidth, viewport, overflowing: overflowing.slice(-5) };
  });
  expect.soft(measured.scrollWidth, `${what} is ${measured.scrollWidth}px wide on a ${measured.viewport}px screen:\n${measured.overflowing.join("\n")}`).toBeLessThanOrEqual(
    measured.viewport,
  );
}
