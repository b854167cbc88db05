import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, residents, travelDocuments } from "@/db/schema";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { listWhoLookedAtMe } from "@/server/audit/list-who-looked-at-me";
import { hashPii } from "@/server/crypto/pii";
import { demoResidents } from "@/server/seed/population";
import { callerAs } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";
import {
  checkTravelDocument,
  travelDocumentCheckedAction,
  travelDocumentCheckRule,
  travelDocumentNumberRule,
} from "./check-travel-document";
import { insertTestDocument } from "./test-holders";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h?.close());

let ipSerial = 0;
function checker() {
  ipSerial += 1;
  return { actor: { id: null }, ip: `203.0.113.${ipSerial}`, correlationId: `travel-check-${ipSerial}` };
}
const now = new Date("2026-12-07T04:00:00Z");

/** A seeded document in the given state, with its holder's name. */
async function seeded(status: "valid" | "lost" | "cancelled" | "expired") {
  const [row] = await db
    .select({ number: travelDocuments.documentNumber, type: travelDocuments.type, name: residents.name })
    .from(travelDocuments)
    .innerJoin(residents, eq(residents.id, travelDocuments.residentId))
    .where(eq(travelDocuments.status, status))
    .limit(1);
  if (!row) throw new Error(`no seeded ${status} travel document`);
  return row;
}

describe("出入境证件真伪核验", () => {
  it("tells valid, reported lost, cancelled and expired apart from the seeded register", async () => {
    for (const status of ["lost", "cancelled", "expired"] as const) {
      const doc = await seeded(status);
      expect(
        await checkTravelDocument(db, { documentNumber: doc.number, name: doc.name, trail: checker(), now }),
      ).toEqual({ status, type: doc.type });
    }
    const citizen = await demoUserRow(db, "citizen");
    const [passport] = await db
      .select({ number: travelDocuments.documentNumber })
      .from(travelDocuments)
      .where(and(eq(travelDocuments.residentId, citizen.residentId!), eq(travelDocuments.type, "passport")));
    const visitor = callerAs(db, null, { ip: "203.0.113.250" });
    expect(
      await visitor.licences.checkTravelDocument({
        documentNumber: ` ${passport!.number.toLowerCase()} `,
        name: demoResidents.citizen.name,
      }),
    ).toEqual({ status: "valid", type: "passport" });
  });

  it("calls a document the register still marks valid expired once its last day has passed", async () => {
    const citizen = await demoUserRow(db, "citizen");
    const doc = await insertTestDocument(db, { residentId: citizen.residentId!, expiryDate: "2026-12-06" });
    const check = (at: Date) =>
      checkTravelDocument(db, {
        documentNumber: doc.documentNumber,
        name: demoResidents.citizen.name,
        trail: checker(),
        now: at,
      });
    expect((await check(new Date("2026-12-06T10:00:00Z"))).status).toBe("valid");
    expect((await check(now)).status).toBe("expired");
  });

  it("answers a wrong name exactly like an unknown number, and shows nothing of the holder", async () => {
    const doc = await seeded("lost");
    const wrongName = await checkTravelDocument(db, {
      documentNumber: doc.number,
      name: `${doc.name}某`,
      trail: checker(),
      now,
    });
    const unknown = await checkTravelDocument(db, {
      documentNumber: "E00000000",
      name: doc.name,
      trail: checker(),
      now,
    });
    expect(wrongName).toEqual({ status: "not_found" });
    expect(unknown).toEqual(wrongName);
  });

  it("audits a match under the holder, who sees it in 'who looked at my data'", async () => {
    const citizen = await demoUserRow(db, "citizen");
    const doc = await insertTestDocument(db, { residentId: citizen.residentId!, expiryDate: "2031-01-01" });
    const trail = checker();
    await checkTravelDocument(db, { documentNumber: doc.documentNumber, name: demoResidents.citizen.name, trail, now });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.correlationId, trail.correlationId));
    expect(entry).toMatchObject({
      action: travelDocumentCheckedAction,
      actorId: null,
      subjectIdHash: hashPii("id", demoResidents.citizen.idNumber),
      outcome: "ok",
    });
    const seen = await listWhoLookedAtMe(db, { userId: citizen.id });
    expect(seen.entries.some((e) => e.purpose === "publicQuery")).toBe(true);
  });

  it("limits checks per address, and names tried against one number from any address", async () => {
    // A number of its own: no other test's checks count against it.
    const citizen = await demoUserRow(db, "citizen");
    const inserted = await insertTestDocument(db, { residentId: citizen.residentId!, expiryDate: "2032-01-01" });
    const doc = { number: inserted.documentNumber, name: demoResidents.citizen.name };
    const trail = checker();
    for (let i = 0; i < travelDocumentCheckRule.limit; i++) {
      await checkTravelDocument(db, { documentNumber: `E9${String(i).padStart(7, "0")}`, name: "张三", trail, now });
    }
    const refused = await refusal(checkTravelDocument(db, { documentNumber: doc.number, name: doc.name, trail, now }));
    expect(refused.reason).toBe("RATE_LIMITED");

    for (let i = 0; i < travelDocumentNumberRule.limit; i++) {
      await checkTravelDocument(db, { documentNumber: doc.number, name: `猜${i}`, trail: checker(), now });
    }
    const fromElsewhere = await refusal(
      checkTravelDocument(db, { documentNumber: doc.number, name: doc.name, trail: checker(), now }),
    );
    expect(fromElsewhere.reason).toBe("RATE_LIMITED");
  });

  it("refuses malformed input with a localised field message", async () => {
    const visitor = callerAs(db, null, { ip: "203.0.113.251" });
    const refused = await refusal(visitor.licences.checkTravelDocument({ documentNumber: "E1234<script>", name: "" }));
    expect(refused.code).toBe("BAD_REQUEST");
  });
});
