import { expect, type Locator } from "@playwright/test";

/**
 * A card that is one link: the link's own box is a tap target of at least 44×44 px, and a tap on the
 * label inside it (which looks like a pill) lands on that same link rather than on a dead spot.
 */
export async function expectWholeCardLink(link: Locator, label: Locator) {
  // What is hit at a point is only known on screen: a tile below the fold would hit nothing.
  await label.scrollIntoViewIfNeeded();
  const box = (await link.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(44);
  expect(box.height).toBeGreaterThanOrEqual(44);
  const labelBox = (await label.boundingBox())!;
  expect(labelBox.x).toBeGreaterThanOrEqual(box.x);
  expect(labelBox.y).toBeGreaterThanOrEqual(box.y);
  expect(labelBox.x + labelBox.width).toBeLessThanOrEqual(box.x + box.width);
  expect(labelBox.y + labelBox.height).toBeLessThanOrEqual(box.y + box.height);
  const hit = await label.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const target = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return { inLink: target?.closest("a")?.getAttribute("href") ?? null, isButton: !!target?.closest("button") };
  });
  expect(hit).toEqual({ inLink: await link.getAttribute("href"), isButton: false });
}
