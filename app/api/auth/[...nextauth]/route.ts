import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { isSameOrigin } from "@/server/security/same-origin";

export const { GET } = handlers;

/** Sign-in and sign-out posts: Auth.js checks its CSRF token too, but only our own pages may send them. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request.headers))
    return new Response(null, { status: 403, headers: { "Cache-Control": "no-store" } });
  return handlers.POST(request);
}
