import "server-only";
import type { Db } from "@/db/client";
import { licenceShowCodes } from "@/db/schema";
import { hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import { findLicenceHolder } from "./licence-holder";
import { generateShowCode, showCodePath, showCodeTtlSeconds } from "./show-code";

/** A screen refreshes its code every few minutes; this leaves room for reloads, not for minting codes in bulk. */
export const showCodeIssueRule = { limit: 60, windowSeconds: 3600 } as const;

export type IssuedShowCode = { code: string; path: string; issuedAt: Date; expiresAt: Date };

/**
 * A new code for the holder's screen, bound to their register entry and driving licence (if any). Earlier
 * codes are left to run out: a second phone showing the same licence keeps working until its own code expires.
 */
export async function issueShowCode(db: Db, p: { userId: string; now?: Date }): Promise<IssuedShowCode> {
  const now = p.now ?? new Date();
  const holder = await findLicenceHolder(db, p);
  if (holder.state === "unverified") throw new DomainError("REAL_NAME_REQUIRED");
  if (holder.state === "not_in_register") throw new DomainError("NOT_FOUND");
  const limit = await rateLimit(db, { key: `licence-show:user:${p.userId}`, ...showCodeIssueRule }, now);
  if (!limit.allowed) throw new DomainError("RATE_LIMITED", { seconds: limit.retryAfterSeconds });
  const code = generateShowCode();
  const expiresAt = new Date(now.getTime() + showCodeTtlSeconds * 1000);
  await db.insert(licenceShowCodes).values({
    codeHash: hashPii("token", code),
    userId: p.userId,
    residentId: holder.residentId,
    drivingLicenceId: holder.drivingLicenceId,
    issuedAt: now,
    expiresAt,
  });
  return { code, path: showCodePath(code), issuedAt: now, expiresAt };
}
