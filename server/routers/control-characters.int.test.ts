import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { SessionUser } from "@/server/accounts/session-user";
import { demoSessionUser } from "@/server/accounts/test-accounts";
import { appRouter } from "@/server/routers/_app";
import { callTrpcHttp } from "@/test/call-trpc-http";
import { createTestDb } from "@/test/db";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let citizen: SessionUser;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  citizen = await demoSessionUser(db, "citizen");
});
afterAll(async () => h.close());

const nul = "\u0000";
const message = "输入的内容含有不可见的控制字符（例如空字符），请删除后重新输入。";

describe("control characters in any text input", () => {
  it.each([
    ["documents.verify", false, { code: `AB${nul}CD` }, false],
    ["catalog.search", false, { q: `户口${nul}` }, false],
    ["traffic.lookup", true, { plateNumber: `豫A${nul}12345`, plateType: "small", vinTail: "123456" }, false],
    ["registration.requestCode", true, { phone: `1380013${nul}999` }, false],
    ["applications.start", true, { serviceCode: `HZ0${nul}03` }, true],
    ["cases.requestQueryCode", true, { queryNumber: "Q1", idNumber: `4101${nul}`, phone: "13800138000" }, true],
    ["me.changePassword", true, { currentPassword: "Demo@2026", newPassword: `New@2026\u001b[31m` }, true],
  ])("%s answers 400 with the localised message, never 500", async (path, mutation, input, signedIn) => {
    const answer = await callTrpcHttp(appRouter, path, { db, input, mutation, user: signedIn ? citizen : null });
    expect(answer.status).toBe(400);
    expect(answer.error?.message).toBe(message);
    expect(answer.error?.data.domainCode).toBe("CONTROL_CHARACTERS");
  });

  it("keeps a case query with a NUL byte on the audit record, as every attempt", async () => {
    const answer = await callTrpcHttp(appRouter, "cases.query", {
      db,
      user: citizen,
      mutation: true,
      input: { queryNumber: `Q${nul}1`, idNumber: "410105199003074470", phone: "13800138000", code: "123456" },
    });
    expect(answer.status).toBe(400);
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "cases.queried"), eq(auditLog.actorId, citizen.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: "denied",
      details: { refused: "CONTROL_CHARACTERS", procedure: "cases.query" },
    });
  });

  it("changes nothing when it refuses, and lets tabs and line breaks through", async () => {
    const [before] = await db
      .select({ passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, citizen.id));
    await callTrpcHttp(appRouter, "me.changePassword", {
      db,
      user: citizen,
      mutation: true,
      input: { currentPassword: "Demo@2026", newPassword: `New@2026${nul}` },
    });
    const [after] = await db
      .select({ passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
      .from(users)
      .where(eq(users.id, citizen.id));
    expect(after).toEqual(before);
    expect((await callTrpcHttp(appRouter, "catalog.search", { db, input: { q: "户口\t登记\n" } })).status).toBe(200);
  });
});
