import { and, asc, eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Db } from "@/db/client";
import { applicationMaterials, applications, orgUnits, payments, services, smsMessages } from "@/db/schema";
import { demoAccount, type DemoAccountKey } from "@/server/seed/demo-accounts";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { hashPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { isDomainError } from "@/server/errors";
import { attachApplicationMaterial } from "@/server/applications/attach-application-material";
import { insertTestApplication } from "@/server/household/test-applications";
import { confirmSandboxPayment } from "@/server/payments/confirm-sandbox-payment";
import { flattenLocalised } from "@/server/validation-messages";
import { createTestDb } from "@/test/db";
import { callerAs, callerAsDemo, type Who } from "@/test/caller-as";
import { refusal } from "@/test/refusal";

// The outbox is what the citizen's phone would get; dispatching it is the notify domain's business.

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizenId: string;
let png: Uint8Array;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizenId = (await demoUserRow(db, "citizen")).id;
  png = new Uint8Array(
    await sharp({ create: { width: 32, height: 24, channels: 3, background: "#e8e8e8" } })
      .png()
      .toBuffer(),
  );
});
afterAll(async () => h.close());

const caller = (user: Who) => callerAs(db, user, { ip: "203.0.113.21" });

const as = (key: DemoAccountKey) => callerAsDemo(db, key, { ip: "203.0.113.21" });

async function upload(applicationId: string, materialKey: string, userId = citizenId) {
  return attachApplicationMaterial(db, {
    userId,
    applicationId,
    materialKey,
    fileName: `${materialKey}.png`,
    contentType: "image/png",
    bytes: png,
  });
}

async function unitId(code: string) {
  const [unit] = await db.select({ id: orgUnits.id }).from(orgUnits).where(eq(orgUnits.code, code));
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

async function textsToCitizen() {
  return db
    .select({ template: smsMessages.template, body: smsMessages.body })
    .from(smsMessages)
    .where(eq(smsMessages.phoneHash, hashPii("phone", demoAccount("citizen").login)))
    .orderBy(asc(smsMessages.createdAt));
}

/** What 张明 would type for 购房入户: the flat he bought in 金水区, in 花园路派出所's area, in his own name. */
async function homePurchaseAnswers() {
  return {
    targetStation: await unitId("41010501"),
    newAddress: "河南省郑州市金水区花园路18号院3号楼2单元501室",
    propertyCertificateNumber: "豫(2026)郑州市不动产权第0123456号",
    propertyOwner: "self",
  };
}

const homePurchaseMaterials = ["property-certificate", "id-card", "hukou-book"];

describe("applications.start", () => {
  it("opens a draft for a verified citizen and gives the same draft back on another device", async () => {
    const citizen = await as("citizen");
    const first = await citizen.applications.start({ serviceCode: "HZ003" });
    expect(first.resumed).toBe(false);
    const again = await (await as("citizen")).applications.start({ serviceCode: "HZ003" });
    expect(again).toEqual({ id: first.id, resumed: true });
    const mine = await citizen.applications.mine();
    expect(mine.filter((a) => a.serviceCode === "HZ003" && a.state === "draft")).toHaveLength(1);
    await citizen.applications.deleteDraft({ id: first.id });
  });

  it("refuses an account that is not verified with REAL_NAME_REQUIRED", async () => {
    const user = await insertTestUser(db, { roles: ["citizen"], phone: "13900001111", password: "Test@2026x" });
    const refused = await refusal(
      caller({ id: user.id, name: user.name, roles: ["citizen"], orgUnitId: null }).applications.start({
        serviceCode: "HZ003",
      }),
    );
    expect(refused).toMatchObject({ code: "FORBIDDEN", domainCode: "REAL_NAME_REQUIRED" });
  });

  it("answers NOT_FOUND for unknown and disabled services, SERVICE_UNAVAILABLE under maintenance or without a form", async () => {
    const citizen = await as("citizen");
    expect(await refusal(citizen.applications.start({ serviceCode: "HZ999" }))).toMatchObject({ code: "NOT_FOUND" });
    await db.update(services).set({ enabled: false }).where(eq(services.code, "HZ002"));
    try {
      expect(await refusal(citizen.applications.start({ serviceCode: "HZ002" }))).toMatchObject({ code: "NOT_FOUND" });
    } finally {
      await db.update(services).set({ enabled: true }).where(eq(services.code, "HZ002"));
    }
    await db.update(services).set({ maintenance: true }).where(eq(services.code, "HZ004"));
    try {
      expect(await refusal(citizen.applications.start({ serviceCode: "HZ004" }))).toMatchObject({
        domainCode: "SERVICE_UNAVAILABLE",
      });
    } finally {
      await db.update(services).set({ maintenance: false }).where(eq(services.code, "HZ004"));
    }
    // A look-up service has no application form.
    expect(await refusal(citizen.applications.start({ serviceCode: "HZ035" }))).toMatchObject({
      domainCode: "SERVICE_UNAVAILABLE",
    });
  });

  it("is for citizens only: staff are refused, guests must sign in", async () => {
    for (const key of ["stationOfficer", "countyApprover", "windowOfficer", "admin"] as const) {
      expect(await refusal((await as(key)).applications.start({ serviceCode: "HZ003" })), key).toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusal((await as(key)).applications.mine()), key).toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await refusal(caller(null).applications.mine())).toMatchObject({ code: "UNAUTHORIZED" });
  });
});

