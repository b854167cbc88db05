import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { orgUnits } from "./orgs";
import { blobs } from "./storage";

export const documentStatus = pgEnum("document_status", ["valid", "revoked"]);
export type DocumentStatus = (typeof documentStatus.enumValues)[number];

/** One line of what the verify page shows anyone holding the code: never a full ID number or phone. */
export type DocumentFact = { label: string; labelEn: string; value: string };

/**
 * Every printed document (household register page, receipt, fine receipt) carries a QR code of
 * `/verify/<code>`: this row is what that page checks the paper against.
 */
export const issuedDocuments = pgTable(
  "issued_documents",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** 80 random bits in Crockford base32, grouped as printed ("7KQ4-M2XP-9TRW-HB3D"): unguessable, easy to type. */
    code: varchar({ length: 24 }).notNull().unique(),
    /** "household_register_page", "household_receipt", "fine_receipt". */
    kind: varchar({ length: 32 }).notNull(),
    /** What the document is about ("application", "fine") and its id, to find a subject's documents. */
    subjectType: varchar({ length: 32 }).notNull(),
    subjectId: text().notNull(),
    title: text().notNull(),
    holderNameMasked: text().notNull(),
    facts: jsonb().$type<DocumentFact[]>().notNull(),
    issuingUnitId: integer()
      .notNull()
      .references(() => orgUnits.id),
    issuedBy: uuid().references(() => users.id),
    /** The citizen who may download the PDF: also the owner of its blob. */
    ownerId: uuid().references(() => users.id),
    /**
     * Null while the PDF is being drawn. A submission's decision commits without waiting for it: the day's
     * application counter is locked until that commit (server/documents/render-pending-documents.ts).
     */
    pdfBlobId: uuid().references(() => blobs.id),
    /** The holder's name in full, kept only until the PDF that prints it is drawn. */
    pendingHolderName: text(),
    status: documentStatus().notNull().default("valid"),
    revokedAt: timestamp({ withTimezone: true }),
    revokeReason: text(),
    issuedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.issuingUnitId),
    index().on(t.issuedBy),
    index().on(t.ownerId),
    index().on(t.pdfBlobId),
    index().on(t.subjectType, t.subjectId),
  ],
);

export type IssuedDocument = typeof issuedDocuments.$inferSelect;
