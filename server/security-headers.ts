/** Headers every response carries, static assets and API routes included. */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(self), geolocation=(self), microphone=(), payment=(self)" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // A CSP for responses the proxy does not see (API routes, files); pages get a stricter one with a nonce.
    {
      key: "Content-Security-Policy",
      value: "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
    },
  ];
}

/**
 * The page CSP: scripts only from this origin or carrying this request's nonce. Inline style attributes
 * are allowed because React renders them; they cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join("; ");
}
