import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, orgUnits } from "@/db/schema";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoUserRow } from "@/server/accounts/test-accounts";
import { insertTestApplication } from "@/server/household/test-applications";
import { createTestDb } from "@/test/db";
import { reassignApplication } from "./reassign-application";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

describe("reassignApplication", () => {
  it("names the new officer by name and account in its audit entry, not by an id only", async () => {
    const app = await insertTestApplication(db, {
      stationCode: "41010501",
      stateSince: new Date(Date.now() - 4 * 86_400_000),
    });
    const [supervisor, officer] = await Promise.all([
      demoUserRow(db, "stationSupervisor"),
      demoUserRow(db, "stationOfficer"),
    ]);
    const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, supervisor.orgUnitId!));
    await reassignApplication(db, {
      applicationId: app.id,
      officerId: officer.id,
      supervisor: {
        userId: supervisor.id,
        scope: { unitId: unit!.id, code: unit!.code, path: unit!.path, level: unit!.level },
      },
    });
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "application.reassign"), eq(auditLog.targetId, app.id)));
    expect(entry?.details).toMatchObject({
      to: officer.id,
      toName: "刘建华",
      toAccount: demoAccount("stationOfficer").login,
    });
  });
});
