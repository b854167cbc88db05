import { and, asc, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  applicationEvents,
  applications,
  households,
  issuedDocuments,
  orgUnits,
  residents,
  services,
  smsMessages,
  smsTemplateTexts,
  users,
} from "@/db/schema";
import { demoResidents } from "@/server/seed/population";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { getDocumentVerification } from "@/server/documents/get-document-verification";
import { isDomainError } from "@/server/errors";
import { createTestDb } from "@/test/db";
import { attachApplicationMaterial } from "@/server/applications/attach-application-material";
import { resubmitApplication } from "@/server/applications/resubmit-application";
import { expireWindowDeadlines, remindWindowDeadlines } from "@/server/applications/run-window-deadlines";
import { saveApplicationDraft } from "@/server/applications/save-application-draft";
import { startApplication } from "@/server/applications/start-application";
import { submitApplication } from "@/server/applications/submit-application";
import { withdrawApplication } from "@/server/applications/withdraw-application";

/** Delivery is the outbox's business; these tests read the outbox rows the engine queued. */

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizenId: string;
let png: Uint8Array;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizenId = (await demoUserRow(db, "citizen")).id;
  png = new Uint8Array(
    await sharp({ create: { width: 16, height: 16, channels: 3, background: "#ffffff" } })
      .png()
      .toBuffer(),
  );
});
afterAll(async () => h.close());

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return {
      code: isDomainError(error) ? error.code : `not a domain error: ${String(error)}`,
      fields: isDomainError(error) ? (error.fields ?? {}) : {},
    };
  }
  throw new Error("expected the call to be refused");
}

async function draftOf(serviceCode: string, formData: Record<string, unknown>, materials: string[]) {
  const { id } = await startApplication(db, { userId: citizenId, serviceCode });
  await saveApplicationDraft(db, { userId: citizenId, applicationId: id, formData });
  for (const key of materials) {
    await attachApplicationMaterial(db, {
      userId: citizenId,
      applicationId: id,
      materialKey: key,
      fileName: `${key}.png`,
      contentType: "image/png",
      bytes: png,
    });
  }
  return id;
}

async function row(id: string) {
  const [r] = await db.select().from(applications).where(eq(applications.id, id));
  if (!r) throw new Error("application vanished");
  return r;
}

async function smsTemplatesFor(phoneLogin = "13800138000") {
  const rows = await db
    .select({ template: smsMessages.template, body: smsMessages.body })
    .from(smsMessages)
    .where(eq(smsMessages.phoneHash, hashPii("phone", phoneLogin)))
    .orderBy(asc(smsMessages.createdAt));
  return rows;
}

async function timeline(id: string) {
  return db
    .select({
      action: applicationEvents.action,
      toState: applicationEvents.toState,
      comment: applicationEvents.comment,
    })
    .from(applicationEvents)
    .where(eq(applicationEvents.applicationId, id))
    .orderBy(asc(applicationEvents.id));
}