describe("a draft belongs to its author", () => {
  let id: string;

  beforeAll(async () => {
    id = (await (await as("citizen")).applications.start({ serviceCode: "HZ005" })).id;
  });

  it("keeps partial answers as typed, and drops only malformed ones, saying which", async () => {
    const citizen = await as("citizen");
    const saved = await citizen.applications.saveDraft({
      id,
      formData: { qualification: "bachelor", targetStation: "花园路", notAField: "x" },
    });
    expect(saved.fieldErrors).toMatchObject({ targetStation: expect.any(String) });
    const app = await citizen.applications.get({ id });
    expect(app.formData).toEqual({ qualification: "bachelor" });
    expect(app.state).toBe("draft");
    expect(app.actions).toEqual(["submit"]);
  });

  it("answers NOT_FOUND to another citizen for every procedure, changing nothing", async () => {
    const spare = await as("spareCitizen");
    const material = await upload(id, "diploma");
    const calls: [string, () => Promise<unknown>][] = [
      ["get", () => spare.applications.get({ id })],
      ["saveDraft", () => spare.applications.saveDraft({ id, formData: { qualification: "master" } })],
      ["removeMaterial", () => spare.applications.removeMaterial({ id, materialId: material.id })],
      ["setDelivery", () => spare.applications.setDelivery({ id, delivery: { method: "window" } })],
      ["submit", () => spare.applications.submit({ id, expectedVersion: 1 })],
      ["resubmit", () => spare.applications.resubmit({ id, expectedVersion: 1 })],
      ["withdraw", () => spare.applications.withdraw({ id, expectedVersion: 1 })],
      ["deleteDraft", () => spare.applications.deleteDraft({ id })],
    ];
    for (const [name, call] of calls) expect(await refusal(call()), name).toMatchObject({ code: "NOT_FOUND" });
    const spareId = (await demoUserRow(db, "spareCitizen")).id;
    expect(await refusal(upload(id, "diploma", spareId))).toMatchObject({ domainCode: "NOT_FOUND" });

    const app = await (await as("citizen")).applications.get({ id });
    expect(app.formData).toEqual({ qualification: "bachelor" });
    expect(app.materials.map((m) => m.id)).toEqual([material.id]);
  });

  it("refuses officers and admins every procedure with FORBIDDEN", async () => {
    for (const key of ["stationOfficer", "countyApprover", "windowOfficer", "admin"] as const) {
      const staff = await as(key);
      const calls: (() => Promise<unknown>)[] = [
        () => staff.applications.get({ id }),
        () => staff.applications.saveDraft({ id, formData: {} }),
        () => staff.applications.removeMaterial({ id, materialId: id }),
        () => staff.applications.setDelivery({ id, delivery: { method: "window" } }),
        () => staff.applications.submit({ id, expectedVersion: 1 }),
        () => staff.applications.resubmit({ id, expectedVersion: 1 }),
        () => staff.applications.withdraw({ id, expectedVersion: 1 }),
        () => staff.applications.deleteDraft({ id }),
      ];
      for (const call of calls) expect(await refusal(call()), key).toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("deletes the draft for its author", async () => {
    const citizen = await as("citizen");
    await citizen.applications.deleteDraft({ id });
    expect(await refusal(citizen.applications.get({ id }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("uploading materials", () => {
  let id: string;

  beforeAll(async () => {
    id = (await (await as("citizen")).applications.start({ serviceCode: "HZ006" })).id;
  });

  it("stores a scan as a material row the page lists, and removes it again", async () => {
    const stored = await attachApplicationMaterial(db, {
      userId: citizenId,
      applicationId: id,
      materialKey: "id-card",
      fileName: "C:\\Users\\zm\\身份证正面.png",
      contentType: "image/png",
      bytes: png,
    });
    const [row] = await db.select().from(applicationMaterials).where(eq(applicationMaterials.id, stored.id));
    expect(row).toMatchObject({
      applicationId: id,
      materialKey: "id-card",
      fileName: "身份证正面.png",
      contentType: "image/png",
    });
    expect(row?.size).toBeGreaterThan(0);
    expect(row?.sha256).toMatch(/^[0-9a-f]{64}$/);

    const citizen = await as("citizen");
    expect((await citizen.applications.get({ id })).materials.map((m) => m.fileName)).toEqual(["身份证正面.png"]);
    await citizen.applications.removeMaterial({ id, materialId: stored.id });
    expect((await citizen.applications.get({ id })).materials).toEqual([]);
  });

  it("refuses a file that is not an image or PDF, whatever it claims to be", async () => {
    const text = new TextEncoder().encode("这不是扫描件");
    for (const contentType of ["text/plain", "image/png"]) {
      const refused = await refusal(
        attachApplicationMaterial(db, {
          userId: citizenId,
          applicationId: id,
          materialKey: "id-card",
          fileName: "a.png",
          contentType,
          bytes: text,
        }),
      );
      expect(refused.domainCode, contentType).toBe("FILE_TYPE_NOT_ALLOWED");
    }
    expect(await db.$count(applicationMaterials, eq(applicationMaterials.applicationId, id))).toBe(0);
  });

  it("refuses a file over 10 MB", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(png);
    const refused = await refusal(
      attachApplicationMaterial(db, {
        userId: citizenId,
        applicationId: id,
        materialKey: "id-card",
        fileName: "big.png",
        contentType: "image/png",
        bytes: big,
      }),
    );
    expect(refused.domainCode).toBe("FILE_TOO_LARGE");
    expect(await db.$count(applicationMaterials, eq(applicationMaterials.applicationId, id))).toBe(0);
  });

  it("refuses a material the guide does not list", async () => {
    expect(await refusal(upload(id, "selfie"))).toMatchObject({ domainCode: "NOT_FOUND" });
  });
});

describe("submitting 购房入户 (HZ003)", () => {
  let first: string;
  let second: string;

  it("refuses an incomplete application, naming each missing answer and material", async () => {
    const citizen = await as("citizen");
    first = (await citizen.applications.start({ serviceCode: "HZ003" })).id;
    await citizen.applications.saveDraft({ id: first, formData: { propertyOwner: "self" } });
    await upload(first, "id-card");
    const refused = await refusal(citizen.applications.submit({ id: first, expectedVersion: 1 }));
    expect(refused).toMatchObject({ code: "BAD_REQUEST", domainCode: "APPLICATION_INCOMPLETE" });
    expect(Object.keys(refused.fields)).toEqual(
      expect.arrayContaining([
        "targetStation",
        "newAddress",
        "propertyCertificateNumber",
        "material:property-certificate",
        "material:hukou-book",
      ]),
    );
    expect(refused.fields["material:id-card"]).toBeUndefined();
    expect((await citizen.applications.get({ id: first })).state).toBe("draft");
  });

  it("numbers a complete one, routes it to the station and texts the citizen", async () => {
    const citizen = await as("citizen");
    await citizen.applications.saveDraft({ id: first, formData: await homePurchaseAnswers() });
    for (const key of ["property-certificate", "hukou-book"]) await upload(first, key);
    const before = (await textsToCitizen()).length;

    const result = await citizen.applications.submit({ id: first, expectedVersion: 1 });
    expect(result).toMatchObject({ outcome: "submitted", state: "station_review" });
    if (result.outcome !== "submitted") throw new Error("not submitted");
    expect(result.number).toMatch(new RegExp(`^HN${chinaToday().replaceAll("-", "")}\\d{6}$`));

    const app = await citizen.applications.get({ id: first });
    expect(app).toMatchObject({ state: "station_review", number: result.number, station: { name: "花园路派出所" } });
    expect(app.timeline.map((e) => e.action)).toEqual(["submit", "route_to_station"]);
    expect(app.actions).toContain("withdraw");
    const texts = (await textsToCitizen()).slice(before);
    expect(texts.map((s) => s.template)).toEqual(["application_submitted"]);
    expect(texts[0]?.body).toContain(result.number);
  });

  it("refuses a second open application for the same service as a duplicate", async () => {
    const citizen = await as("citizen");
    second = (await citizen.applications.start({ serviceCode: "HZ003" })).id;
    expect(second).not.toBe(first);
    await citizen.applications.saveDraft({ id: second, formData: await homePurchaseAnswers() });
    for (const key of homePurchaseMaterials) await upload(second, key);
    const refused = await refusal(citizen.applications.submit({ id: second, expectedVersion: 1 }));
    expect(refused).toMatchObject({ code: "CONFLICT", domainCode: "DUPLICATE_APPLICATION" });
    expect(isDomainError(refused.cause) && refused.cause.params.number).toMatch(/^HN\d{14}$/);
    expect((await citizen.applications.get({ id: second })).state).toBe("draft");
  });

  it("lets the citizen withdraw before any decision, with a reason and a confirming text", async () => {
    const citizen = await as("citizen");
    const app = await citizen.applications.get({ id: first });
    expect(await refusal(citizen.applications.withdraw({ id: first, expectedVersion: app.version - 1 }))).toMatchObject(
      {
        domainCode: "APPLICATION_STALE",
      },
    );
    expect(
      await citizen.applications.withdraw({ id: first, expectedVersion: app.version, reason: "已决定暂缓迁户口" }),
    ).toEqual({
      state: "withdrawn",
    });
    const after = await citizen.applications.get({ id: first });
    expect(after.state).toBe("withdrawn");
    expect(after.timeline.at(-1)).toMatchObject({ action: "withdraw", comment: "已决定暂缓迁户口" });
    expect(after.actions).toEqual([]);
    expect((await textsToCitizen()).at(-1)?.template).toBe("application_withdrawn");
  });

  it("refuses to withdraw once the station has forwarded it to the county", async () => {
    const citizen = await as("citizen");
    const submitted = await citizen.applications.submit({ id: second, expectedVersion: 1 });
    expect(submitted).toMatchObject({ outcome: "submitted", state: "station_review" });
    const app = await citizen.applications.get({ id: second });
    await (await as("stationOfficer")).applicationDesk.forward({ id: second, expectedVersion: app.version });

    const forwarded = await citizen.applications.get({ id: second });
    expect(forwarded.state).toBe("county_review");
    expect(forwarded.actions).not.toContain("withdraw");
    const refused = await refusal(citizen.applications.withdraw({ id: second, expectedVersion: forwarded.version }));
    expect(refused).toMatchObject({ code: "CONFLICT", domainCode: "APPLICATION_ILLEGAL_TRANSITION" });
    expect((await citizen.applications.get({ id: second })).state).toBe("county_review");
  });
});

describe("resubmitting after a supplement request", () => {
  it("goes back to the station only once the requested material is uploaded again", async () => {
    const submitted = await insertTestApplication(db, { serviceCode: "HZ001", state: "station_review" });
    const requested = "birth-certificate";
    await (
      await as("stationOfficer")
    ).applicationDesk.requestSupplement({
      id: submitted.id,
      expectedVersion: submitted.version,
      fields: [],
      materials: [requested],
      comment: "出生医学证明照片反光，编号看不清，请重新拍摄上传。",
    });
    const citizen = await as("citizen");
    const app = await citizen.applications.get({ id: submitted.id });
    expect(app.state).toBe("needs_supplement");
    expect(app.supplementRequest).toMatchObject({
      fields: [],
      materials: [requested],
      comment: expect.stringContaining("反光"),
    });
    expect(app.actions).toEqual(expect.arrayContaining(["resubmit", "withdraw"]));

    const refused = await refusal(citizen.applications.resubmit({ id: app.id, expectedVersion: app.version }));
    expect(refused).toMatchObject({ domainCode: "APPLICATION_INCOMPLETE" });
    expect(Object.keys(refused.fields)).toEqual([`material:${requested}`]);

    // Only what the station named is open: another material stays as reviewed, and so do the answers.
    expect(await refusal(upload(app.id, "id-card"))).toMatchObject({ domainCode: "MATERIAL_NOT_EDITABLE" });
    await citizen.applications.saveDraft({ id: app.id, formData: { ...app.formData, childName: "张改名" } });
    expect((await citizen.applications.get({ id: app.id })).formData.childName).toBe(app.formData.childName);

    // Replacing = the new page uploaded, the old one removed.
    const old = app.materials.find((m) => m.materialKey === requested);
    await upload(app.id, requested);
    await citizen.applications.removeMaterial({ id: app.id, materialId: old!.id });
    expect(await citizen.applications.resubmit({ id: app.id, expectedVersion: app.version })).toMatchObject({
      state: "station_review",
    });
    const after = await citizen.applications.get({ id: app.id });
    expect(after.supplementRequest).toBeNull();
    expect(after.timeline.map((e) => e.action).slice(-2)).toEqual(["request_supplement", "resubmit"]);
  });

  it("refuses a resubmission of an application nobody asked to fix", async () => {
    const app = await insertTestApplication(db, { serviceCode: "HZ002", state: "county_review", formData: {} });
    const refused = await refusal(
      (await as("citizen")).applications.resubmit({ id: app.id, expectedVersion: app.version }),
    );
    expect(refused).toMatchObject({ domainCode: "APPLICATION_ILLEGAL_TRANSITION" });
  });
});

describe("postal delivery of an automatically decided service (户口簿补领, HZ023)", () => {
  const address = "河南省郑州市金水区花园路18号院3号楼2单元501室";

  it("checks the address fields with the form's own messages", async () => {
    const citizen = await as("citizen");
    const { id } = await citizen.applications.start({ serviceCode: "HZ023" });
    const refused = await refusal(
      citizen.applications.setDelivery({
        id,
        delivery: { method: "post", recipient: " ", phone: "13800138000", address: "花园路" },
      }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.cause).toBeInstanceOf(ZodError);
    const messages = JSON.stringify(flattenLocalised(refused.cause as ZodError, "zh-CN"));
    expect(messages).toContain("请填写收件人姓名。");
    expect(messages).toContain("请填写完整的收件地址");
  });

  it("asks for the postage first, then the sandbox payment submits and decides it", async () => {
    const citizen = await as("citizen");
    const { id } = await citizen.applications.start({ serviceCode: "HZ023" });
    await citizen.applications.saveDraft({ id, formData: { lossReason: "lost", circumstances: "搬家时遗失" } });
    for (const key of ["loss-pledge", "id-card"]) await upload(id, key);
    expect(
      await citizen.applications.setDelivery({
        id,
        delivery: { method: "post", recipient: "张明", phone: "13800138000", address },
      }),
    ).toEqual({ method: "post", feeFen: 1500 });

    const result = await citizen.applications.submit({ id, expectedVersion: 1 });
    if (result.outcome !== "payment_required") throw new Error(`expected payment_required, got ${result.outcome}`);
    const draft = await citizen.applications.get({ id });
    expect(draft).toMatchObject({ state: "draft", number: null, paidAt: null });
    expect(draft.delivery).toMatchObject({
      method: "post",
      recipient: "张明",
      phoneMasked: "138****8000",
      feeFen: 1500,
    });
    const [payment] = await db
      .select()
      .from(payments)
      .where(eq(payments.orderNo, draft.paymentOrderNo ?? ""));
    expect(payment).toMatchObject({ amountFen: 1500, status: "pending", purpose: "household_postage", subjectId: id });
    expect(result.checkoutUrl).toContain(payment!.orderNo);

    const { returnUrl } = await confirmSandboxPayment(db, { orderNo: payment!.orderNo, payerId: citizenId });
    expect(returnUrl).toBe(`/me/applications/${id}?paid=${payment!.orderNo}`);

    const decided = await citizen.applications.get({ id });
    expect(decided.state).toBe("approved");
    expect(decided.number).toMatch(/^HN\d{14}$/);
    expect(decided.paidAt).not.toBeNull();
    expect(decided.timeline.map((e) => e.action)).toEqual(["submit", "start_auto_review", "auto_approve"]);
    expect((await textsToCitizen()).at(-1)?.template).toBe("application_ready_for_post");
    // A paid draft could not be deleted; a decided application cannot be either.
    expect(await refusal(citizen.applications.deleteDraft({ id }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("does not offer postal delivery where the originals are checked at the window", async () => {
    const citizen = await as("citizen");
    const { id } = await citizen.applications.start({ serviceCode: "HZ004" });
    const refused = await refusal(
      citizen.applications.setDelivery({
        id,
        delivery: { method: "post", recipient: "张明", phone: "13800138000", address },
      }),
    );
    expect(refused).toMatchObject({ domainCode: "BAD_INPUT", fields: { method: "application.postNotOffered" } });
    const [row] = await db
      .select({ delivery: applications.delivery })
      .from(applications)
      .where(and(eq(applications.id, id)));
    expect(row?.delivery).toEqual({ method: "window" });
  });
});
