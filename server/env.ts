import { z } from "zod";

/**
 * Configuration read once from the environment. Every external part has an embedded default, so the
 * only values a fresh machine needs are the secrets, which `npm run demo` writes into `.env.local`.
 */
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().min(1).optional(),
    /** Force a driver when the URL alone cannot tell (tests route Neon through a local proxy). */
    DATABASE_DRIVER: z.enum(["pglite", "pg", "neon"]).optional(),
    DATA_DIR: z.string().min(1).default(".data"),
    /** 32 random bytes, base64: encrypts ID numbers and phones, and keys their lookup hashes. */
    PII_KEY: z.string().min(1).optional(),
    AUTH_SECRET: z.string().min(1).optional(),
    BLOB_READ_WRITE_TOKEN: z.string().min(1).optional(),
    /** Read by @vercel/blob itself; also the one origin besides Vercel's own that may receive the token on reads. */
    VERCEL_BLOB_API_URL: z.string().url().optional(),
    INNGEST_EVENT_KEY: z.string().min(1).optional(),
    INNGEST_SIGNING_KEY: z.string().min(1).optional(),
    INNGEST_DEV: z.string().optional(),
    SMS_PROVIDER: z.enum(["outbox", "aliyun"]).default("outbox"),
    ALIYUN_SMS_ACCESS_KEY_ID: z.string().optional(),
    ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().optional(),
    ALIYUN_SMS_SIGN_NAME: z.string().optional(),
    ALIYUN_SMS_ENDPOINT: z.string().url().default("https://dysmsapi.aliyuncs.com/"),
    ALIYUN_SMS_REGION: z.string().min(1).default("cn-hangzhou"),
    /** JSON object: our template name → the template code Aliyun approved, e.g. {"sign_in_code":"SMS_123"}. */
    ALIYUN_SMS_TEMPLATE_CODES: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return {};
        try {
          return z.record(z.string(), z.string().min(1)).parse(JSON.parse(v));
        } catch {
          ctx.addIssue({ code: "custom", message: "ALIYUN_SMS_TEMPLATE_CODES must be a JSON object of strings" });
          return z.NEVER;
        }
      }),
    /** Who collects payments; the sandbox (a confirm page, no money moves) when unset. */
    PAYMENT_PROVIDER: z.enum(["sandbox", "alipay"]).default("sandbox"),
    /** Alipay Open Platform application (PAYMENT_PROVIDER=alipay): its id, our RSA2 private key, Alipay's public key. */
    ALIPAY_APP_ID: z.string().trim().min(1).optional(),
    /** PKCS#8 (or PKCS#1) PEM, or the bare base64 the Alipay key tool prints; `\n` escapes are accepted. */
    ALIPAY_PRIVATE_KEY: z.string().trim().min(1).optional(),
    /** "支付宝公钥" from the application's signing settings (not the application's own public key). */
    ALIPAY_PUBLIC_KEY: z.string().trim().min(1).optional(),
    ALIPAY_GATEWAY: z.string().url().default("https://openapi.alipay.com/gateway.do"),
    /** Time zone of cron schedules run by the in-process job runner (a `TZ=` prefix on a schedule wins). */
    TZ: z.string().min(1).optional(),
    /** Shows /dev/* helpers (SMS inbox, demo TOTP codes). Default: on only for `next dev` on the embedded SMS outbox. */
    DEV_TOOLS: z.enum(["0", "1"]).optional(),
    /** Where the public site is reached, e.g. https://jmt.example.gov.cn: printed in the QR code of every issued document. */
    PUBLIC_BASE_URL: z.string().url().optional(),
    /** Auth.js's own base URL; stands in for PUBLIC_BASE_URL when only it is set. */
    AUTH_URL: z.string().url().optional(),
    /**
     * How many proxies in front of the app append to X-Forwarded-For (Vercel: 1; nginx → app: 1; a cloud
     * load balancer → nginx → app: 2). 0: the app is reached directly and the TCP peer is the client.
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((e, ctx) => {
    // Refused at start rather than at the first citizen's payment.
    if (e.PAYMENT_PROVIDER !== "alipay") return;
    for (const key of ["ALIPAY_APP_ID", "ALIPAY_PRIVATE_KEY", "ALIPAY_PUBLIC_KEY"] as const) {
      if (!e[key]) ctx.addIssue({ code: "custom", path: [key], message: `PAYMENT_PROVIDER=alipay needs ${key}` });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

/** For tests that change the environment between cases. */
export function resetEnv() {
  cached = undefined;
}

export function databaseDriver(e: Env = env()): "pglite" | "pg" | "neon" {
  if (e.DATABASE_DRIVER) return e.DATABASE_DRIVER;
  if (!e.DATABASE_URL) return "pglite";
  const host = new URL(e.DATABASE_URL).hostname;
  return host.endsWith(".neon.tech") ? "neon" : "pg";
}

export function jobsMode(e: Env = env()): "inngest" | "in-process" {
  return e.INNGEST_SIGNING_KEY || e.INNGEST_DEV ? "inngest" : "in-process";
}

export function devToolsEnabled(e: Env = env()): boolean {
  if (e.DEV_TOOLS) return e.DEV_TOOLS === "1";
  // A production build only shows them when asked (`npm run demo` does): they reveal every SMS code.
  return e.SMS_PROVIDER === "outbox" && e.NODE_ENV === "development";
}

/** The site's origin for links that leave the browser (QR codes on paper): no trailing slash. */
export function publicBaseUrl(e: Env = env()): string {
  const base = e.PUBLIC_BASE_URL ?? e.AUTH_URL ?? "http://localhost:3000";
  return new URL(base).origin;
}
