import { expect, test } from "@playwright/test";
import { catalogCategories } from "@/server/seed/catalog/catalog-categories";
import { signInCitizen } from "./support/sign-in";

const services = catalogCategories.flatMap((c) => c.services.map((s) => ({ code: s.code, kind: s.kind })));

/** What a guide or the page it leads to says when nothing can be done online. */
const deadEnds = ["暂未开通", "正在维护配置", "暂不能查询", "该查询正在维护或配置中", "暂不能在线申请"];

/** The guide's action panel (ActionPanel in guide-action.tsx) in the server-rendered HTML. */
function actionPanel(html: string): string | null {
  return /<section aria-labelledby="guide-action"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1] ?? null;
}

test("every one of the 289 guides gives a signed-in, verified citizen something to do online, and it leads somewhere", async ({
  page,
}) => {
  // About two requests per service, read as HTML without rendering: a minute or two.
  test.setTimeout(600_000);
  expect(services).toHaveLength(289);
  await signInCitizen(page);

  const failures: string[] = [];
  for (const { code, kind } of services) {
    const guide = await page.request.get(`/services/${code}`);
    const panel = guide.ok() ? actionPanel(await guide.text()) : null;
    if (!panel) {
      failures.push(`${code}: guide ${guide.status()} without an action panel`);
      continue;
    }
    const deadEnd = deadEnds.find((text) => panel.includes(text));
    if (deadEnd) failures.push(`${code}: guide says "${deadEnd}"`);
    const link = /<a [^>]*href="(\/[^"]*)"/.exec(panel)?.[1]?.replaceAll("&amp;", "&");
    // An application starts with a button (a draft is made on click); everything else is a link to follow.
    if (!link) {
      if (kind !== "handle" || !panel.includes("<button")) failures.push(`${code}: no link or button to act on`);
      continue;
    }
    if (kind === "handle") continue;
    const target = await page.request.get(link);
    // Only what the page shows: its scripts carry the message catalogue, dead-end wording included.
    const body = (await target.text()).replace(/<script[\s\S]*?<\/script>/g, "");
    const targetDeadEnd = deadEnds.find((text) => body.includes(text));
    if (!target.ok() || targetDeadEnd)
      failures.push(`${code}: ${link} answers ${target.status()} ${targetDeadEnd ?? ""}`);
  }
  expect(failures).toEqual([]);
});
