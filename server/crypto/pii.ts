import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/server/env";

/**
 * Personal identifiers (ID numbers, phones) are stored as AES-256-GCM ciphertext plus a keyed HMAC
 * for exact lookup. Both keys derive from PII_KEY, so a database dump alone reveals nothing.
 */
type Keys = { enc: Buffer; mac: Buffer };
let keys: Keys | undefined;

function loadKeys(): Keys {
  if (keys) return keys;
  const raw = env().PII_KEY;
  if (!raw) {
    throw new Error("PII_KEY is not set: run `npm run demo` once (it writes .env.local) or set it in the environment");
  }
  const master = Buffer.from(raw, "base64");
  if (master.length < 32) throw new Error("PII_KEY must be at least 32 bytes, base64-encoded");
  keys = {
    enc: Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "jingmin pii enc v1", 32)),
    mac: Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), "jingmin pii mac v1", 32)),
  };
  return keys;
}

export function resetPiiKeys() {
  keys = undefined;
}

export function encryptPii(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", loadKeys().enc, iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

export function decryptPii(token: string): string {
  const [version, iv, tag, body] = token.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unrecognised ciphertext");
  const decipher = createDecipheriv("aes-256-gcm", loadKeys().enc, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

/** `kind` separates the hash spaces, so a phone number can never collide with an ID number. */
export function hashPii(kind: "id" | "phone" | "code" | "token", value: string): string {
  return createHmac("sha256", loadKeys().mac)
    .update(`${kind}:${normalise(kind, value)}`)
    .digest("hex");
}

function normalise(kind: string, value: string): string {
  const trimmed = value.trim();
  return kind === "id" ? trimmed.toUpperCase() : trimmed;
}
