/**
 * The `next` parameter after sign-in: only a path on this site, so a crafted link cannot send a
 * freshly signed-in user to another origin (`//evil.example`, `/\evil.example`, `https://…`).
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return null;
  if (value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = "http://jingmin.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base) return null;
  return url.pathname + url.search + url.hash;
}
