import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { blobs } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { POST } = await import("./route");

const h = routeTestDb();
let officer: SessionUser;
let citizen: SessionUser;
beforeAll(async () => {
  officer = await demoSessionUser(h.db, "trafficOfficer");
  citizen = await demoSessionUser(h.db, "citizen");
});

function upload(bytes: Uint8Array<ArrayBuffer>, type: string, name: string) {
  const form = new FormData();
  form.append("file", new File([bytes], name, { type }));
  return POST(
    new Request("http://localhost/api/traffic/violation-photos", {
      method: "POST",
      body: form,
      headers: { "sec-fetch-site": "same-origin" },
    }),
  );
}

const jpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 16, height: 9, channels: 3, background: "#445566" } })
      .jpeg()
      .toBuffer(),
  );

describe("POST /api/traffic/violation-photos", () => {
  it("stores a traffic officer's photo as theirs, for the violation they are about to record", async () => {
    signInAs(officer);
    const response = await upload(await jpeg(), "image/jpeg", "现场.jpg");
    expect(response.status).toBe(201);
    const { blobId } = (await response.json()) as { blobId: string };
    const [row] = await h.db.select().from(blobs).where(eq(blobs.id, blobId));
    expect(row).toMatchObject({ ownerId: officer.id, purpose: "violation_photo", contentType: "image/jpeg" });
  });

  it("takes images only", async () => {
    signInAs(officer);
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    const response = await upload(pdf, "application/pdf", "scan.pdf");
    expect(response.status).toBe(415);
    expect(((await response.json()) as { code: string }).code).toBe("FILE_TYPE_NOT_ALLOWED");
  });

  it("is for traffic officers only", async () => {
    expect((await upload(await jpeg(), "image/jpeg", "a.jpg")).status).toBe(401);
    signInAs(citizen);
    expect((await upload(await jpeg(), "image/jpeg", "a.jpg")).status).toBe(403);
    signInAs(await demoSessionUser(h.db, "stationOfficer"));
    expect((await upload(await jpeg(), "image/jpeg", "a.jpg")).status).toBe(403);
  });
});
