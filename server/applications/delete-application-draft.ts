import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { applications } from "@/db/schema";
import { DomainError } from "@/server/errors";

/**
 * Drafts were never seen by anyone but their author, so discarding one leaves no trace in any timeline.
 * A draft whose postage is paid stays: it holds the payment until it is submitted.
 */
export async function deleteApplicationDraft(db: Db, p: { userId: string; applicationId: string }): Promise<void> {
  const deleted = await db
    .delete(applications)
    .where(
      and(
        eq(applications.id, p.applicationId),
        eq(applications.applicantId, p.userId),
        eq(applications.state, "draft"),
        isNull(applications.paidAt),
      ),
    )
    .returning({ id: applications.id });
  if (!deleted.length) throw new DomainError("NOT_FOUND");
}
