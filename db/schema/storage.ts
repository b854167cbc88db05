import { index, integer, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt } from "./columns";

/** Every stored object, so the serving route can authorise a read without trusting the key. */
export const blobs = pgTable(
  "blobs",
  {
    id: uuid().primaryKey().defaultRandom(),
    key: text().notNull().unique(),
    ownerId: uuid().references(() => users.id),
    purpose: varchar({ length: 32 }).notNull(),
    contentType: varchar({ length: 100 }).notNull(),
    size: integer().notNull(),
    sha256: varchar({ length: 64 }).notNull(),
    /** Where the adapter put it (Vercel Blob URL or local path); never handed to a browser. */
    location: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.ownerId)],
);

export type Blob = typeof blobs.$inferSelect;
