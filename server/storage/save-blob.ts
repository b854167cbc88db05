import { randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import type { Db } from "@/db/client";
import { blobs } from "@/db/schema";
import { DomainError } from "@/server/errors";
import { logError } from "@/server/log";
import {
  type AcceptedType,
  type BlobPurpose,
  blobPurposes,
  extensionOf,
  formatLabel,
  imageTypes,
} from "./blob-purposes";
import { getBlobStore } from "./blob-store";
import { sha256Hex } from "./sha256-hex";

/** Larger images are refused before decoding: a small file can expand into gigabytes of pixels. */
const maxPixels = 50_000_000;

/** Browsers that cannot tell the type send these; the bytes decide then. */
const genericTypes = new Set(["", "application/octet-stream"]);

/**
 * Stores an upload and returns the new blob's id. The bytes decide the type, not the file name or the
 * declared type: anything that is not a real JPEG, PNG, WebP or PDF allowed for the purpose is refused.
 * Images are decoded and re-encoded, which drops EXIF (GPS position, device) after applying its
 * orientation, and neutralises anything hidden after the image data.
 */
export async function saveBlob(
  db: Db,
  p: { ownerId: string | null; purpose: BlobPurpose; contentType: string; bytes: Uint8Array },
): Promise<string> {
  const rule = blobPurposes[p.purpose];
  if (!rule) throw new Error(`unknown blob purpose "${String(p.purpose)}"`);
  const allowed: readonly AcceptedType[] = rule.types;
  const refused = () =>
    new DomainError("FILE_TYPE_NOT_ALLOWED", { allowed: allowed.map((t) => formatLabel[t]).join(" / ") });
  if (p.bytes.byteLength > rule.maxBytes) {
    throw new DomainError("FILE_TOO_LARGE", { maxMb: Math.floor(rule.maxBytes / (1024 * 1024)) });
  }
  if (p.bytes.byteLength === 0) throw new DomainError("FILE_UNREADABLE");

  const declared = p.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!genericTypes.has(declared) && !allowed.includes(declared as AcceptedType)) throw refused();
  const detected = (await fileTypeFromBuffer(p.bytes))?.mime as string | undefined;
  if (!detected || !allowed.includes(detected as AcceptedType)) throw refused();
  const type = detected as AcceptedType;

  const stored = (imageTypes as readonly string[]).includes(type) ? await reencode(p.bytes, type) : p.bytes;
  const id = randomUUID();
  const now = new Date();
  const key = `${p.purpose}/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${id}.${extensionOf[type]}`;

  const store = getBlobStore();
  const { location } = await store.put(key, stored, type);
  try {
    await db.insert(blobs).values({
      id,
      key,
      ownerId: p.ownerId,
      purpose: p.purpose,
      contentType: type,
      size: stored.byteLength,
      sha256: sha256Hex(stored),
      location,
    });
  } catch (error) {
    await store.delete(location).catch((e: unknown) => logError("orphaned blob not removed", e, { key }));
    throw error;
  }
  return id;
}

async function reencode(bytes: Uint8Array, type: AcceptedType): Promise<Uint8Array> {
  try {
    const image = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error" }).rotate();
    const encoded =
      type === "image/jpeg"
        ? image.jpeg({ quality: 90 })
        : type === "image/png"
          ? image.png()
          : image.webp({ quality: 90 });
    return new Uint8Array(await encoded.toBuffer());
  } catch {
    throw new DomainError("FILE_UNREADABLE");
  }
}
