import { date, index, pgEnum, pgTable, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
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
    index().on(t.status, t.expiryDate),
  ],
);

export type TravelDocument = typeof travelDocuments.$inferSelect;
