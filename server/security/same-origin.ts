/**
 * Whether a state-changing request comes from one of the site's own pages. Browsers say so in
 * Sec-Fetch-Site, which no page can set; older ones send Origin on every POST, compared with the host the
 * browser addressed. A request with neither (a form post from an old browser, a script outside any
 * browser) is refused: no page of ours needs it, and cross-site request forgery relies on it.
 */
export function isSameOrigin(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = headers.get("origin");
  if (!origin) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  // A reverse proxy may rewrite Host; the address the browser used survives in X-Forwarded-Host.
  return [headers.get("host"), headers.get("x-forwarded-host")].some((h) => h?.toLowerCase() === host.toLowerCase());
}
