import "server-only";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Db } from "@/db/client";
import {
  type Application,
  type ApplicationState,
  applicationEvents,
  applicationMaterials,
  applications,
  type Blob,
  blobs,
  type Delivery,
  orgUnits,
  services,
} from "@/db/schema";
import type { DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoResidents } from "@/server/seed/population";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { addDays } from "@/server/dates/add-days";
import { addWorkingDays } from "@/server/dates/add-working-days";
import { chinaToday } from "@/server/dates/china-today";
import { nextApplicationNumber } from "@/server/numbering/next-application-number";
import { saveBlob } from "@/server/storage/save-blob";
import type { ApplicationAction } from "@/server/applications/application-transitions";
import type { EngineConfig } from "@/server/applications/engine-config";
import { reviewSlaDays } from "@/server/applications/apply-transition";
import { windowDeadlineFor } from "@/server/applications/window-deadline";

/** A filled-in 出生登记 for the demo citizen's household: a son born ten days ago, both parents from the register. */
export function birthFormData(childName = "张小宇"): Record<string, unknown> {
  return {
    childName,
    childSex: "M",
    birthDate: addDays(chinaToday(), -10),
    birthPlace: "河南省郑州市金水区",
    birthCertificateNumber: "R410012345",
    ethnicityFrom: "father",
    father: { idNumber: demoResidents.citizen.idNumber, name: demoResidents.citizen.name },
    mother: { idNumber: demoResidents.unregistered.idNumber, name: demoResidents.unregistered.name },
    joinParent: "father",
  };
}

/** The steps that bring a submitted application to each state, as the timeline shows them. */
const pathTo: Partial<
  Record<ApplicationState, { action: ApplicationAction; from: ApplicationState; to: ApplicationState; role: string }[]>
> = {
  station_review: [],
  needs_supplement: [
    { action: "request_supplement", from: "station_review", to: "needs_supplement", role: "station_officer" },
  ],
  county_review: [{ action: "forward", from: "station_review", to: "county_review", role: "station_officer" }],
  approved: [
    { action: "forward", from: "station_review", to: "county_review", role: "station_officer" },
    { action: "approve", from: "county_review", to: "approved", role: "county_approver" },
  ],
};

let png: Promise<Uint8Array> | undefined;
/** A valid 8×8 PNG for uploads in tests, made once. */
export function tinyPng() {
  png ??= sharp({ create: { width: 8, height: 8, channels: 3, background: "#f0f0f0" } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));
  return png;
}

/**
 * For integration tests of the officer side: an application already submitted and routed to a station,
 * inserted directly in the state the test needs (station review, supplements, county review, approved),
 * with its number, timeline and one real PNG upload per material, owned by the applicant like a real one.
 */
export async function insertTestApplication(
  db: Db,
  p: {
    serviceCode?: string;
    applicant?: DemoAccountKey;
    stationCode?: string;
    state?: ApplicationState;
    formData?: Record<string, unknown>;
    /** Material keys to upload; the guide's required materials when not given. */
    materials?: string[];
    delivery?: Delivery;
    /** When the item entered its state; now when not given. */
    stateSince?: Date;
  } = {},
): Promise<Application> {
  const serviceCode = p.serviceCode ?? "HZ001";
  const state = p.state ?? "station_review";
  const steps = pathTo[state];
  if (!steps) throw new Error(`insertTestApplication: no path to ${state}`);
  const stateSince = p.stateSince ?? new Date();
  const applicant = await demoUserRow(db, p.applicant ?? "citizen");
  if (!applicant.idNumberHash) throw new Error("insertTestApplication: the applicant has no verified ID number");
  const [service] = await db.select().from(services).where(eq(services.code, serviceCode));
  if (!service) throw new Error(`insertTestApplication: no service ${serviceCode}`);
  const [station] = await db
    .select()
    .from(orgUnits)
    .where(eq(orgUnits.code, p.stationCode ?? "41010501"));
  if (!station) throw new Error("insertTestApplication: no such station");
  const materialKeys = p.materials ?? service.guide.materials.filter((m) => m.required).map((m) => m.key);
  const stored: Blob[] = [];
  for (const _key of materialKeys) {
    const id = await saveBlob(db, {
      ownerId: applicant.id,
      purpose: "application_material",
      contentType: "image/png",
      bytes: await tinyPng(),
    });
    const [blob] = await db.select().from(blobs).where(eq(blobs.id, id));
    if (blob) stored.push(blob);
  }

  return db.transaction(async (tx) => {
    if (!service.engine) throw new Error(`insertTestApplication: service ${serviceCode} has no engine configuration`);
    const slaDays = reviewSlaDays(service.engine as EngineConfig, state);
    const [app] = await tx
      .insert(applications)
      .values({
        number: await nextApplicationNumber(tx, stateSince),
        serviceId: service.id,
        applicantId: applicant.id,
        applicantIdHash: applicant.idNumberHash as string,
        state,
        formData: p.formData ?? (serviceCode === "HZ001" ? birthFormData() : {}),
        stationId: station.id,
        stationPath: station.path,
        delivery: p.delivery ?? { method: "window" },
        submittedAt: stateSince,
        stateSince,
        dueAt: slaDays ? addWorkingDays(stateSince, slaDays) : null,
        windowDeadline: state === "approved" ? windowDeadlineFor(stateSince) : null,
        supplementRequest:
          state === "needs_supplement"
            ? {
                fields: [],
                materials: materialKeys.slice(0, 1),
                comment: "请重新上传清晰的扫描件。",
                requestedAt: stateSince.toISOString(),
              }
            : null,
      })
      .returning();
    if (!app) throw new Error("insertTestApplication: no row");
    await tx.insert(applicationEvents).values([
      {
        applicationId: app.id,
        action: "submit",
        fromState: "draft",
        toState: "submitted",
        actorId: applicant.id,
        actorRole: "applicant",
        at: stateSince,
      },
      {
        applicationId: app.id,
        action: "route_to_station",
        fromState: "submitted",
        toState: "station_review",
        actorRole: "system",
        at: stateSince,
      },
      ...steps.map((s) => ({
        applicationId: app.id,
        action: s.action,
        fromState: s.from,
        toState: s.to,
        actorRole: s.role,
        at: stateSince,
      })),
    ]);
    if (stored.length) {
      await tx.insert(applicationMaterials).values(
        stored.map((blob, i) => ({
          applicationId: app.id,
          materialKey: materialKeys[i] as string,
          blobId: blob.id,
          fileName: `${materialKeys[i]}.png`,
          contentType: blob.contentType,
          size: blob.size,
          sha256: blob.sha256,
        })),
      );
    }
    return app;
  });
}
