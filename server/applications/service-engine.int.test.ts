import { and, asc, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  applicationEvents,
  applications,
  appointments,
  issuedDocuments,
  orgUnits,
  services,
  smsMessages,
  users,
} from "@/db/schema";
import { insertTestUser, demoUserRow } from "@/server/accounts/test-accounts";
import { bookAppointment } from "@/server/appointments/book-appointment";
import { listAvailableSlots, listBookableUnits } from "@/server/appointments/list-available-slots";
import { addWorkingDays } from "@/server/dates/add-working-days";
import { isDomainError } from "@/server/errors";
import { approveApplication } from "@/server/applications/approve-application";
import { attachApplicationMaterial } from "@/server/applications/attach-application-material";
import { completeApplication } from "@/server/applications/complete-application";
import type { FormSchema } from "@/server/applications/form-schema";
import { forwardApplication } from "@/server/applications/forward-application";
import { overruleAutoDecision } from "@/server/applications/overrule-auto-decision";
import { saveApplicationDraft } from "@/server/applications/save-application-draft";
import { startApplication } from "@/server/applications/start-application";
import { submitApplication } from "@/server/applications/submit-application";
import { tinyPng } from "@/server/household/test-applications";
import { readBlob } from "@/server/storage/read-blob";
import { pageText } from "@/test/pdf-text";
import { officerActorFor } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { type EngineConfig, modeOf } from "./engine-config";

/**
 * The engine run by configuration alone: a service is given a form and an engine configuration here, so
 * these tests pin what the engine does with each kind of decision and outcome, whatever the seeded
 * catalogue says about that service.
 */

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizenId: string;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizenId = (await demoUserRow(db, "citizen")).id;
});
afterAll(async () => h.close());

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return isDomainError(error) ? error.code : `not a domain error: ${String(error)}`;
  }
  throw new Error("expected the call to be refused");
}

async function deskOf(unitType: "public_order" | "vehicle_admin") {
  const [desk] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, path: orgUnits.path, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.unitType, unitType), eq(orgUnits.parentId, await unitId("410100"))));
  if (!desk) throw new Error(`no ${unitType} desk in Zhengzhou`);
  return desk;
}

