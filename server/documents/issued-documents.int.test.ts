import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import { and, desc, eq } from "drizzle-orm";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, blobs, issuedDocuments } from "@/db/schema";
import { demoResidents } from "@/server/seed/population";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { maskIdNumber, maskName } from "@/server/crypto/mask";
import { resetEnv } from "@/server/env";
import { DomainError } from "@/server/errors";
import { readBlob } from "@/server/storage/read-blob";
import { createTestDb } from "@/test/db";
import { documentLookupRule } from "./check-document-code";
import { getDocumentVerification } from "./get-document-verification";
import { type IssueDocumentParams, issueDocument } from "./issue-document";
import { revokeDocument } from "./revoke-document";
import { callerAs } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let dataDir: string;
let citizen: SessionUser;
let otherCitizen: SessionUser;
let officer: SessionUser;

const toSessionUser = (row: Awaited<ReturnType<typeof demoUserRow>>): SessionUser => ({
  id: row.id,
  name: row.name,
  roles: row.roles,
  orgUnitId: row.orgUnitId,
});

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "jingmin-documents-"));
  process.env.DATA_DIR = dataDir;
  resetEnv();
  h = await createTestDb();
  db = h.db;
  citizen = toSessionUser(await demoUserRow(db, "citizen"));
  otherCitizen = toSessionUser(await demoUserRow(db, "spareCitizen"));
  officer = toSessionUser(await demoUserRow(db, "windowOfficer"));
});

