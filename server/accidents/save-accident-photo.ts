import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { accidentPhotos, accidentParties, accidents } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { saveBlob } from "@/server/storage/save-blob";
import { requiredSlots } from "./accident-rules";
import { bumpVersion, lockPartyAccident } from "./lock-party-accident";

/**
 * One guided photo from a party's phone. The blob layer checks the bytes (a real JPEG, PNG or WebP),
 * re-encodes (EXIF and GPS gone) and hashes; the photo then fills its slot, replacing an earlier shot.
 * Photos are taken while the accident gathers, and afterwards only the one an officer asked to retake,
 * which puts the accident back in the officers' queue.
 */
export async function saveAccidentPhoto(
  db: Db,
  p: { userId: string; accidentId: string; slot: string; contentType: string; bytes: Uint8Array; now?: Date },
): Promise<{ slot: string; blobId: string }> {
  const now = p.now ?? new Date();
  const [before] = await db
    .select({ status: accidents.status, partyCount: accidents.partyCount, retakeSlot: accidents.retakeSlot })
    .from(accidents)
    .innerJoin(accidentParties, and(eq(accidentParties.accidentId, accidents.id), eq(accidentParties.userId, p.userId)))
    .where(eq(accidents.id, p.accidentId));
  if (!before) throw new DomainError("NOT_FOUND");
  if (!requiredSlots(before.partyCount).includes(p.slot))
    throw new DomainError("BAD_INPUT", {}, { slot: "accident.slot" });
  const open = (s: { status: string; retakeSlot: string | null }) =>
    s.status === "gathering" || (s.status === "retake" && s.retakeSlot === p.slot);
  if (!open(before)) throw new DomainError("ACCIDENT_WRONG_STATE");

  const blobId = await saveBlob(db, {
    ownerId: p.userId,
    purpose: "accident_photo",
    contentType: p.contentType,
    bytes: p.bytes,
  });
  return db.transaction(async (tx) => {
    const { accident } = await lockPartyAccident(tx, { userId: p.userId, accidentId: p.accidentId });
    if (!open(accident)) throw new DomainError("ACCIDENT_WRONG_STATE");
    await tx
      .insert(accidentPhotos)
      .values({ accidentId: accident.id, slot: p.slot, blobId, uploadedBy: p.userId, uploadedAt: now })
      .onConflictDoUpdate({
        target: [accidentPhotos.accidentId, accidentPhotos.slot],
        set: { blobId, uploadedBy: p.userId, uploadedAt: now },
      });
    const back = accident.status === "retake";
    await bumpVersion(tx, accident.id, {
      lastPhotoAt: now,
      ...(back ? { status: "awaiting_determination", awaitingSince: now, retakeSlot: null, retakeNote: null } : {}),
    });
    return { slot: p.slot, blobId };
  });
}
