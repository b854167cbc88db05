import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { services } from "@/db/schema";
import type { DomainSeeder } from "../domain-seeders";
import { reportConfigs } from "./report-configs";

const codes = Object.keys(reportConfigs);

/**
 * Gives the report services their form and engine configuration where none is stored yet; a configured
 * service is an admin's business and is left alone.
 */
export const reportConfigsSeeder: DomainSeeder = {
  name: "report-configs",
  async isSeeded(db) {
    const missing = await db
      .select({ id: services.id })
      .from(services)
      .where(and(inArray(services.code, codes), isNull(services.engine)))
      .limit(1);
    return missing.length === 0;
  },
  async seed(tx) {
    for (const [code, config] of Object.entries(reportConfigs)) {
      await tx
        .update(services)
        .set({ formSchema: config.formSchema, engine: config.engine })
        .where(and(eq(services.code, code), isNull(services.engine)));
    }
  },
};
