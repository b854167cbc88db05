import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { borderCrossings } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { defineQuerySource } from "../query-source";

/** The last few years of travel are what people ask for; the certificate service prints the full record. */
const crossingLimit = 50;

/** CR013 本人出入境记录查询: one's own border crossings, behind an SMS confirmation. */
export const borderCrossingRecords = defineQuerySource({
  key: "border_crossings",
  register: { name: "出入境边防检查记录", nameEn: "Border crossing records" },
  access: "own",
  sensitive: true,
  fields: [],
  nextSteps: { certificate: { name: "出入境记录证明出具", nameEn: "Border crossing certificate" } },
  input: z.strictObject({}),
  async run({ tx, asker, t }) {
    if (!asker) return { records: [] };
    const k = (key: string) => t(`queries.sources.crossings.${key}`);
    const rows = await tx
      .select()
      .from(borderCrossings)
      .where(eq(borderCrossings.idNumberHash, asker.idNumberHash))
      .orderBy(desc(borderCrossings.crossedAt))
      .limit(crossingLimit);
    return {
      emptyText: k("none"),
      note: rows.length ? k("note") : undefined,
      records: rows.map((r, i) => ({
        title: `${k(`directions.${r.direction}`)} · ${r.port}`,
        fields: [
          { label: k("at"), value: chinaDateTime(r.crossedAt) },
          { label: k("document"), value: t(`queries.sources.crossings.documents.${r.documentType}`) },
        ],
        actions: i === 0 ? [{ kind: "step" as const, step: "certificate" }] : [],
      })),
    };
  },
});
