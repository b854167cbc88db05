import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { services } from "@/db/schema";
import type { DomainSeeder } from "../domain-seeders";
import { catalogCategories } from "./catalog-categories";
import { engineSeedOf } from "./engine-seed";

/** The catalogue entries the application engine handles, with what the seed stores for each. */
const configured = catalogCategories
  .flatMap((c) => c.services)
  .flatMap((s) => {
    const seed = engineSeedOf(s);
    return seed ? [{ code: s.code, seed, householdForm: Boolean(s.formSchema) }] : [];
  });

/**
 * Brings the engine to a catalogue seeded before it existed: a service without its configuration gets it
 * and the mode its decision implies, and a form where it has none (a household service that had no form
 * also gets the guide written for it: the automatically decided ones describe different steps). A service
 * that already has a configuration or a form is an admin's business and is left alone, so this never
 * overwrites an edit.
 */
export const onlineFormsSeeder: DomainSeeder = {
  name: "online-forms",
  async isSeeded(db) {
    const missing = await db
      .select({ id: services.id })
      .from(services)
      .where(
        and(
          inArray(
            services.code,
            configured.map((s) => s.code),
          ),
          isNull(services.engine),
        ),
      )
      .limit(1);
    return missing.length === 0;
  },
  async seed(tx) {
    for (const { code, seed, householdForm } of configured) {
      await tx
        .update(services)
        .set({
          engine: seed.engine,
          mode: seed.mode,
          formSchema: sql`coalesce(${services.formSchema}, ${JSON.stringify(seed.formSchema)}::jsonb)`,
          ...(householdForm
            ? {
                guide: sql`case when ${services.formSchema} is null then ${JSON.stringify(seed.guide)}::jsonb else ${services.guide} end`,
              }
            : {}),
        })
        .where(and(eq(services.code, code), isNull(services.engine)));
    }
  },
};
