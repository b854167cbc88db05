import type { Db } from "@/db/client";
import type { SessionUser } from "@/server/accounts/session-user";
import { DomainError } from "@/server/errors";
import { saveBlob } from "@/server/storage/save-blob";

/**
 * A traffic officer's evidence photo, stored before the violation is recorded (the form uploads it as soon
 * as it is chosen). The officer owns it until recordViolation attaches it; only images are accepted.
 */
export async function saveViolationPhoto(
  db: Db,
  params: { user: SessionUser; contentType: string; bytes: Uint8Array },
): Promise<{ blobId: string }> {
  if (!params.user.roles.includes("traffic_officer") || params.user.orgUnitId == null)
    throw new DomainError("FORBIDDEN");
  const blobId = await saveBlob(db, {
    ownerId: params.user.id,
    purpose: "violation_photo",
    contentType: params.contentType,
    bytes: params.bytes,
  });
  return { blobId };
}
