import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/server/accounts/session-user";
import { DomainError } from "@/server/errors";
import { adminProcedure, createTRPCRouter, publicProcedure } from "@/server/trpc";
import { callTrpcHttp } from "@/test/call-trpc-http";

const router = createTRPCRouter({
  locked: publicProcedure.query(() => {
    throw new DomainError("ACCOUNT_LOCKED", { minutes: 7 });
  }),
  form: publicProcedure
    .input(z.strictObject({ phone: z.string().regex(/^1[3-9]\d{9}$/, "i18n:errors.BAD_INPUT"), age: z.number().int() }))
    .mutation(() => "ok"),
  crash: publicProcedure.query(() => {
    throw new Error("relation \"users\" does not exist at SELECT * FROM users WHERE phone = '13812345678'");
  }),
  adminOnly: adminProcedure.query(() => "secret"),
  race: publicProcedure.mutation(() => {
    throw Object.assign(new Error("insert failed"), { cause: { code: "23505", constraint: "some_unique_index" } });
  }),
});

async function call(
  path: string,
  opts: { input?: unknown; mutation?: boolean; cookie?: string; user?: SessionUser | null } = {},
) {
  const answer = await callTrpcHttp(router, path, opts);
  return { ...answer, error: answer.error ?? { message: "", data: {} } };
}

describe("error formatter", () => {
  it("turns a domain error into the localised message with its parameters, in Chinese by default", async () => {
    const { status, error } = await call("locked");
    expect(status).toBe(429);
    expect(error.message).toBe("登录失败次数过多，账号已锁定，请于 7 分钟后再试。");
    expect(error.data.domainCode).toBe("ACCOUNT_LOCKED");
  });

  it("answers in English when the user chose English", async () => {
    const { error } = await call("locked", { cookie: "NEXT_LOCALE=en" });
    expect(error.message).toBe("Too many failed sign-in attempts: the account is locked. Try again in 7 minutes.");
  });

  it("returns flattened, localised field errors for a form and refuses unknown keys", async () => {
    const { status, error } = await call("form", { mutation: true, input: { phone: "12345", age: 1.5, extra: true } });
    expect(status).toBe(400);
    expect(error.message).toBe("填写的内容有误，请检查后重试。");
    const fields = error.data.fieldErrors as Record<string, string[]>;
    expect(fields.phone).toEqual(["填写的内容有误，请检查后重试。"]);
    expect(fields.age?.[0]).toMatch(/整数/);
    expect(JSON.stringify(error.data.formErrors)).toContain("extra");
  });

  it("never leaks internals: no stack, no SQL, no phone; a correlation id instead", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { status, text, error } = await call("crash");
    expect(status).toBe(500);
    expect(text).not.toContain('relation \\"users\\"');
    expect(text).not.toContain("SELECT");
    expect(text).not.toContain("stack");
    expect(text).not.toContain("13812345678");
    expect(error.data.correlationId).toBe("corr-123");
    expect(error.message).toContain("corr-123");
    const logged = log.mock.calls.flat().join(" ");
    expect(logged).toContain("corr-123");
    expect(logged).not.toContain("13812345678");
    log.mockRestore();
  });

  it("answers a unique violation no service mapped as a localised conflict, never 500", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { status, error } = await call("race", { mutation: true, input: {} });
    expect(status).toBe(409);
    expect(error.message).toBe("数据已被他人修改，请刷新后重试。");
    expect(error.data.domainCode).toBe("CONFLICT");
    expect(log.mock.calls.flat().join(" ")).toContain("some_unique_index");
    log.mockRestore();
  });

  it("refuses a signed-out caller and a signed-in non-admin", async () => {
    expect((await call("adminOnly")).status).toBe(401);
    const officer: SessionUser = { id: "u1", name: "民警", roles: ["station_officer"], orgUnitId: 1 };
    const refused = await call("adminOnly", { user: officer });
    expect(refused.status).toBe(403);
    expect(refused.error.message).toBe("您没有权限执行此操作。");
  });
});
