/**
 * The host a typed address names, lower-case, without "www." and without scheme, port, path or query:
 * "https://WWW.Example.com:8443/a?b" → "example.com". Null when nothing host-like is left.
 */
export function siteHost(typed: string): string | null {
  const text = typed.trim().toLowerCase();
  const withoutScheme = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, "");
  const host =
    withoutScheme
      .split(/[/?#]/)[0]
      ?.replace(/:\d+$/, "")
      .replace(/^www\./, "")
      .replace(/\.$/, "") ?? "";
  if (host.length > 253 || !/^(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*$/.test(host)) return null;
  return host;
}
