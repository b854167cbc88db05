import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { favouriteServices, services } from "@/db/schema";
import { type DemoAccountKey } from "@/server/seed/demo-accounts";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let serviceId: number;
let disabledId: number;

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const [first, second] = await db.select({ id: services.id }).from(services).orderBy(services.id).limit(2);
  serviceId = first!.id;
  disabledId = second!.id;
  await db.update(services).set({ enabled: false }).where(eq(services.id, disabledId));
});

afterAll(async () => {
  await h?.close();
});

const as = (key: DemoAccountKey | null) => callerAsDemo(db, key);

describe("catalog.toggleFavourite", () => {
  it("stars and unstars a service for the citizen, and the home shows it", async () => {
    const citizen = await as("citizen");
    expect(await citizen.catalog.toggleFavourite({ serviceId, favourite: true })).toEqual({ favourite: true });
    // Pressing the same star twice (a double click, a resent form) leaves it starred.
    expect(await citizen.catalog.toggleFavourite({ serviceId, favourite: true })).toEqual({ favourite: true });
    expect(await citizen.catalog.isFavourite({ serviceId })).toBe(true);
    const home = await citizen.catalog.home();
    expect(home.audience === "citizen" && home.favourites.map((s) => s.id)).toEqual([serviceId]);

    expect(await citizen.catalog.toggleFavourite({ serviceId, favourite: false })).toEqual({ favourite: false });
    expect(await citizen.catalog.isFavourite({ serviceId })).toBe(false);
    const after = await citizen.catalog.home();
    expect(after.audience === "citizen" && after.favourites).toEqual([]);
  });

  it("keeps one citizen's favourites away from another's", async () => {
    await (await as("citizen")).catalog.toggleFavourite({ serviceId, favourite: true });
    expect(await (await as("spareCitizen")).catalog.isFavourite({ serviceId })).toBe(false);
    await (await as("citizen")).catalog.toggleFavourite({ serviceId, favourite: false });
  });

  it("refuses to star a disabled or unknown service", async () => {
    const citizen = await as("citizen");
    await expect(citizen.catalog.toggleFavourite({ serviceId: disabledId, favourite: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(citizen.catalog.toggleFavourite({ serviceId: 999_999, favourite: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.select().from(favouriteServices)).toEqual([]);
  });

  it("refuses guests, officers, insurers and admins", async () => {
    await expect((await as(null)).catalog.toggleFavourite({ serviceId, favourite: true })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    for (const key of ["stationOfficer", "trafficOfficer", "insurer", "admin"] as const) {
      await expect((await as(key)).catalog.toggleFavourite({ serviceId, favourite: true })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect((await as(key)).catalog.isFavourite({ serviceId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db.select().from(favouriteServices)).toEqual([]);
  });

  it("refuses malformed input", async () => {
    const citizen = await as("citizen");
    await expect(citizen.catalog.toggleFavourite({ serviceId: -1, favourite: true })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      citizen.catalog.toggleFavourite({ serviceId, favourite: true, userId: "x" } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("catalog.home", () => {
  it("gives guests and staff the most-used services and the grid, and citizens their own home", async () => {
    expect((await (await as(null)).catalog.home()).audience).toBe("guest");
    expect((await (await as("stationOfficer")).catalog.home()).audience).toBe("guest");
    expect((await (await as("citizen")).catalog.home()).audience).toBe("citizen");
  });
});
