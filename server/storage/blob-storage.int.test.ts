import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, blobs, users } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { hashPii } from "@/server/crypto/pii";
import { resetEnv } from "@/server/env";
import { createTestDb } from "@/test/db";
import { readBlob } from "./read-blob";
import { saveBlob } from "./save-blob";
import { sha256Hex } from "./sha256-hex";
import { refusal } from "@/test/refusal";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let dataDir: string;
let owner: SessionUser;
let stranger: SessionUser;
let admin: SessionUser;
const ownerIdNumber = "410105199001011234";

async function makeUser(name: string, roles: SessionUser["roles"], idNumber?: string): Promise<SessionUser> {
  const [row] = await db
    .insert(users)
    .values({ name, roles, passwordHash: "not-used", idNumberHash: idNumber ? hashPii("id", idNumber) : null })
    .returning({ id: users.id });
  return { id: row?.id as string, name, roles, orgUnitId: null };
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "jingmin-storage-"));
  process.env.DATA_DIR = dataDir;
  resetEnv();
  h = await createTestDb();
  db = h.db;
  owner = await makeUser("存储测试甲", ["citizen"], ownerIdNumber);
  stranger = await makeUser("存储测试乙", ["citizen"]);
  admin = await makeUser("存储测试管理员", ["admin"]);
});

afterAll(async () => {
  await h?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const photo = (width = 40, height = 20) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } });

async function jpegWithGps(): Promise<Buffer> {
  return (
    photo()
      .jpeg()
      .withExif({
        IFD0: { Make: "TestCam", Model: "X1" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "34/1 45/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "113/1 39/1 0/1",
        },
      })
      // Orientation 6: the camera was held upright, the pixels are stored sideways.
      .withMetadata({ orientation: 6 })
      .toBuffer()
  );
}

const save = (
  bytes: Uint8Array,
  contentType: string,
  purpose: "application_material" | "accident_photo" = "application_material",
) => saveBlob(db, { ownerId: owner.id, purpose, contentType, bytes });

describe("saveBlob", () => {
  it("removes EXIF with the GPS position and keeps the photo upright", async () => {
    const original = await jpegWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif?.toString("latin1")).toContain("TestCam");

    const id = await save(original, "image/jpeg", "accident_photo");
    const stored = await readBlob(db, { blobId: id, user: owner });
    const after = await sharp(stored.bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([20, 40]);
    expect(Buffer.from(stored.bytes).toString("latin1")).not.toContain("TestCam");
    expect(stored.contentType).toBe("image/jpeg");

    const [row] = await db.select().from(blobs).where(eq(blobs.id, id));
    expect(row).toMatchObject({
      ownerId: owner.id,
      purpose: "accident_photo",
      contentType: "image/jpeg",
      size: stored.bytes.byteLength,
      sha256: sha256Hex(stored.bytes),
    });
    expect(row?.key).toMatch(new RegExp(`^accident_photo/\\d{4}/\\d{2}/${id}\\.jpg$`));
  });

  it("stores PNG, WebP and PDF as what their bytes are", async () => {
    const png = await save(await photo().png().toBuffer(), "image/png");
    const webp = await save(await photo().webp().toBuffer(), "application/octet-stream");
    const pdfBytes = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    const pdf = await save(pdfBytes, "application/pdf");
    expect((await readBlob(db, { blobId: png, user: owner })).contentType).toBe("image/png");
    expect((await readBlob(db, { blobId: webp, user: owner })).contentType).toBe("image/webp");
    const storedPdf = await readBlob(db, { blobId: pdf, user: owner });
    expect(storedPdf).toMatchObject({
      contentType: "application/pdf",
      filename: expect.stringMatching(/^application_material-[0-9a-f]{8}\.pdf$/),
    });
    expect(storedPdf.bytes).toEqual(pdfBytes);
  });

  it("refuses a program or a web page renamed to look like a photo", async () => {
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(62), Buffer.from("PE\0\0"), Buffer.alloc(200)]);
    exe.writeUInt32LE(64, 60);
    const html = Buffer.from("<!doctype html><html><script>alert(document.cookie)</script></html>");
    const before = (await db.select().from(blobs)).length;
    for (const [bytes, declared] of [
      [exe, "image/jpeg"],
      [html, "image/jpeg"],
      [html, "application/octet-stream"],
    ] as const) {
      const error = await refusal(save(bytes, declared));
      expect(error.code).toBe("FILE_TYPE_NOT_ALLOWED");
      expect(error.params.allowed).toBe("JPG / PNG / WebP / PDF");
    }
    expect((await db.select().from(blobs)).length).toBe(before);
  });

  it("refuses a declared type we do not accept and a PDF where only photos belong", async () => {
    expect((await refusal(save(await photo().jpeg().toBuffer(), "text/html"))).code).toBe("FILE_TYPE_NOT_ALLOWED");
    const error = await refusal(
      save(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"), "application/pdf", "accident_photo"),
    );
    expect(error).toMatchObject({ code: "FILE_TYPE_NOT_ALLOWED", params: { allowed: "JPG / PNG / WebP" } });
  });

  it("refuses a file over the purpose's size limit before looking inside", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await refusal(save(big, "image/jpeg"))).toMatchObject({ code: "FILE_TOO_LARGE", params: { maxMb: 10 } });
  });

  it("refuses an image that looks right but cannot be decoded", async () => {
    const broken = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from("JFIF\0"),
      Buffer.alloc(100, 7),
    ]);
    expect((await refusal(save(broken, "image/jpeg"))).code).toBe("FILE_UNREADABLE");
    expect((await refusal(save(new Uint8Array(), "image/jpeg"))).code).toBe("FILE_UNREADABLE");
  });
});

describe("readBlob", () => {
  let id: string;
  beforeAll(async () => {
    id = await save(await photo().jpeg().toBuffer(), "image/jpeg");
  });

  const audits = () =>
    db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "blob.read"), eq(auditLog.targetId, id)));

  it("lets the owner read without an audit entry", async () => {
    expect((await readBlob(db, { blobId: id, user: owner })).contentType).toBe("image/jpeg");
    expect(await audits()).toEqual([]);
  });

  it("refuses another citizen and records the attempt", async () => {
    expect((await refusal(readBlob(db, { blobId: id, user: stranger }))).code).toBe("FORBIDDEN");
    expect(await audits()).toMatchObject([{ actorId: stranger.id, outcome: "denied", targetType: "blob" }]);
  });

  it("lets an admin read and audits it against the owner's ID number", async () => {
    const read = await readBlob(db, { blobId: id, user: admin, meta: { ip: "10.1.2.3", correlationId: "corr-1" } });
    expect(read.bytes.byteLength).toBeGreaterThan(0);
    const rows = await audits();
    expect(rows.find((r) => r.actorId === admin.id)).toMatchObject({
      actorRole: "admin",
      outcome: "ok",
      subjectIdHash: hashPii("id", ownerIdNumber),
      ip: "10.1.2.3",
      correlationId: "corr-1",
      details: { purpose: "application_material", ownerId: owner.id },
    });
  });

  it("asks anonymous visitors to sign in and reports unknown ids as not found", async () => {
    expect((await refusal(readBlob(db, { blobId: id, user: null }))).code).toBe("UNAUTHORIZED");
    expect((await refusal(readBlob(db, { blobId: "00000000-0000-4000-8000-000000000000", user: admin }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(readBlob(db, { blobId: "../../etc/passwd", user: admin }))).code).toBe("NOT_FOUND");
  });
});
