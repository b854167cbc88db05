import { z } from "zod";

/**
 * Configuration read once from the environment. Every external part has an embedded default, so the
 * only values a fresh machine needs are the secrets, which `npm run demo` writes into `.env.local`.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  /** Force a driver when the URL alone cannot tell (tests route Neon through a local proxy). */
  DATABASE_DRIVER: z.enum(["pglite", "pg", "neon"]).optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  /** 32 random bytes, base64: encrypts ID numbers and phones, and keys their lookup hashes. */
  PII_KEY: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(1).optional(),
  BLOB_READ_WRITE_TOKEN: z.string().min(1).optional(),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.string().optional(),
  SMS_PROVIDER: z.enum(["outbox", "aliyun"]).default("outbox"),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().optional(),
  ALIYUN_SMS_SIGN_NAME: z.string().optional(),
  ALIYUN_SMS_ENDPOINT: z.string().url().optional(),
  /** Shows /dev/* helpers (SMS inbox, demo TOTP codes). On by default only on the embedded SMS outbox. */
  DEV_TOOLS: z.enum(["0", "1"]).optional(),
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
  return e.SMS_PROVIDER === "outbox" && e.NODE_ENV !== "test";
}