async function unitId(code: string) {
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

async function officer(roles: ("station_officer" | "county_approver" | "window_officer")[], orgUnitCode: string) {
  const row = await insertTestUser(db, { roles, orgUnitCode, password: "unused-in-this-test", name: "测试民警" });
  return officerActorFor(db, row);
}

const premisesForm: FormSchema = {
  version: 1,
  routing: { kind: "station_field", field: "premises" },
  sections: [
    {
      key: "venue",
      title: "场所信息",
      titleEn: "Premises",
      fields: [
        { key: "venueName", type: "text", label: "场所名称", labelEn: "Name of the premises", required: true },
        { key: "premises", type: "station", label: "场所所在地派出所", labelEn: "Police station", required: true },
      ],
    },
  ],
};

const certificate = {
  title: "许可证",
  titleEn: "Permit",
  facts: [
    { label: "持证人", labelEn: "Holder", source: { from: "applicant_name" as const } },
    { label: "场所名称", labelEn: "Premises", source: { field: "venueName" } },
    { label: "发证机关", labelEn: "Issued by", source: { from: "handling_unit" as const } },
  ],
};

async function configure(code: string, form: FormSchema | null, engine: EngineConfig) {
  await db
    .update(services)
    .set({ ...(form ? { formSchema: form } : {}), engine, mode: modeOf(engine.decision) })
    .where(eq(services.code, code));
  const [service] = await db.select().from(services).where(eq(services.code, code));
  if (!service) throw new Error(`no service ${code}`);
  return service;
}

/** Files every material the guide lists, required or not, so the rules see a complete dossier. */
async function submitted(code: string, formData: Record<string, unknown>) {
  const [service] = await db.select({ guide: services.guide }).from(services).where(eq(services.code, code));
  const { id } = await startApplication(db, { userId: citizenId, serviceCode: code });
  await saveApplicationDraft(db, { userId: citizenId, applicationId: id, formData });
  for (const m of service?.guide.materials ?? []) {
    await attachApplicationMaterial(db, {
      userId: citizenId,
      applicationId: id,
      materialKey: m.key,
      fileName: `${m.key}.png`,
      contentType: "image/png",
      bytes: await tinyPng(),
    });
  }
  const [draft] = await db.select().from(applications).where(eq(applications.id, id));
  await submitApplication(db, { userId: citizenId, applicationId: id, expectedVersion: draft!.version });
  return row(id);
}

async function row(id: string) {
  const [r] = await db.select().from(applications).where(eq(applications.id, id));
  if (!r) throw new Error("application vanished");
  return r;
}

async function lastSmsTemplate(applicationId: string) {
  const [sms] = await db
    .select({ template: smsMessages.template })
    .from(smsMessages)
    .where(like(smsMessages.idempotencyKey, `application:${applicationId}:%`))
    .orderBy(desc(smsMessages.createdAt))
    .limit(1);
  return sms?.template;
}

describe("a service reviewed by a city desk, then approved by the city bureau", () => {
  it("routes to the desk serving the chosen station, runs both steps with their SLAs, and issues the template document", async () => {
    const desk = await deskOf("public_order");
    await configure("ZA001", premisesForm, {
      version: 1,
      applicant: "person",
      handler: { unitType: "public_order" },
      decision: {
        kind: "review",
        steps: [
          { title: "治安支队审核", titleEn: "Desk review", slaDays: 7 },
          { title: "市局审批", titleEn: "City approval", slaDays: 4 },
        ],
      },
      outcome: { kind: "document", template: certificate },
      delivery: { window: true, post: { allowed: false } },
    });
    const app = await submitted("ZA001", { venueName: "如家快捷酒店（花园路店）", premises: await unitId("41010501") });
    expect(app.state).toBe("station_review");
    expect(app.stationId).toBe(desk.id);
    expect(app.stationPath).toBe(desk.path);
    expect(app.dueAt).toEqual(addWorkingDays(app.stateSince, 7));

    const reviewer = await officer(["station_officer"], desk.code);
    const forwarded = await forwardApplication(db, {
      applicationId: app.id,
      expectedVersion: app.version,
      officer: reviewer,
    });
    expect(forwarded.state).toBe("county_review");
    const atCity = await row(app.id);
    expect(atCity.dueAt).toEqual(addWorkingDays(atCity.stateSince, 4));

    // A county approver of a district does not reach a city desk's case; the city bureau's approver does.
    const district = await officer(["county_approver"], "410105");
    expect(
      await refusal(
        approveApplication(db, {
          applicationId: app.id,
          expectedVersion: forwarded.version,
          officer: district,
          by: "county",
        }),
      ),
    ).toBe("OUT_OF_JURISDICTION");
    const city = await officer(["county_approver"], "410100");
    const approved = await approveApplication(db, {
      applicationId: app.id,
      expectedVersion: forwarded.version,
      officer: city,
      by: "county",
    });
    expect(approved.state).toBe("approved");
    // The approval asks the applicant to the desk's own service counter, not a station's household counter.
    const texts = await db
      .select({ body: smsMessages.body })
      .from(smsMessages)
      .where(like(smsMessages.idempotencyKey, `application:${app.id}:%`));
    const bodies = texts.map((t) => t.body).join("\n");
    expect(bodies).toContain(`到${desk.name}办事窗口`);
    expect(bodies).not.toContain("户籍窗口");

    const window = await officer(["window_officer"], desk.code);
    const [guide] = await db.select({ guide: services.guide }).from(services).where(eq(services.code, "ZA001"));
    const done = await completeApplication(db, {
      applicationId: app.id,
      expectedVersion: approved.version,
      officer: window,
      checks: (guide?.guide.materials ?? []).map((m) => ({ materialKey: m.key, matches: true })),
    });
    expect(done.state).toBe("completed");
    const [doc] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.code, done.documentCode));
    expect(doc?.title).toBe("许可证");
    expect(doc?.issuingUnitId).toBe(desk.id);
    expect(doc?.facts.find((f) => f.label === "场所名称")?.value).toBe("如家快捷酒店（花园路店）");

    // An officer's approval is not the rule's: there is nothing automatic to overrule.
    expect(
      await refusal(
        overruleAutoDecision(db, {
          applicationId: app.id,
          expectedVersion: done.version,
          officer: reviewer,
          reason: "复核",
        }),
      ),
    ).toBe("APPLICATION_ILLEGAL_TRANSITION");
  });
});

