import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { services } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { callerAsDemo } from "@/test/caller-as";

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
});
afterAll(async () => h.close());

describe("layouts.previewGroupHome", () => {
  it("shows a member's home as the group's layout makes it: its pins on top, its hidden services gone", async () => {
    const admin = await callerAsDemo(db, "admin");
    const [pin, hide] = await db
      .select({ id: services.id, code: services.code })
      .from(services)
      .orderBy(asc(services.sortOrder), asc(services.id))
      .limit(2);
    const { id: groupId } = await admin.layouts.createGroup({
      name: "郑州车主",
      description: "",
      priority: 5,
      rules: { cityCodes: ["410100"], hasVehicle: true },
      enabled: true,
    });
    await admin.layouts.saveGroupLayout({ groupId, pinned: [pin!.id], hidden: [hide!.id], expectedUpdatedAt: null });

    const preview = await admin.layouts.previewGroupHome({ groupId });
    expect(preview.group).toEqual({ id: groupId, name: "郑州车主" });
    expect(preview.home.recommendations).toEqual([
      { service: expect.objectContaining({ id: pin!.id }), reason: { code: "pinned" }, pinned: true },
    ]);
    const grid = preview.home.grid.flatMap((c) => c.services.map((s) => s.id));
    expect(grid).toContain(pin!.id);
    expect(grid).not.toContain(hide!.id);
    expect(preview.home.actions).toEqual([]);
    await expect(admin.layouts.previewGroupHome({ groupId: 999_999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
