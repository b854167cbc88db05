import "server-only";
import { desc, eq, or } from "drizzle-orm";
import { z } from "zod";
import { accidentParties, accidents, issuedDocuments } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { type QueryRunContext, type QueryTone, defineQuerySource } from "../query-source";

type AccidentStatus = (typeof accidents.$inferSelect)["status"];

const statusTone: Record<AccidentStatus, QueryTone> = {
  gathering: "attention",
  agreeing: "attention",
  awaiting_determination: "neutral",
  retake: "urgent",
  agreed: "ok",
  determined: "ok",
};

/** The accidents the asker is a party of (joined on the platform, or named by their licence), newest first. */
export async function myAccidents({ tx, asker }: QueryRunContext) {
  if (!asker) return [];
  return tx
    .select({
      id: accidents.id,
      status: accidents.status,
      occurredAt: accidents.occurredAt,
      place: accidents.place,
      decidedAt: accidents.decidedAt,
      liability: accidentParties.liability,
      assessedLossFen: accidentParties.assessedLossFen,
      paidFen: accidentParties.paidFen,
      paidAt: accidentParties.paidAt,
      documentCode: issuedDocuments.code,
      documentTitle: issuedDocuments.title,
      pdfBlobId: issuedDocuments.pdfBlobId,
      documentStatus: issuedDocuments.status,
    })
    .from(accidentParties)
    .innerJoin(accidents, eq(accidents.id, accidentParties.accidentId))
    .leftJoin(issuedDocuments, eq(issuedDocuments.id, accidents.documentId))
    .where(or(eq(accidentParties.userId, asker.userId), eq(accidentParties.licenceNumberHash, asker.idNumberHash)))
    .orderBy(desc(accidents.occurredAt))
    .limit(20);
}

/** JJ056 交通事故处理进度查询: each of one's minor accidents, where it stands, liability and the insurer's payment. */
export const accidentProgress = defineQuerySource({
  key: "accident_progress",
  register: { name: "道路交通事故（快处快赔）登记", nameEn: "Road accident register (quick handling)" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: { review: { name: "交通事故认定复核申请", nameEn: "Ask for a review of the determination" } },
  input: z.strictObject({}),
  async run(ctx) {
    const { t } = ctx;
    const k = (key: string, values?: Record<string, string | number>) => t(`queries.sources.accident.${key}`, values);
    const rows = await myAccidents(ctx);
    return {
      emptyText: k("none"),
      records: rows.map((a) => ({
        title: chinaDateTime(a.occurredAt),
        subtitle: a.place,
        fields: [
          ...(a.liability ? [{ label: k("liability"), value: t(`accidents.liabilities.${a.liability}`) }] : []),
          ...(a.assessedLossFen !== null
            ? [{ label: k("assessed"), value: k("yuan", { amount: fenToYuan(a.assessedLossFen) }) }]
            : []),
          ...(a.paidFen !== null ? [{ label: k("paid"), value: k("yuan", { amount: fenToYuan(a.paidFen) }) }] : []),
        ],
        state: {
          label: t(`accidents.statuses.${a.status}`),
          tone: statusTone[a.status],
          meaning: k(`meaning.${a.status}`),
        },
        actions: [
          { kind: "link" as const, label: k("open"), href: `/traffic/accident/${a.id}` },
          ...(a.status === "determined" ? [{ kind: "step" as const, step: "review" }] : []),
        ],
      })),
    };
  },
});
