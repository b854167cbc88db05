import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { smsCodeRules } from "@/server/accounts/sms-code-rules";
import { caseQueryRules } from "@/server/cases/case-query-rules";
import { testPhone, verifiedTestCitizen } from "@/server/cases/test-cases";
import { documentLookupRule } from "@/server/documents/check-document-code";
import { resetEnv } from "@/server/env";
import { createTestDb } from "@/test/db";
import { peerAddressHeader, peerAddressStamp } from "./client-address";
import { callerAs, type Who } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
const hopsBefore = process.env.TRUSTED_PROXY_HOPS;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => {
  process.env.TRUSTED_PROXY_HOPS = hopsBefore;
  resetEnv();
  await h.close();
});

let forged = 0;
/** A different made-up address on every request, as an attacker resetting the limits would send. */
const forgedAddress = () => `10.${Math.floor(++forged / 250) % 250}.${forged % 250}.7`;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return error.code;
  }
}

const setups = [
  {
    name: "reached directly (TRUSTED_PROXY_HOPS=0): the TCP peer counts",
    hops: "0",
    headers: (client: string) => ({
      "x-forwarded-for": forgedAddress(),
      [peerAddressHeader]: peerAddressStamp(client),
    }),
  },
  {
    name: "behind one proxy (TRUSTED_PROXY_HOPS=1): the address the proxy appended counts",
    hops: "1",
    headers: (client: string) => ({ "x-forwarded-for": `${forgedAddress()}, ${forgedAddress()}, ${client}` }),
  },
];

describe.each(setups)("$name", ({ hops, headers }) => {
  let client = "";
  let clients = 0;
  beforeAll(() => {
    process.env.TRUSTED_PROXY_HOPS = hops;
    resetEnv();
  });

  const callerFrom = (user: Who = null) => callerAs(db, user, { headers: headers(client) });
  const nextClient = () => {
    client = `192.0.2.${10 * Number(hops) + ++clients}`;
  };

  it("a forged X-Forwarded-For does not reset the document verification limit", async () => {
    nextClient();
    for (let i = 0; i < documentLookupRule.limit; i++)
      await callerFrom().documents.verify({ code: "7KQ4-M2XP-9TRW-HB3D" });
    expect(await codeOf(callerFrom().documents.verify({ code: "7KQ4-M2XP-9TRW-HB3D" }))).toBe("TOO_MANY_REQUESTS");
  });

  it("a forged X-Forwarded-For does not reset the violation lookup limit", async () => {
    nextClient();
    // A plate that is no plate: refused as bad input after the address's try is counted.
    const lookup = () => callerFrom().traffic.lookup({ plateNumber: "X", plateType: "02", vinTail: "123456" });
    for (let i = 0; i < 20; i++) expect(await codeOf(lookup())).toBe("BAD_REQUEST");
    expect(await codeOf(lookup())).toBe("TOO_MANY_REQUESTS");
  });

  it("a forged X-Forwarded-For does not reset the SMS code limit", async () => {
    nextClient();
    const request = () => callerFrom().account.requestSignInCode({ phone: testPhone() });
    for (let i = 0; i < smsCodeRules.ipPerHour; i++) expect(await codeOf(request())).toBe("OK");
    expect(await codeOf(request())).toBe("TOO_MANY_REQUESTS");
  });

  it("a forged X-Forwarded-For does not reset the case query limit", { timeout: 60_000 }, async () => {
    nextClient();
    const attempt = async (i: number) => {
      const user = await verifiedTestCitizen(db);
      const queryNumber = `K7Q2M9XD3H${String(i).padStart(2, "0")}`;
      return codeOf(
        callerFrom(user).cases.query({
          queryNumber,
          idNumber: "410105199005121237",
          phone: "13800138000",
          code: "123456",
        }),
      );
    };
    const outcomes = await Promise.all(Array.from({ length: caseQueryRules.perIp }, (_, i) => attempt(i)));
    expect(outcomes.every((o) => o === "BAD_REQUEST")).toBe(true);
    expect(await attempt(caseQueryRules.perIp)).toBe("TOO_MANY_REQUESTS");
  });
});
