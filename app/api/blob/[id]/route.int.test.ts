import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { resetEnv } from "@/server/env";
import { saveBlob } from "@/server/storage/save-blob";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { GET } = await import("./route");

const h = routeTestDb();
let dataDir: string;
let owner: SessionUser;
let other: SessionUser;
let blobId: string;

async function makeUser(name: string, roles: SessionUser["roles"]): Promise<SessionUser> {
  const [row] = await h.db.insert(users).values({ name, roles, passwordHash: "not-used" }).returning({ id: users.id });
  return { id: row?.id as string, name, roles, orgUnitId: null };
}

const get = (id: string) => GET(new Request(`http://localhost/api/blob/${id}`), { params: Promise.resolve({ id }) });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "jingmin-route-"));
  process.env.DATA_DIR = dataDir;
  resetEnv();
  owner = await makeUser("路由测试甲", ["citizen"]);
  other = await makeUser("路由测试乙", ["citizen"]);
  const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#123456" } })
    .jpeg()
    .toBuffer();
  blobId = await saveBlob(h.db, {
    ownerId: owner.id,
    purpose: "application_material",
    contentType: "image/jpeg",
    bytes: jpeg,
  });
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("GET /api/blob/[id]", () => {
  it("serves the owner the bytes as an inline, unsniffable, uncached image", async () => {
    signInAs(owner);
    const res = await get(blobId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toBe(
      `inline; filename="application_material-${blobId.slice(0, 8)}.jpg"`,
    );
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body.byteLength).toBe(Number(res.headers.get("content-length")));
    expect((await sharp(body).metadata()).format).toBe("jpeg");
  });

  it("serves a PDF, script and all, only as a sandboxed download that no viewer runs inline", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.addJavaScript("attack", "app.alert(document.cookie)");
    const pdfId = await saveBlob(h.db, {
      ownerId: owner.id,
      purpose: "application_material",
      contentType: "application/pdf",
      bytes: await pdf.save(),
    });
    signInAs(owner);
    const res = await get(pdfId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="application_material-${pdfId.slice(0, 8)}.pdf"`,
    );
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("answers 401 to a visitor, 403 to another user and 404 to an unknown id", async () => {
    expect((await get(blobId)).status).toBe(401);
    signInAs(other);
    const refused = await get(blobId);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe("");
    expect((await get("6f1c1f0e-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await get("not-an-id")).status).toBe(404);
  });
});
