import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { services } from "@/db/schema";
import type { DomainSeeder } from "../domain-seeders";
import { noticeConfigs } from "./notice-configs";

const codes = Object.keys(noticeConfigs);

/**
 * Brings the 公示 boards' configuration to a catalogue seeded before it existed: without one a board takes no
 * publisher at all. A board that already has one is an admin's business and is left alone.
 */
export const noticeConfigsSeeder: DomainSeeder = {
  name: "notice-configs",
  async isSeeded(db) {
    const missing = await db
      .select({ id: services.id })
      .from(services)
      .where(and(inArray(services.code, codes), isNull(services.notice)))
      .limit(1);
    return missing.length === 0;
  },
  async seed(tx) {
    for (const [code, config] of Object.entries(noticeConfigs))
      await tx
        .update(services)
        .set({ notice: config })
        .where(and(eq(services.code, code), isNull(services.notice)));
  },
};
