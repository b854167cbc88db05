import { type NextRequest, NextResponse } from "next/server";
import { hasSessionCookie } from "@/server/accounts/has-session-cookie";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { hasMalformedEncoding } from "@/server/security/has-malformed-encoding";
import { pageContentSecurityPolicy } from "@/server/security-headers";
import { isFormActionCall } from "@/server/security/form-action-call";
import { isSameOrigin } from "@/server/security/same-origin";

/** Pages that show personal data: never stored by a browser or a shared cache. */
const privatePrefixes = ["/me", "/dashboard", "/admin", "/login", "/register", "/staff", "/dev", "/traffic"];

/** Anonymous visitors are sent straight to the right sign-in page; the pages themselves still authorise. */
const signInFor: [prefix: string, signIn: string][] = [
  ["/me", "/login"],
  ["/dashboard", "/staff/login"],
  ["/admin", "/staff/login"],
];

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

function under(pathname: string, prefix: string) {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** API routes and files (icons, manifest…) only pass the address check: they carry no page CSP. */
const notAPage = /^\/api\/|\.[A-Za-z0-9]+$/;

/**
 * Runs before every request: refuses an address whose percent-encoding does not decode (Next would
 * answer 500). For pages it then refuses a state-changing request another site sent, gives a fresh CSP
 * nonce, marks personal pages no-store and redirects visitors without a session cookie away from the
 * signed-in areas. It authorises nothing: a cookie that
 * is present but void still reaches the page, whose guard sends it to sign-in.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) {
    const tr = translator(localeFromCookieHeader(request.headers.get("cookie")));
    return new NextResponse(tr("errors.MALFORMED_ADDRESS"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (notAPage.test(pathname)) return NextResponse.next();

  // Server actions and form posts are POSTs to a page: only our own pages may send them, and only with
  // the arguments our (form) actions take.
  if (!safeMethods.has(request.method)) {
    if (!isSameOrigin(request.headers))
      return new NextResponse(null, { status: 403, headers: { "Cache-Control": "no-store" } });
    if (request.headers.has("next-action") && !(await isFormActionCall(request))) {
      return new NextResponse(null, { status: 400, headers: { "Cache-Control": "no-store" } });
    }
  }

  const target = signInFor.find(([prefix]) => under(pathname, prefix));
  if (target && !hasSessionCookie(request.cookies.getAll())) {
    const back = request.nextUrl.clone();
    // Client navigations fetch `?_rsc=…`; the page to come back to is the plain URL.
    back.searchParams.delete("_rsc");
    const url = new URL(target[1], request.url);
    url.searchParams.set("next", back.pathname + back.search);
    return NextResponse.redirect(url);
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageContentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("Content-Security-Policy", csp);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (privatePrefixes.some((prefix) => under(pathname, prefix))) {
    response.headers.set("Cache-Control", "private, no-store, max-age=0");
  }
  return response;
}

export const config = {
  // Everything but Next's build output, whose paths Next itself writes.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
