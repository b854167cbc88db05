import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/server/env";
import { GET } from "./route";

const introspect = () => GET(new NextRequest("http://localhost/api/inngest"), undefined);

afterEach(() => {
  delete process.env.INNGEST_DEV;
  resetEnv();
});

describe("/api/inngest", () => {
  it("does not exist while the in-process runner executes the functions", async () => {
    expect((await introspect()).status).toBe(404);
  });

  it("serves every function (SMS dispatch, household window deadlines, audit archive, queue SLA alerts, travel document reminders, appointment reminders, notice expiry, pending document PDFs) to Inngest once Inngest is configured", async () => {
    process.env.INNGEST_DEV = "1";
    resetEnv();
    const res = await introspect();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ function_count: 8, mode: "dev" });
  });
});