describe("a window-only service", () => {
  it("is pre-reviewed online, then booked only at the handling desk's window, once", async () => {
    const desk = await deskOf("public_order");
    await configure("ZA009", premisesForm, {
      version: 1,
      applicant: "person",
      handler: { unitType: "public_order" },
      decision: {
        kind: "prereview_window",
        review: [{ title: "网上预审", titleEn: "Online pre-review", slaDays: 5 }],
        appointmentService: "ZH009",
      },
      outcome: { kind: "window_visit", template: certificate },
      delivery: { window: true, post: { allowed: false } },
    });
    const app = await submitted("ZA009", { venueName: "郑州奥体中心", premises: await unitId("41010501") });
    expect(app.stationId).toBe(desk.id);

    // Before pre-review there is nothing to book.
    expect(
      await refusal(listBookableUnits(db, { serviceCode: "ZH009", userId: citizenId, applicationId: app.id })),
    ).toBe("APPLICATION_ILLEGAL_TRANSITION");

    const reviewer = await officer(["station_officer"], desk.code);
    const approved = await approveApplication(db, {
      applicationId: app.id,
      expectedVersion: app.version,
      officer: reviewer,
      by: "station",
    });
    expect(approved.state).toBe("approved");
    expect(await lastSmsTemplate(app.id)).toBe("application_prereviewed");

    const units = await listBookableUnits(db, { serviceCode: "ZH009", userId: citizenId, applicationId: app.id });
    expect(units.map((u) => u.id)).toEqual([desk.id]);
    const days = await listAvailableSlots(db, { orgUnitId: desk.id, serviceCode: "ZH009" });
    const slot = days.flatMap((d) => d.slots).find((s) => s.remaining > 0);
    if (!slot) throw new Error("the desk has no free slot in the next two weeks");

    // Another unit's window cannot take this dossier.
    const otherUnits = await listBookableUnits(db, { serviceCode: "ZH009", userId: citizenId });
    const otherSlot = (
      await Promise.all(
        otherUnits
          .filter((u) => u.id !== desk.id)
          .map((u) => listAvailableSlots(db, { orgUnitId: u.id, serviceCode: "ZH009" })),
      )
    )
      .flat()
      .flatMap((d) => d.slots)
      .find((s) => s.remaining > 0);
    if (!otherSlot) throw new Error("no other unit has a free ZH009 slot to try");
    expect(
      await refusal(
        bookAppointment(db, {
          userId: citizenId,
          serviceCode: "ZH009",
          templateId: otherSlot.templateId,
          startsAt: new Date(otherSlot.startsAt),
          applicationId: app.id,
        }),
      ),
    ).toBe("SLOT_UNAVAILABLE");

    const booked = await bookAppointment(db, {
      userId: citizenId,
      serviceCode: "ZH009",
      templateId: slot.templateId,
      startsAt: new Date(slot.startsAt),
      applicationId: app.id,
    });
    const [visit] = await db.select().from(appointments).where(eq(appointments.id, booked.id));
    expect(visit?.applicationId).toBe(app.id);
    expect(
      await refusal(listBookableUnits(db, { serviceCode: "ZH009", userId: citizenId, applicationId: app.id })),
    ).toBe("APPOINTMENT_EXISTS");
  });
});

describe("an automatic decision", () => {
  it("says which rule decided and what it checked, and the desk may overrule it: the document is revoked", async () => {
    const desk = await deskOf("vehicle_admin");
    const contactOnly: FormSchema = {
      version: 1,
      routing: { kind: "applicant" },
      sections: [
        {
          key: "contact",
          title: "联系方式",
          titleEn: "Contact",
          fields: [{ key: "contactPhone", type: "phone", label: "联系电话", labelEn: "Phone" }],
        },
      ],
    };
    await configure("JJ025", contactOnly, {
      version: 1,
      applicant: "person",
      handler: { unitType: "vehicle_admin" },
      decision: {
        kind: "auto",
        rule: "licence_renewal",
        review: [{ title: "车管所审核", titleEn: "Vehicle administration review", slaDays: 3 }],
      },
      outcome: { kind: "register_change", effect: "licence_renewal" },
      delivery: { window: true, post: { allowed: true, postageFen: 1500 } },
    });
    const [service] = await db
      .select({ formSchema: services.formSchema })
      .from(services)
      .where(eq(services.code, "JJ025"));
    if (!service?.formSchema) throw new Error("JJ025 has no form");
    const app = await submitted("JJ025", {});
    // Decided in the submitting request itself (its speed under load is measured by the benchmark).
    expect(app.state).toBe("completed");
    expect(app.stationId).toBe(desk.id);
    // The page is drawn after the decision commits, but before the submit answers: it is there to download,
    // with the holder's name in full, and the name is no longer kept beside it.
    const [issued] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, app.documentId!));
    expect(issued?.pendingHolderName).toBeNull();
    const [holder] = await db.select({ name: users.name }).from(users).where(eq(users.id, citizenId));
    const pdf = await readBlob(db, {
      blobId: issued!.pdfBlobId!,
      user: { id: citizenId, name: holder!.name, roles: ["citizen"], orgUnitId: null },
    });
    expect(pageText(pdf.bytes, 1)).toContain(holder!.name);
    const [decided] = await db
      .select({ action: applicationEvents.action, details: applicationEvents.details })
      .from(applicationEvents)
      .where(and(eq(applicationEvents.applicationId, app.id), eq(applicationEvents.action, "auto_complete")))
      .orderBy(asc(applicationEvents.id));
    expect(decided?.details?.rule).toBe("licence_renewal");
    expect((decided?.details?.checks as { passed: boolean }[]).every((c) => c.passed)).toBe(true);

    const reviewer = await officer(["station_officer"], desk.code);
    expect(
      await refusal(
        overruleAutoDecision(db, {
          applicationId: app.id,
          expectedVersion: app.version,
          officer: reviewer,
          reason: " ",
        }),
      ),
    ).toBe("BAD_INPUT");
    const overruled = await overruleAutoDecision(db, {
      applicationId: app.id,
      expectedVersion: app.version,
      officer: reviewer,
      reason: "照片不符合驾驶证照片要求",
    });
    expect(overruled.state).toBe("voided");
    const [doc] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, app.documentId!));
    expect(doc?.status).toBe("revoked");
    expect(doc?.revokeReason).toBe("照片不符合驾驶证照片要求");
    expect(await lastSmsTemplate(app.id)).toBe("application_overruled_completed");
  });
});
