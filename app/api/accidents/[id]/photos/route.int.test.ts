import { eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { accidentPhotos, blobs } from "@/db/schema";
import { demoResidents, population } from "@/server/seed/population";
import { createAccident } from "@/server/accidents/create-accident";
import { joinAccident } from "@/server/accidents/join-accident";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser, demoUserRow } from "@/server/accounts/test-accounts";
import { getBlobStore } from "@/server/storage/blob-store";
import { demoCar } from "@/server/traffic/test-violations";
import { signInAs, routeTestDb } from "@/test/route-session";

vi.mock("@/server/accounts/current-user", () => import("@/test/route-session"));

const { POST } = await import("./route");

const h = routeTestDb();
let reporter: SessionUser;
let other: SessionUser;
let officer: SessionUser;
let accidentId: string;
beforeAll(async () => {
  reporter = await demoSessionUser(h.db, "citizen");
  other = await demoSessionUser(h.db, "spareCitizen");
  officer = await demoSessionUser(h.db, "trafficOfficer");
  const actor = { id: reporter.id };
  const yes = {
    inHenan: true,
    motorVehiclesOnly: true,
    nobodyInjured: true,
    vehiclesDrivable: true,
    allLicensed: true,
    allPlated: true,
    noDrinkOrDrugs: true,
  };
  const created = await createAccident(h.db, {
    userId: reporter.id,
    gate: yes,
    occurredAt: new Date(),
    place: "郑州市金水区花园路与农业路交叉口",
    unitCode: "410105",
    partyCount: 2,
    party: {
      licenceNumber: demoResidents.citizen.idNumber,
      plateNumber: (await demoCar(h.db)).plateNumber,
      insurerCode: "PICC",
      phone: "13900001234",
    },
    actor,
  });
  accidentId = created.id;
  await joinAccident(h.db, {
    userId: other.id,
    code: created.code,
    party: {
      licenceNumber: population[1]!.members[0]!.idNumber,
      plateNumber: "豫AB2345",
      insurerCode: "CPIC",
      phone: "13900005678",
    },
    actor: { id: other.id },
  });
});

function upload(bytes: Uint8Array<ArrayBuffer>, type: string, slot = "collision", id = accidentId) {
  const form = new FormData();
  form.append("slot", slot);
  form.append("file", new File([bytes], "photo", { type }));
  return POST(
    new Request(`http://localhost/api/accidents/${id}/photos`, {
      method: "POST",
      body: form,
      headers: { "sec-fetch-site": "same-origin" },
    }),
    { params: Promise.resolve({ id }) },
  );
}

const jpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 32, height: 24, channels: 3, background: "#446688" } })
      .jpeg()
      .toBuffer(),
  );

describe("POST /api/accidents/[id]/photos", () => {
  it("stores a party's photo in its slot, re-encoded without EXIF or GPS, with its hash", async () => {
    signInAs(other);
    const withGps = new Uint8Array(
      await sharp({ create: { width: 32, height: 24, channels: 3, background: "#446688" } })
        .withExif({
          IFD0: { Make: "TestPhone", Model: "X1" },
          IFD3: { GPSLatitudeRef: "N", GPSLatitude: "34/1 46/1 50/1" },
        })
        .jpeg()
        .toBuffer(),
    );
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const response = await upload(withGps, "image/jpeg", "p2.plate");
    expect(response.status).toBe(201);
    const { blobId } = (await response.json()) as { blobId: string };
    const [row] = await h.db.select().from(blobs).where(eq(blobs.id, blobId));
    expect(row).toMatchObject({ ownerId: other.id, purpose: "accident_photo", contentType: "image/jpeg" });
    expect(row!.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await getBlobStore().get(row!.location);
    expect((await sharp(stored!).metadata()).exif).toBeUndefined();
    expect(Buffer.from(stored!).includes("TestPhone")).toBe(false);
    const [slot] = await h.db.select().from(accidentPhotos).where(eq(accidentPhotos.blobId, blobId));
    expect(slot).toMatchObject({ accidentId, slot: "p2.plate" });
  });

  it("refuses an HTML page dressed as a JPEG, and strips HTML hidden after real image data", async () => {
    signInAs(reporter);
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const htmlFirst = new Uint8Array([...html, ...(await jpeg())]);
    const refused = await upload(htmlFirst, "image/jpeg");
    expect(refused.status).toBe(415);
    expect(((await refused.json()) as { code: string }).code).toBe("FILE_TYPE_NOT_ALLOWED");

    const jpegFirst = new Uint8Array([...(await jpeg()), ...html]);
    const accepted = await upload(jpegFirst, "image/jpeg");
    expect(accepted.status).toBe(201);
    const { blobId } = (await accepted.json()) as { blobId: string };
    const [row] = await h.db.select().from(blobs).where(eq(blobs.id, blobId));
    const stored = await getBlobStore().get(row!.location);
    expect(Buffer.from(stored!).includes("<script>")).toBe(false);
  });

  it("refuses SVG and oversized files", async () => {
    signInAs(reporter);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await upload(svg, "image/svg+xml")).status).toBe(415);
    expect((await upload(svg, "image/jpeg")).status).toBe(415);
    const huge = new Uint8Array(16 * 1024 * 1024);
    huge.set(await jpeg());
    const response = await upload(huge, "image/jpeg");
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe("FILE_TOO_LARGE");
  });

  it("takes photos from the accident's parties only", async () => {
    expect((await upload(await jpeg(), "image/jpeg")).status).toBe(401);
    signInAs(officer);
    expect((await upload(await jpeg(), "image/jpeg")).status).toBe(403);
    const outsider = await demoUserRow(h.db, "citizen");
    signInAs({ id: outsider.id, name: outsider.name, roles: outsider.roles, orgUnitId: null });
    expect((await upload(await jpeg(), "image/jpeg", "collision", "00000000-0000-4000-8000-000000000000")).status).toBe(
      404,
    );
    expect((await upload(await jpeg(), "image/jpeg", "p9.plate")).status).toBe(400);
  });

  it("stops reading a chunked body without Content-Length at the size cap and answers 413", async () => {
    signInAs(reporter);
    const chunk = new Uint8Array(1024 * 1024);
    let pulled = 0;
    // 120 MB announced by nobody: the server learns the size only by reading.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 120 * chunk.byteLength) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const request = new Request(`http://localhost/api/accidents/${accidentId}/photos`, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "sec-fetch-site": "same-origin" },
    } as RequestInit);
    const response = await POST(request, { params: Promise.resolve({ id: accidentId }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe("FILE_TOO_LARGE");
    // 15 MB for a photo plus the multipart envelope: a few chunks of read-ahead at most, never the 120 MB.
    expect(pulled).toBeLessThanOrEqual(20 * chunk.byteLength);
  });

  it("refuses an upload another site's page sends, and one that says nowhere where it comes from", async () => {
    signInAs(reporter);
    const post = (headers: Record<string, string>) => {
      const form = new FormData();
      form.append("slot", "collision");
      form.append("file", new File([new Uint8Array(8)], "photo", { type: "image/jpeg" }));
      const request = new Request(`http://localhost/api/accidents/${accidentId}/photos`, {
        method: "POST",
        body: form,
        headers,
      });
      return POST(request, { params: Promise.resolve({ id: accidentId }) });
    };
    expect((await post({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ host: "localhost", origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ host: "localhost" })).status).toBe(403);
    expect((await post({ host: "localhost", origin: "http://localhost" })).status).toBe(415);
  });
});
