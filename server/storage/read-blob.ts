import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { blobs, users } from "@/db/schema";
import { auditActorOf } from "@/server/accounts/actor";
import { canReadAccidentBlob } from "@/server/accidents/can-read-accident-blob";
import { isAdmin, type SessionUser } from "@/server/accounts/session-user";
import { recordAudit } from "@/server/audit/record-audit";
import { DomainError } from "@/server/errors";
import { canOfficerReadBlob } from "@/server/applications/can-officer-read-blob";
import { logError } from "@/server/log";
import { canReadViolationPhoto } from "@/server/traffic/can-read-violation-photo";
import { type AcceptedType, extensionOf } from "./blob-purposes";
import { getBlobStore } from "./blob-store";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type BlobContent = { bytes: Uint8Array; contentType: string; size: number; filename: string };

/**
 * Hands out a stored object to whoever may see it: its owner, an admin, an officer whose desk handles
 * the application it belongs to (server/applications/can-officer-read-blob.ts), or for a violation photo
 * the vehicle's owner and traffic officers in jurisdiction (server/traffic/can-read-violation-photo.ts), for an
 * accident's photos and PDF its parties, officers and insurers (server/accidents/can-read-accident-blob.ts).
 * Every read of someone else's object is audited against the owner (so "who looked at my documents" can
 * be answered), and so is every refused attempt.
 */
export async function readBlob(
  db: Db,
  p: { blobId: string; user: SessionUser | null; meta?: { ip?: string | null; correlationId?: string | null } },
): Promise<BlobContent> {
  if (!p.user) throw new DomainError("UNAUTHORIZED");
  const user = p.user;
  if (!uuid.test(p.blobId)) throw new DomainError("NOT_FOUND");
  const [row] = await db
    .select({
      id: blobs.id,
      ownerId: blobs.ownerId,
      purpose: blobs.purpose,
      contentType: blobs.contentType,
      size: blobs.size,
      location: blobs.location,
      ownerIdHash: users.idNumberHash,
    })
    .from(blobs)
    .leftJoin(users, eq(users.id, blobs.ownerId))
    .where(eq(blobs.id, p.blobId));
  if (!row) throw new DomainError("NOT_FOUND");

  const own = row.ownerId !== null && row.ownerId === user.id;
  if (!own) {
    const allowed =
      isAdmin(user) ||
      (row.purpose === "violation_photo"
        ? await canReadViolationPhoto(db, { user, blobId: row.id })
        : row.purpose === "accident_photo"
          ? await canReadAccidentBlob(db, { user, blobId: row.id })
          : (await canOfficerReadBlob(db, { user, blobId: row.id, purpose: row.purpose })) ||
            (row.purpose === "issued_document" && (await canReadAccidentBlob(db, { user, blobId: row.id }))));
    await recordAudit(db, {
      actor: auditActorOf(user),
      action: "blob.read",
      targetType: "blob",
      targetId: row.id,
      subjectIdHash: row.ownerIdHash,
      outcome: allowed ? "ok" : "denied",
      details: { purpose: row.purpose, ownerId: row.ownerId },
      ip: p.meta?.ip,
      correlationId: p.meta?.correlationId,
    });
    if (!allowed) throw new DomainError("FORBIDDEN");
  }

  const bytes = await getBlobStore().get(row.location);
  if (!bytes) {
    logError("blob row without object", new Error("missing object"), { blobId: row.id });
    throw new DomainError("NOT_FOUND");
  }
  const ext = extensionOf[row.contentType as AcceptedType] ?? "bin";
  return {
    bytes,
    contentType: row.contentType,
    size: bytes.byteLength,
    filename: `${row.purpose}-${row.id.slice(0, 8)}.${ext}`,
  };
}
