/**
 * Whether a URL path holds percent-encoding that does not decode to UTF-8 (`/verify/%E0%A4%A`). Next.js
 * decodes dynamic segments and answers such a path with 500, so the proxy refuses it before routing.
 */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
