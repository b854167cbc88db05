import { hash, verify } from "@node-rs/argon2";

/** Argon2id with OWASP's second recommended profile (19 MiB, 2 passes). */
const options = { algorithm: 2 as const, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Verifying against this when no account matches keeps the response time from revealing which accounts exist. */
let dummy: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  dummy ??= hashPassword("jingmin-no-such-account");
  await verifyPassword(await dummy, password);
}
