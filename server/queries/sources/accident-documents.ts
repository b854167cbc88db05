import "server-only";
import { z } from "zod";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { defineQuerySource } from "../query-source";
import { myAccidents } from "./accident-progress";

/** JJ057 交通事故认定书查询: the agreement or determination of each settled accident, to download and verify. */
export const accidentDocuments = defineQuerySource({
  key: "accident_documents",
  register: { name: "道路交通事故认定书（协议书）", nameEn: "Accident determinations and agreements" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: { review: { name: "交通事故认定复核申请", nameEn: "Ask for a review of the determination" } },
  input: z.strictObject({}),
  async run(ctx) {
    const { t } = ctx;
    const k = (key: string) => t(`queries.sources.accident.${key}`);
    const settled = (await myAccidents(ctx)).filter((a) => a.documentCode && a.pdfBlobId);
    return {
      emptyText: k("noDocuments"),
      records: settled.map((a) => ({
        title: a.documentTitle ?? k("document"),
        subtitle: `${chinaDateTime(a.occurredAt)} · ${a.place}`,
        fields: [
          { label: k("documentCode"), value: a.documentCode ?? "" },
          ...(a.decidedAt ? [{ label: k("decidedAt"), value: chinaDateTime(a.decidedAt) }] : []),
          ...(a.liability ? [{ label: k("liability"), value: t(`accidents.liabilities.${a.liability}`) }] : []),
        ],
        state:
          a.documentStatus === "valid"
            ? { label: k("documentValid"), tone: "ok" as const, meaning: k(`documentMeaning.${a.status}`) }
            : { label: k("documentRevoked"), tone: "urgent" as const, meaning: k("documentRevokedMeaning") },
        actions: [
          { kind: "link" as const, label: k("download"), href: `/api/blob/${a.pdfBlobId}` },
          { kind: "link" as const, label: k("verify"), href: `/verify/${a.documentCode}` },
          ...(a.status === "determined" ? [{ kind: "step" as const, step: "review" }] : []),
        ],
      })),
    };
  },
});