async function stationIdOf(code: string) {
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

async function citizenHousehold() {
  const [r] = await db
    .select({ householdId: residents.householdId, address: households.address })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .where(eq(residents.idNumberHash, hashPii("id", demoResidents.citizen.idNumber)));
  if (!r) throw new Error("demo household missing");
  return r;
}

describe("submitting a station-and-county service (购房入户)", () => {
  let id: string;

  it("refuses an incomplete application, naming every missing answer and material", async () => {
    id = await draftOf("HZ003", { propertyOwner: "self" }, []);
    const refused = await rejection(
      submitApplication(db, { userId: citizenId, applicationId: id, expectedVersion: 1 }),
    );
    expect(refused.code).toBe("APPLICATION_INCOMPLETE");
    expect(Object.keys(refused.fields)).toEqual(
      expect.arrayContaining(["targetStation", "newAddress", "propertyCertificateNumber"]),
    );
    expect((await row(id)).state).toBe("draft");
  });

  it("numbers it, routes it to the chosen station and tells the citizen by SMS", async () => {
    const stationId = await stationIdOf("41010502");
    await saveApplicationDraft(db, {
      userId: citizenId,
      applicationId: id,
      formData: {
        targetStation: stationId,
        newAddress: "河南省郑州市金水区文化路80号院2号楼1单元301室",
        propertyCertificateNumber: "豫(2026)郑州市不动产权第0123456号",
        propertyOwner: "self",
      },
    });
    for (const key of ["property-certificate", "id-card", "hukou-book"]) {
      await attachApplicationMaterial(db, {
        userId: citizenId,
        applicationId: id,
        materialKey: key,
        fileName: "scan.png",
        contentType: "image/png",
        bytes: png,
      });
    }
    const before = (await smsTemplatesFor()).length;
    // The SMS is written in the wording an admin saved, read before the number is taken.
    const wording = "【河南警民通】{service}申请已收到，编号{number}，审核单位{station}。";
    await db.insert(smsTemplateTexts).values({ template: "application_submitted", text: wording });
    // Removed whatever happens, so the later tests see the default wording.
    const result = await submitApplication(db, { userId: citizenId, applicationId: id, expectedVersion: 1 }).finally(
      () => db.delete(smsTemplateTexts).where(eq(smsTemplateTexts.template, "application_submitted")),
    );
    expect(result).toMatchObject({ outcome: "submitted", state: "station_review" });
    if (result.outcome !== "submitted") throw new Error("not submitted");
    expect(result.number).toMatch(new RegExp(`^HN${chinaToday().replaceAll("-", "")}\\d{6}$`));

    const app = await row(id);
    expect(app.stationId).toBe(stationId);
    expect(app.dueAt).not.toBeNull();
    expect((await timeline(id)).map((e) => e.action)).toEqual(["submit", "route_to_station"]);
    const sms = (await smsTemplatesFor()).slice(before);
    expect(sms.map((s) => s.template)).toEqual(["application_submitted"]);
    expect(sms[0]?.body).toMatch(new RegExp(`^【河南警民通】.+申请已收到，编号${result.number}，审核单位.+派出所。$`));
  });

  it("refuses a second open application for the same service", async () => {
    const again = await startApplication(db, { userId: citizenId, serviceCode: "HZ003" });
    expect(again.id).not.toBe(id);
    const refused = await rejection(
      submitApplication(db, { userId: citizenId, applicationId: again.id, expectedVersion: 1 }),
    );
    expect(["APPLICATION_INCOMPLETE", "DUPLICATE_APPLICATION"]).toContain(refused.code);
  });

  it("refuses moves the state machine does not allow and stale versions", async () => {
    const app = await row(id);
    expect(
      (await rejection(resubmitApplication(db, { userId: citizenId, applicationId: id, expectedVersion: app.version })))
        .code,
    ).toBe("APPLICATION_ILLEGAL_TRANSITION");
    expect(
      (
        await rejection(
          withdrawApplication(db, { userId: citizenId, applicationId: id, expectedVersion: app.version - 1 }),
        )
      ).code,
    ).toBe("APPLICATION_STALE");
    const spare = (await demoUserRow(db, "spareCitizen")).id;
    expect(
      (await rejection(withdrawApplication(db, { userId: spare, applicationId: id, expectedVersion: app.version })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await row(id)).version).toBe(app.version);
  });

  it("lets the citizen withdraw before a decision, with a confirming SMS", async () => {
    const app = await row(id);
    await withdrawApplication(db, { userId: citizenId, applicationId: id, expectedVersion: app.version });
    expect((await row(id)).state).toBe("withdrawn");
    expect((await smsTemplatesFor()).at(-1)?.template).toBe("application_withdrawn");
  });
});

describe("automatically decided services", () => {
  it("reissues a lost 户口簿 at once and sets the 60-day collection deadline", async () => {
    const id = await draftOf("HZ023", { lossReason: "lost" }, ["loss-pledge", "id-card"]);
    const result = await submitApplication(db, { userId: citizenId, applicationId: id, expectedVersion: 1 });
    expect(result).toMatchObject({ outcome: "submitted", state: "approved" });
    const app = await row(id);
    expect(app.windowDeadline).toBe(addDays(chinaToday(), 60));
    expect((await timeline(id)).map((e) => e.action)).toEqual(["submit", "start_auto_review", "auto_approve"]);
    expect((await smsTemplatesFor()).at(-1)?.template).toBe("application_ready_at_window");
  });

  it("completes a house-number correction, updating the register and issuing a verifiable receipt", async () => {
    const id = await draftOf(
      "HZ019",
      { item: "address_detail", newValue: "18号院3号楼2单元502室", reason: "门牌整顿后楼栋室号变更" },
      await requiredMaterials("HZ019"),
    );
    const result = await submitApplication(db, { userId: citizenId, applicationId: id, expectedVersion: 1 });
    expect(result).toMatchObject({ outcome: "submitted", state: "completed" });
    const household = await citizenHousehold();
    expect(household.address.endsWith("18号院3号楼2单元502室")).toBe(true);
    const app = await row(id);
    expect(app.documentId).not.toBeNull();
    const [doc] = await db
      .select()
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, app.documentId ?? ""));
    const verification = await getDocumentVerification(db, doc?.code ?? "");
    expect(verification.status).toBe("valid");
    expect((await smsTemplatesFor()).at(-1)?.template).toBe("application_completed");
  });

  it("sends anything beyond a house number to the station with the reason", async () => {
    const id = await draftOf(
      "HZ019",
      { item: "address_detail", newValue: "纬五路8号", reason: "搬到纬五路" },
      await requiredMaterials("HZ019"),
    );
    const result = await submitApplication(db, { userId: citizenId, applicationId: id, expectedVersion: 1 });
    expect(result).toMatchObject({ outcome: "submitted", state: "station_review" });
    const events = await timeline(id);
    expect(events.map((e) => e.action)).toEqual(["submit", "start_auto_review", "auto_refer"]);
    expect(events.at(-1)?.comment).toContain("门牌号");
    expect((await row(id)).outcomeReason).toContain("门牌号");
  });
});

