import type { Db } from "@/db/client";
import { DomainError } from "@/server/errors";
import { rateLimit } from "@/server/security/rate-limit";
import { type DocumentVerification, getDocumentVerification } from "./get-document-verification";

/** Enough for a clerk checking a stack of papers; far too few to walk the code space (which is hopeless anyway). */
export const documentLookupRule = { limit: 30, windowSeconds: 600 } as const;

/**
 * The public verify page's lookup: counted per IP address (requests without one share a counter), then
 * answered by getDocumentVerification. Refused lookups say how long to wait.
 */
export async function checkDocumentCode(
  db: Db,
  params: { code: string; ip: string | null; viewerId?: string | null; now?: Date },
): Promise<DocumentVerification> {
  const limit = await rateLimit(
    db,
    { key: `document-verify:ip:${params.ip ?? "unknown"}`, ...documentLookupRule },
    params.now,
  );
  if (!limit.allowed) throw new DomainError("RATE_LIMITED", { seconds: limit.retryAfterSeconds });
  return getDocumentVerification(db, params.code, params.viewerId ?? null);
}
