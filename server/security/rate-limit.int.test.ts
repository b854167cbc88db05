import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "@/test/db";
import { rateLimit } from "./rate-limit";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

const t0 = new Date("2026-11-27T08:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("rateLimit", () => {
  it("allows up to the limit in a window, then refuses with the seconds until it ends", async () => {
    const rule = { key: "test:basic", limit: 3, windowSeconds: 60 };
    for (const s of [0, 10, 20]) expect((await rateLimit(db, rule, later(s))).allowed).toBe(true);
    expect(await rateLimit(db, rule, later(45))).toEqual({ allowed: false, retryAfterSeconds: 15 });
  });

  it("opens a new window at the first hit after the last one ended", async () => {
    const rule = { key: "test:cooldown", limit: 1, windowSeconds: 60 };
    expect((await rateLimit(db, rule, later(0))).allowed).toBe(true);
    expect(await rateLimit(db, rule, later(59))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect((await rateLimit(db, rule, later(61))).allowed).toBe(true);
    // The new window starts at 61 s, so 100 s is still inside it.
    expect((await rateLimit(db, rule, later(100))).allowed).toBe(false);
  });

  it("keeps separate counters per key", async () => {
    const a = { key: "test:a", limit: 1, windowSeconds: 60 };
    const b = { key: "test:b", limit: 1, windowSeconds: 60 };
    expect((await rateLimit(db, a, t0)).allowed).toBe(true);
    expect((await rateLimit(db, b, t0)).allowed).toBe(true);
    expect((await rateLimit(db, a, t0)).allowed).toBe(false);
  });

  it("counts concurrent hits exactly", async () => {
    const rule = { key: "test:burst", limit: 5, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 20 }, () => rateLimit(db, rule, t0)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});
