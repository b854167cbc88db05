import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { services } from "@/db/schema";
import type { DomainSeeder } from "../domain-seeders";
import { catalogCategories } from "./catalog-categories";

/** The catalogue entries that carry an online form, with the mode and guide that go with it. */
const online = catalogCategories.flatMap((c) => c.services).filter((s) => s.formSchema);

/**
 * Brings the online forms to a catalogue seeded before the application engine existed: a service
 * without its form gets the form, and the mode and guide written for it (the automatically decided
 * services describe different steps). A service that already has a form is an admin's business and is
 * left alone, so this never overwrites an edit.
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
            online.map((s) => s.code),
          ),
          isNull(services.formSchema),
        ),
      )
      .limit(1);
    return missing.length === 0;
  },
  async seed(tx) {
    for (const s of online) {
      await tx
        .update(services)
        .set({ formSchema: s.formSchema, mode: s.mode, guide: s.guide })
        .where(and(eq(services.code, s.code), isNull(services.formSchema)));
    }
  },
};
