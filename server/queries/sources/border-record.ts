import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { borderCrossings } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { defineQuerySource } from "../query-source";

/**
 * CR037 边检出入境信息核验: the asker checks one of their own exit or entry records by the number on the slip
 * the border inspection gave them. Someone else's number answers exactly like a number that does not exist.
 */
export const borderRecord = defineQuerySource({
  key: "border_record",
  register: { name: "出入境边防检查记录", nameEn: "Border inspection records" },
  access: "own",
  sensitive: false,
  fields: [
    {
      key: "recordNumber",
      type: "text",
      label: "出入境记录编号",
      labelEn: "Record number",
      hint: "边检查验后出具的记录单上的编号，如 BJ410020260001",
      hintEn: "The number on the slip from the border inspection",
      required: true,
      maxLength: 20,
    },
  ],
  nextSteps: { certificate: { name: "出入境记录证明出具", nameEn: "Certificate of exit-entry records" } },
  input: z.strictObject({
    recordNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}\d{8,18}$/, "form.recordNumber"),
  }),
  async run({ tx, t, asker }, input) {
    if (!asker) return { records: [] };
    const [c] = await tx
      .select()
      .from(borderCrossings)
      .where(
        and(eq(borderCrossings.recordNumber, input.recordNumber), eq(borderCrossings.idNumberHash, asker.idNumberHash)),
      );
    if (!c) return { records: [], emptyText: t("queriesPublic.borderRecord.empty") };
    return {
      records: [
        {
          title: t(`queriesPublic.borderRecord.${c.direction}`),
          subtitle: t("queriesPublic.borderRecord.number", { number: input.recordNumber }),
          fields: [
            { label: t("queriesPublic.borderRecord.port"), value: c.port },
            { label: t("queriesPublic.borderRecord.time"), value: chinaDateTime(c.crossedAt).slice(0, 16) },
            {
              label: t("queriesPublic.borderRecord.document"),
              value: t(`queriesPublic.borderRecord.documents.${c.documentType}`),
            },
          ],
          state: {
            label: t("queriesPublic.borderRecord.verified"),
            tone: "ok",
            meaning: t("queriesPublic.borderRecord.verifiedMeaning"),
          },
          actions: [{ kind: "step", step: "certificate" }],
        },
      ],
    };
  },
});