async function requiredMaterials(code: string): Promise<string[]> {
  const [s] = await db.select({ guide: services.guide }).from(services).where(eq(services.code, code));
  return (s?.guide.materials ?? []).filter((m) => m.required).map((m) => m.key);
}

describe("the 60-day window: reminder at day 53, expiry after day 60", () => {
  it("reminds once and expires once however often the job runs", async () => {
    const approvedAt = new Date("2026-03-02T02:00:00Z");
    const spare = await demoUserRow(db, "spareCitizen");
    const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, "HZ003"));
    const stationPath = (
      await db.select({ path: orgUnits.path, id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, "41010501"))
    )[0];
    if (!service || !stationPath || !spare.idNumberHash) throw new Error("seed missing");
    const [app] = await db
      .insert(applications)
      .values({
        number: "HN20260302000001",
        serviceId: service.id,
        applicantId: spare.id,
        applicantIdHash: spare.idNumberHash,
        state: "approved",
        stationId: stationPath.id,
        stationPath: stationPath.path,
        submittedAt: approvedAt,
        stateSince: approvedAt,
        windowDeadline: addDays(chinaToday(approvedAt), 60),
      })
      .returning();
    if (!app) throw new Error("not inserted");
    const spareLogin = "13800138001";
    const day = (n: number) => new Date(approvedAt.getTime() + n * 86_400_000);
    const mine = async () => (await smsTemplatesFor(spareLogin)).map((s) => s.template);

    await remindWindowDeadlines(db, { now: day(52) });
    expect(await mine()).not.toContain("application_window_reminder");

    await remindWindowDeadlines(db, { now: day(53) });
    await remindWindowDeadlines(db, { now: day(53) });
    await remindWindowDeadlines(db, { now: day(54) });
    expect((await mine()).filter((t) => t === "application_window_reminder")).toHaveLength(1);
    await expireWindowDeadlines(db, { now: day(53) });
    await expireWindowDeadlines(db, { now: day(60) });
    expect((await row(app.id)).state).toBe("approved");

    const first = await expireWindowDeadlines(db, { now: day(61) });
    const second = await expireWindowDeadlines(db, { now: day(61) });
    expect(first.processed).toBeGreaterThanOrEqual(1);
    expect(second.processed).toBe(0);
    const expired = await row(app.id);
    expect(expired.state).toBe("expired");
    expect((await mine()).filter((t) => t === "application_expired")).toHaveLength(1);
    expect((await timeline(app.id)).map((e) => e.action)).toEqual(["expire"]);
    const [sms] = await db
      .select({ body: smsMessages.body })
      .from(smsMessages)
      .where(
        and(eq(smsMessages.template, "application_expired"), eq(smsMessages.phoneHash, hashPii("phone", spareLogin))),
      );
    expect(sms?.body).toContain("2026年5月1日");
  });

  it("works through more rows than one batch", async () => {
    const spare = await demoUserRow(db, "spareCitizen");
    const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, "HZ004"));
    const [station] = await db
      .select({ path: orgUnits.path, id: orgUnits.id })
      .from(orgUnits)
      .where(eq(orgUnits.code, "41010501"));
    if (!service || !station || !spare.idNumberHash) throw new Error("seed missing");
    const deadline = "2026-01-10";
    await db.insert(applications).values(
      Array.from({ length: 5 }, (_, i) => ({
        number: `HN20251111${String(i).padStart(6, "0")}`,
        serviceId: service.id,
        applicantId: spare.id,
        applicantIdHash: spare.idNumberHash as string,
        state: "approved" as const,
        stationId: station.id,
        stationPath: station.path,
        windowDeadline: deadline,
      })),
    );
    const now = new Date("2026-01-12T01:00:00Z");
    const batches = [];
    for (let i = 0; i < 10; i++) {
      const b = await expireWindowDeadlines(db, { now, batchSize: 2 });
      batches.push(b.processed);
      if (!b.more) break;
    }
    expect(batches).toEqual([2, 2, 1]);
    const left = await db.$count(
      applications,
      and(eq(applications.serviceId, service.id), eq(applications.state, "approved")),
    );
    expect(left).toBe(0);
  });
});

describe("a citizen who is not verified", () => {
  it("cannot start an online application", async () => {
    const spare = await demoUserRow(db, "spareCitizen");
    await db.update(users).set({ verification: "unverified" }).where(eq(users.id, spare.id));
    try {
      expect((await rejection(startApplication(db, { userId: spare.id, serviceCode: "HZ003" }))).code).toBe(
        "REAL_NAME_REQUIRED",
      );
    } finally {
      await db.update(users).set({ verification: spare.verification }).where(eq(users.id, spare.id));
    }
  });
});
