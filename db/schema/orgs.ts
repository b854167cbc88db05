import { index, integer, pgEnum, pgTable, text, varchar, type AnyPgColumn } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";

export const orgLevel = pgEnum("org_level", ["province", "city", "county", "station", "desk"]);
/** What a unit does; a "desk" unit (车管所, 出入境, 网安…) serves its whole city, see engine-config.ts. */
export const orgUnitType = pgEnum("org_unit_type", [
  "bureau",
  "station",
  "vehicle_admin",
  "exit_entry",
  "cyber",
  "public_order",
  "narcotics",
  "custody",
  "criminal",
  "inspection",
]);
export type OrgUnitType = (typeof orgUnitType.enumValues)[number];

/**
 * The police org tree. `path` is the chain of codes from the province down ("/410000/410100/410102/"),
 * so an officer's jurisdiction is one indexed prefix match instead of a recursive query.
 */
export const orgUnits = pgTable(
  "org_units",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: varchar({ length: 12 }).notNull().unique(),
    name: text().notNull(),
    nameEn: text(),
    level: orgLevel().notNull(),
    unitType: orgUnitType().notNull().default("bureau"),
    parentId: integer().references((): AnyPgColumn => orgUnits.id),
    path: text().notNull().unique(),
    address: text(),
    phone: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.parentId),
    index().on(t.unitType),
    index("org_units_path_prefix_idx").on(t.path.op("text_pattern_ops")),
  ],
);

export type OrgUnit = typeof orgUnits.$inferSelect;
