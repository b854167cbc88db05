import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { applications, issuedDocuments, orgUnits, services } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { maskName } from "@/server/crypto/mask";
import { attachApplicationMaterial } from "@/server/applications/attach-application-material";
import { saveApplicationDraft } from "@/server/applications/save-application-draft";
import { startApplication } from "@/server/applications/start-application";
import { submitApplication } from "@/server/applications/submit-application";
import { tinyPng } from "@/server/household/test-applications";
import { demoResidents } from "@/server/seed/population";
import { callerAs } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";
import { checkDocumentCode, documentLookupRule } from "./check-document-code";
import { revokeDocument } from "./revoke-document";

/**
 * 无犯罪记录证明核验 (ZA030): an employer checks the code printed on a certificate the service engine issued
 * for 无犯罪记录证明开具 (ZA029), on the public verify page, without signing in.
 */
let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let code: string;
let documentId: string;
let issuingUnitName: string;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const citizen = await demoUserRow(db, "citizen");
  const [service] = await db.select({ guide: services.guide }).from(services).where(eq(services.code, "ZA029"));
  const { id } = await startApplication(db, { userId: citizen.id, serviceCode: "ZA029" });
  await saveApplicationDraft(db, {
    userId: citizen.id,
    applicationId: id,
    formData: { purpose: "employment", usedBy: "郑州某科技有限公司", contactPhone: "13800138000" },
  });
  for (const m of service?.guide.materials ?? []) {
    await attachApplicationMaterial(db, {
      userId: citizen.id,
      applicationId: id,
      materialKey: m.key,
      fileName: `${m.key}.png`,
      contentType: "image/png",
      bytes: await tinyPng(),
    });
  }
  const [draft] = await db.select().from(applications).where(eq(applications.id, id));
  await submitApplication(db, { userId: citizen.id, applicationId: id, expectedVersion: draft!.version });
  const [done] = await db.select().from(applications).where(eq(applications.id, id));
  if (done?.state !== "completed" || !done.documentId) throw new Error(`ZA029 was not issued at once: ${done?.state}`);
  const [doc] = await db
    .select({ id: issuedDocuments.id, code: issuedDocuments.code, unitName: orgUnits.name })
    .from(issuedDocuments)
    .innerJoin(orgUnits, eq(orgUnits.id, issuedDocuments.issuingUnitId))
    .where(eq(issuedDocuments.id, done.documentId));
  code = doc!.code;
  documentId = doc!.id;
  issuingUnitName = doc!.unitName;
});
afterAll(async () => h?.close());

let ipSerial = 0;
const employer = () => callerAs(db, null, { ip: `192.0.2.${++ipSerial}` });

describe("无犯罪记录证明核验", () => {
  it("a genuine certificate: to whom (masked), when, by which unit, and nothing of its contents", async () => {
    const result = await employer().documents.verify({ code: code.toLowerCase().replaceAll("-", "") });
    if (result.status !== "valid") throw new Error(`expected valid, got ${result.status}`);
    expect(result.title).toBe("无犯罪记录证明");
    expect(result.holderNameMasked).toBe(maskName(demoResidents.citizen.name));
    // The full name of the handling station, as printed: 郑州市公安局金水区公安分局花园路派出所.
    expect(result.issuingUnitName.endsWith(issuingUnitName)).toBe(true);
    expect(result.issuedAt).toBeInstanceOf(Date);
    expect(result.facts).toEqual([]);
    expect(JSON.stringify(result)).not.toContain(demoResidents.citizen.idNumber);
  });

  it("an unknown code is not found", async () => {
    const unknown = code.startsWith("0") ? `1${code.slice(1)}` : `0${code.slice(1)}`;
    expect((await employer().documents.verify({ code: unknown })).status).toBe("not_found");
    expect(await employer().documents.verify({ code: "无犯罪记录" })).toEqual({ status: "not_found", code: null });
  });

  it("a revoked certificate says so, with when and why", async () => {
    const officer = await demoUserRow(db, "stationOfficer");
    await revokeDocument(db, {
      documentId,
      reason: "证明出具后发现登记有误",
      actor: { id: officer.id, role: "station_officer", orgUnitId: officer.orgUnitId },
    });
    const result = await employer().documents.verify({ code });
    expect(result).toMatchObject({ status: "revoked", revokeReason: "证明出具后发现登记有误" });
  });

  it("checks are rate-limited per address", async () => {
    const ip = "192.0.2.222";
    for (let i = 0; i < documentLookupRule.limit; i++) await checkDocumentCode(db, { code, ip });
    expect((await refusal(checkDocumentCode(db, { code, ip }))).reason).toBe("RATE_LIMITED");
  });
});
