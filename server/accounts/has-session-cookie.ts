/** Auth.js's session cookie: `__Secure-` over HTTPS, split into `.0`, `.1`… when large. */
const sessionCookie = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Whether a request carries a session cookie at all; without one there is nobody to look up. */
export function hasSessionCookie(cookies: { name: string }[]): boolean {
  return cookies.some((c) => sessionCookie.test(c.name));
}
