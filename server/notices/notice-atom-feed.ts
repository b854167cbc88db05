/** One notice as a feed entry. */
export type NoticeFeedEntry = {
  id: string;
  title: string;
  summary: string;
  unit: string;
  periodStart: Date;
  updated: Date;
};

export type NoticeFeed = {
  title: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the board the feed mirrors. */
  boardUrl: string;
  /** Absolute origin the entry links are built on. */
  origin: string;
  entries: readonly NoticeFeedEntry[];
  /** When nothing is listed: the feed still needs an updated time; the caller's now. */
  now: Date;
};

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * An Atom 1.0 document (RFC 4287) of notices. Entry ids are tag URIs of the notice id, so a reader keeps an
 * entry's identity when the site moves; the feed's updated time is its newest entry's.
 */
export function noticeAtomFeed(feed: NoticeFeed): string {
  const updated = feed.entries.reduce((t, e) => (e.updated > t ? e.updated : t), new Date(0));
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>tag:jingmin,2026:notice:${e.id}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${feed.origin}/notices/${e.id}`)}"/>`,
      `    <published>${e.periodStart.toISOString()}</published>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <author><name>${escapeXml(e.unit)}</name></author>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.boardUrl)}"/>`,
    `  <updated>${(feed.entries.length ? updated : feed.now).toISOString()}</updated>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
