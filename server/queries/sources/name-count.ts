import "server-only";
import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { residents } from "@/db/schema";
import { isPersonName, normaliseName } from "@/server/population/normalise-name";
import { defineQuerySource } from "../query-source";

/**
 * HZ041 同名同姓人数查询: how many living people in the province's register bear a name — a count and
 * nothing else. Names are kept in clear in the register (the ID number is what is encrypted), so the count
 * is an exact, indexed match on the normalised name.
 */
export const nameCount = defineQuerySource({
  key: "name_count",
  register: { name: "常住人口登记", nameEn: "Population register" },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "name",
      type: "text",
      label: "姓名",
      labelEn: "Name",
      hint: "填写完整姓名",
      hintEn: "The full name",
      required: true,
      maxLength: 20,
    },
  ],
  nextSteps: {},
  input: z.strictObject({
    name: z.string().trim().min(2, "form.fullName").max(20, "form.fullName").refine(isPersonName, "form.fullName"),
  }),
  async run({ tx, t }, input) {
    const name = normaliseName(input.name);
    const [row] = await tx
      .select({ n: count() })
      .from(residents)
      .where(and(eq(residents.name, name), eq(residents.status, "active")));
    const n = row?.n ?? 0;
    return {
      note: t("queriesPublic.nameCount.note"),
      records: [
        {
          title: name,
          fields: [{ label: t("queriesPublic.nameCount.count"), value: t("queriesPublic.nameCount.people", { n }) }],
          state: {
            label: n === 0 ? t("queriesPublic.nameCount.none") : t("queriesPublic.nameCount.some", { n }),
            tone: "neutral" as const,
            meaning: n > 1 ? t("queriesPublic.nameCount.manyMeaning") : t("queriesPublic.nameCount.fewMeaning"),
          },
          actions: [],
        },
      ],
    };
  },
});
