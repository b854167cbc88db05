import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";

export const serviceKind = pgEnum("service_kind", ["handle", "appointment", "query", "notice"]);
export const processingMode = pgEnum("processing_mode", ["auto", "station", "station_county", "window"]);

export const serviceCategories = pgTable("service_categories", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: varchar({ length: 32 }).notNull().unique(),
  name: text().notNull(),
  nameEn: text().notNull(),
  sortOrder: integer().notNull().default(0),
  updatedAt: updatedAt(),
});

export type ServiceMaterial = {
  key: string;
  name: string;
  description: string;
  required: boolean;
  /** Path under /public, e.g. "/samples/hz-birth-medical-certificate.pdf". */
  sampleFile?: string;
  originalAtWindow?: boolean;
};

export type ServiceGuide = {
  eligibility: string;
  steps: { title: string; detail: string }[];
  materials: ServiceMaterial[];
  fees: { item: string; amountFen: number; basis?: string }[];
  timeLimitDays: number | null;
  timeLimitNote: string;
  window: string;
  legalBasis: string[];
  notes?: string[];
};

export const services = pgTable(
  "services",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    code: varchar({ length: 16 }).notNull().unique(),
    name: text().notNull(),
    nameEn: text().notNull(),
    categoryId: integer()
      .notNull()
      .references(() => serviceCategories.id),
    kind: serviceKind().notNull(),
    mode: processingMode().notNull(),
    summary: text().notNull(),
    synonyms: text().array().notNull().default([]),
    /** Search keys derived from the name: full pinyin and initials ("chushengdengji", "csdj"). */
    pinyin: text().notNull().default(""),
    pinyinInitials: text().notNull().default(""),
    guide: jsonb().$type<ServiceGuide>().notNull(),
    /** The online form for handle-kind services (the application engine's schema). */
    formSchema: jsonb().$type<Record<string, unknown>>(),
    /** How the application engine handles it: handler, decision, outcome, delivery (see engine-config.ts). */
    engine: jsonb().$type<Record<string, unknown>>(),
    /** How a 查询 service answers: its register source or its own page (see server/queries/query-config.ts). */
    query: jsonb().$type<Record<string, unknown>>(),
    /** A 公示 board: who publishes on it, its legal period, whether it takes objections (notice-config.ts). */
    notice: jsonb().$type<Record<string, unknown>>(),
    enabled: boolean().notNull().default(true),
    /** Under maintenance: citizens see a notice, drafts are kept, new applications are refused. */
    maintenance: boolean().notNull().default(false),
    sortOrder: integer().notNull().default(0),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.categoryId, t.sortOrder), index().on(t.enabled)],
);

/** Every saved edit of a service, with a snapshot, so an admin can see who changed what. */
export const serviceVersions = pgTable(
  "service_versions",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    version: integer().notNull(),
    snapshot: jsonb().$type<Record<string, unknown>>().notNull(),
    changes: jsonb().$type<{ field: string; before: unknown; after: unknown }[]>().notNull(),
    changedBy: uuid().references(() => users.id),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.serviceId, t.version), index().on(t.changedBy)],
);

export const usageKind = pgEnum("usage_kind", ["view", "start", "submit"]);

export const serviceUsageEvents = pgTable(
  "service_usage_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid().references(() => users.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    kind: usageKind().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.userId, t.at), index().on(t.serviceId, t.at)],
);

/** Per-user rollup of usage events, kept current on each event, so the home page reads one small row set. */
export const userServiceUsage = pgTable(
  "user_service_usage",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    views: integer().notNull().default(0),
    starts: integer().notNull().default(0),
    submits: integer().notNull().default(0),
    lastUsedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.serviceId] }), index().on(t.serviceId)],
);

export const favouriteServices = pgTable(
  "favourite_services",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.serviceId] }), index().on(t.serviceId)],
);

export type UserGroupRules = {
  cityCodes?: string[];
  ageMin?: number;
  ageMax?: number;
  hasVehicle?: boolean;
  hasTravelDocument?: boolean;
};

/** Admin-defined groups of citizens, matched by rules on their register profile. */
export const userGroups = pgTable("user_groups", {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull(),
  description: text().notNull().default(""),
  priority: integer().notNull().default(0),
  rules: jsonb().$type<UserGroupRules>().notNull(),
  enabled: boolean().notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A personalised layout, for one user or one group: exactly one of userId / groupId is set. */
export const serviceLayouts = pgTable(
  "service_layouts",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid()
      .unique()
      .references(() => users.id),
    groupId: integer()
      .unique()
      .references(() => userGroups.id),
    updatedBy: uuid().references(() => users.id),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.updatedBy)],
);

export const layoutPlacement = pgEnum("layout_placement", ["pinned", "hidden"]);

export const serviceLayoutItems = pgTable(
  "service_layout_items",
  {
    layoutId: integer()
      .notNull()
      .references(() => serviceLayouts.id, { onDelete: "cascade" }),
    serviceId: integer()
      .notNull()
      .references(() => services.id),
    placement: layoutPlacement().notNull(),
    position: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.layoutId, t.serviceId] }), index().on(t.serviceId)],
);

export type Service = typeof services.$inferSelect;
export type ServiceCategory = typeof serviceCategories.$inferSelect;
