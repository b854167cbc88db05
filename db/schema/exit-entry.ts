import { date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, updatedAt } from "./columns";
import { residents } from "./population";

export const travelDocumentType = pgEnum("travel_document_type", ["passport", "hk_macau_permit", "taiwan_permit"]);
export const travelDocumentStatus = pgEnum("travel_document_status", ["valid", "expired", "cancelled", "lost"]);

/** Exit-entry documents (护照, 往来港澳通行证, 往来台湾通行证) as the exit-entry administration records them. */
export const travelDocuments = pgTable(
  "travel_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    residentId: uuid()
      .notNull()
      .references(() => residents.id),
    type: travelDocumentType().notNull(),
    documentNumber: varchar({ length: 20 }).notNull(),
    issueDate: date().notNull(),
    expiryDate: date().notNull(),
    status: travelDocumentStatus().notNull().default("valid"),
    issuingAuthority: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.residentId),
    uniqueIndex().on(t.type, t.documentNumber),
    // The reminder job pages through valid documents by (expiry date, id); this index serves that keyset.
    index().on(t.status, t.expiryDate, t.id),
  ],
);

/**
 * One row per expiry reminder sent: the unique (document, expiry date) is what makes the daily job send
 * each reminder exactly once across reruns, while a renewed document (new expiry date) is reminded again.
 */
export const travelDocumentReminders = pgTable(
  "travel_document_reminders",
  {
    id: uuid().primaryKey().defaultRandom(),
    documentId: uuid()
      .notNull()
      .references(() => travelDocuments.id, { onDelete: "cascade" }),
    expiryDate: date().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.documentId, t.expiryDate), index().on(t.userId)],
);

export type TravelDocument = typeof travelDocuments.$inferSelect;
