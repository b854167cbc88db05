import { date, index, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";
import { residents } from "./population";
import { drivingLicences } from "./traffic";

/**
 * 居民身份证 as the population register records the card (not the person): its term and issuing office, which
 * the electronic ID summary (电子证照亮证) shows. A resident without a row has no card on record.
 */
export const residentIdCards = pgTable("resident_id_cards", {
  id: uuid().primaryKey().defaultRandom(),
  residentId: uuid()
    .notNull()
    .unique()
    .references(() => residents.id),
  validFrom: date().notNull(),
  /** Null for a long-term card (长期, holders aged 46 and over). */
  validUntil: date(),
  /** 签发机关, e.g. 郑州市公安局金水分局. */
  issuingAuthority: text().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * The short-lived codes an electronic licence screen shows as a QR code. Only the keyed hash of the code is
 * kept (see server/licences/show-code.ts for why a stored random code rather than a signed token).
 */
export const licenceShowCodes = pgTable(
  "licence_show_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    codeHash: varchar({ length: 64 }).notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    /** The driving licence the code shows; null when the holder has none and shows the ID card alone. */
    drivingLicenceId: uuid().references(() => drivingLicences.id),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId), index().on(t.residentId), index().on(t.drivingLicenceId)],
);

export type ResidentIdCard = typeof residentIdCards.$inferSelect;
export type LicenceShowCode = typeof licenceShowCodes.$inferSelect;