afterAll(async () => {
  await h?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Anyone at all: no session, one IP address per test so the lookup limit of one test never hits another. */
function visitor(ip: string) {
  return callerAs(db, null, { ip: ip });
}

const idNumber = demoResidents.citizen.idNumber;

function receipt(overrides: Partial<IssueDocumentParams> = {}): IssueDocumentParams {
  return {
    kind: "household_receipt",
    subjectType: "application",
    subjectId: "00000000-0000-4000-8000-000000000001",
    title: "户口登记（迁入）办理回执",
    holderName: demoResidents.citizen.name,
    holderNameMasked: maskName(demoResidents.citizen.name),
    facts: [
      { label: "业务编号", labelEn: "Application No.", value: "HN20261127000123" },
      { label: "办理事项", labelEn: "Service", value: "投靠亲属户口迁入" },
      { label: "身份证号", labelEn: "ID number", value: maskIdNumber(idNumber) },
    ],
    issuingUnitId: officer.orgUnitId as number,
    issuedBy: officer.id,
    ownerId: citizen.id,
    ...overrides,
  };
}

describe("issuing a document", () => {
  it("stores the PDF for the citizen and verifies as valid for anyone holding the code, with only what checking needs", async () => {
    const issued = await db.transaction((tx) => issueDocument(tx, receipt()));
    expect(issued.code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);

    const check = await visitor("198.51.100.1").documents.verify({
      code: issued.code.toLowerCase().replaceAll("-", " "),
    });
    expect(check).toMatchObject({
      status: "valid",
      code: issued.code,
      title: "户口登记（迁入）办理回执",
      kind: "household_receipt",
      holderNameMasked: "张*",
      issuingUnitName: "郑州市公安局金水区公安分局花园路派出所",
      issuingUnitNameEn: "Huayuan Road Police Station, Jinshui Branch, Zhengzhou Public Security Bureau",
      facts: [],
      viewerIsHolder: false,
      revokedAt: null,
      revokeReason: null,
    });
    if (check.status === "not_found") throw new Error("unreachable");
    expect(Date.now() - check.issuedAt.getTime()).toBeLessThan(60_000);

    const [blob] = await db.select().from(blobs).where(eq(blobs.id, issued.pdfBlobId));
    expect(blob).toMatchObject({ ownerId: citizen.id, purpose: "issued_document", contentType: "application/pdf" });

    const entry = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "document.issued"), eq(auditLog.targetId, issued.id)));
    expect(entry[0]).toMatchObject({ actorId: officer.id, actorOrgUnitId: officer.orgUnitId, outcome: "ok" });
  });

  it("shows the document's details on the verify page to its holder, signed in, and to nobody else", async () => {
    const issued = await db.transaction((tx) => issueDocument(tx, receipt()));
    const signedIn = (user: SessionUser) => callerAs(db, user, { ip: "198.51.100.3" });
    expect(await signedIn(citizen).documents.verify({ code: issued.code })).toMatchObject({
      facts: receipt().facts,
      viewerIsHolder: true,
    });
    expect(await signedIn(otherCitizen).documents.verify({ code: issued.code })).toMatchObject({
      facts: [],
      viewerIsHolder: false,
    });
    const json = JSON.stringify(await visitor("198.51.100.4").documents.verify({ code: issued.code }));
    for (const fact of receipt().facts) expect(json).not.toContain(fact.value);
  });

  it("lets the citizen download the PDF, and nobody else who is not allowed", async () => {
    const issued = await db.transaction((tx) => issueDocument(tx, receipt()));
    const file = await readBlob(db, { blobId: issued.pdfBlobId, user: citizen });
    expect(file.contentType).toBe("application/pdf");
    const pdf = await PDFDocument.load(file.bytes);
    expect(pdf.getPageCount()).toBe(1);
    expect(pdf.getSubject()).toContain(issued.code);

    await expect(readBlob(db, { blobId: issued.pdfBlobId, user: otherCitizen })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(readBlob(db, { blobId: issued.pdfBlobId, user: null })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("commits with the work that issues it: a rolled-back transaction leaves no verifiable code", async () => {
    let code = "";
    await expect(
      db.transaction(async (tx) => {
        code = (await issueDocument(tx, receipt())).code;
        throw new Error("the application could not be completed");
      }),
    ).rejects.toThrow("the application could not be completed");
    expect(code).not.toBe("");
    expect((await getDocumentVerification(db, code)).status).toBe("not_found");
  });

  it("never puts a full ID number or phone on the public page: such facts are refused", async () => {
    await expect(
      db.transaction((tx) =>
        issueDocument(tx, receipt({ facts: [{ label: "身份证号", labelEn: "ID number", value: idNumber }] })),
      ),
    ).rejects.toThrow(/full ID number or phone/);
    await expect(
      db.transaction((tx) =>
        issueDocument(tx, receipt({ facts: [{ label: "联系电话", labelEn: "Phone", value: "13800138000" }] })),
      ),
    ).rejects.toThrow(/full ID number or phone/);
    await expect(db.transaction((tx) => issueDocument(tx, receipt({ holderNameMasked: "张明" })))).rejects.toThrow(
      /masked/,
    );
    expect(await db.select().from(issuedDocuments).where(eq(issuedDocuments.title, "never"))).toEqual([]);
  });

  it("answers the verify page with nothing that carries a full ID number, a phone or the full name", async () => {
    const issued = await db.transaction((tx) => issueDocument(tx, receipt()));
    const json = JSON.stringify(await visitor("198.51.100.2").documents.verify({ code: issued.code }));
    for (const resident of Object.values(demoResidents)) expect(json).not.toContain(resident.idNumber);
    expect(json).not.toContain("13800138000");
    expect(json).not.toContain(demoResidents.citizen.name);
    expect(json).not.toContain(issued.pdfBlobId);
  });
});

describe("revoking a document", () => {
  it("makes the code verify as revoked, with the reason and time, and audits who did it", async () => {
    const issued = await db.transaction((tx) => issueDocument(tx, receipt()));
    const actor = { id: officer.id, role: officer.roles.join(","), orgUnitId: officer.orgUnitId };
    const { revokedAt } = await db.transaction((tx) =>
      revokeDocument(tx, { documentId: issued.id, reason: "信息有误，已重新开具", actor, ip: "203.0.113.7" }),
    );

    const check = await visitor("198.51.100.3").documents.verify({ code: issued.code });
    expect(check).toMatchObject({
      status: "revoked",
      revokeReason: "信息有误，已重新开具",
      title: "户口登记（迁入）办理回执",
    });
    if (check.status === "not_found") throw new Error("unreachable");
    expect(check.revokedAt?.getTime()).toBe(revokedAt.getTime());

    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "document.revoked"), eq(auditLog.targetId, issued.id)))
      .orderBy(desc(auditLog.id));
    expect(entry).toMatchObject({ actorId: officer.id, ip: "203.0.113.7", outcome: "ok" });
    expect(entry?.details).toMatchObject({ reason: "信息有误，已重新开具" });
  });

  it("keeps the first revocation: revoking again is refused, as are unknown documents and empty reasons", async () => {
    const issued = await db.transaction((tx) => issueDocument(tx, receipt()));
    const actor = { id: officer.id };
    await revokeDocument(db, { documentId: issued.id, reason: "作废", actor });
    await expect(revokeDocument(db, { documentId: issued.id, reason: "再次作废", actor })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      revokeDocument(db, { documentId: "00000000-0000-4000-8000-00000000dead", reason: "作废", actor }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeDocument(db, { documentId: "not-a-uuid", reason: "作废", actor })).rejects.toBeInstanceOf(
      DomainError,
    );
    const fresh = await db.transaction((tx) => issueDocument(tx, receipt()));
    await expect(revokeDocument(db, { documentId: fresh.id, reason: "  ", actor })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    expect((await getDocumentVerification(db, issued.code)).status).toBe("revoked");
    expect(await getDocumentVerification(db, issued.code)).toMatchObject({ revokeReason: "作废" });
  });
});

describe("looking up a code", () => {
  it("says not_found for a well-formed code nobody issued, and for anything that is no code", async () => {
    expect(await visitor("198.51.100.4").documents.verify({ code: "7KQ4-M2XP-9TRW-HB3D" })).toEqual({
      status: "not_found",
      code: "7KQ4-M2XP-9TRW-HB3D",
    });
    expect(await visitor("198.51.100.4").documents.verify({ code: idNumber })).toEqual({
      status: "not_found",
      code: null,
    });
    expect(await visitor("198.51.100.4").documents.verify({ code: "" })).toEqual({ status: "not_found", code: null });
  });

  it("limits lookups per IP address, and tells the visitor how long to wait", async () => {
    const ip = "198.51.100.99";
    for (let i = 0; i < documentLookupRule.limit; i++) {
      await visitor(ip).documents.verify({ code: "7KQ4-M2XP-9TRW-HB3D" });
    }
    const refused = await visitor(ip)
      .documents.verify({ code: "7KQ4-M2XP-9TRW-HB3D" })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect(refused).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((refused as TRPCError).cause).toMatchObject({ code: "RATE_LIMITED" });
    expect(((refused as TRPCError).cause as DomainError).params.seconds).toBeGreaterThan(0);

    expect(await visitor("198.51.100.100").documents.verify({ code: "7KQ4-M2XP-9TRW-HB3D" })).toMatchObject({
      status: "not_found",
    });
  });
});
