import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { policeCards } from "@/db/schema";
import { normaliseName } from "@/server/population/normalise-name";
import { defineQuerySource } from "../query-source";
import { personName } from "./query-inputs";

/**
 * ZH012 警察证件真伪查询: whether a police number and name belong to a valid 人民警察证. The answer is yes or
 * no and nothing else — a lost, withdrawn or unknown card, or a name that does not go with the number, all
 * read the same, so the register cannot be used to find out officers' names.
 */
export const policeCard = defineQuerySource({
  key: "police_card",
  register: { name: "人民警察证登记", nameEn: "Police ID card register" },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "policeNumber",
      type: "text",
      label: "警号",
      labelEn: "Police number",
      hint: "证件上的 6 位警号",
      hintEn: "The 6-digit number on the card",
      required: true,
      inputMode: "numeric",
      maxLength: 8,
    },
    { key: "name", type: "text", label: "姓名", labelEn: "Name", required: true, maxLength: 40 },
  ],
  nextSteps: { complain: { name: "警务投诉", nameEn: "Complain about police conduct" } },
  input: z.strictObject({
    policeNumber: z
      .string()
      .trim()
      .regex(/^\d{6,8}$/, "form.policeNumber"),
    name: personName,
  }),
  async run({ tx, t }, input) {
    const [card] = await tx
      .select({ name: policeCards.name, status: policeCards.status })
      .from(policeCards)
      .where(eq(policeCards.policeNumber, input.policeNumber));
    const valid = card?.status === "valid" && normaliseName(card.name) === normaliseName(input.name);
    return {
      records: [
        {
          title: t("queriesPublic.policeCard.title", { policeNumber: input.policeNumber }),
          fields: [],
          state: valid
            ? {
                label: t("queriesPublic.policeCard.valid"),
                tone: "ok" as const,
                meaning: t("queriesPublic.policeCard.validMeaning"),
              }
            : {
                label: t("queriesPublic.policeCard.invalid"),
                tone: "urgent" as const,
                meaning: t("queriesPublic.policeCard.invalidMeaning"),
              },
          actions: valid ? [] : [{ kind: "step" as const, step: "complain" }],
        },
      ],
    };
  },
});
