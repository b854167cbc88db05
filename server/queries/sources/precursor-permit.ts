import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { orgUnits, precursorPermits } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { defineQuerySource, type QueryState } from "../query-source";

/**
 * JD005 易制毒化学品进出口查询: a precursor chemical import or export permit by its number — company,
 * chemical, quantity, country, port and whether it may still be used.
 */
export const precursorPermit = defineQuerySource({
  key: "precursor_permit",
  register: {
    name: "易制毒化学品进出口许可登记（禁毒支队）",
    nameEn: "Precursor import/export permits (narcotics division)",
  },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "permitNumber",
      type: "text",
      label: "许可证编号",
      labelEn: "Permit number",
      hint: "如：2026-J-410000-0018",
      hintEn: "e.g. 2026-J-410000-0018",
      required: true,
      maxLength: 20,
    },
  ],
  nextSteps: {},
  input: z.strictObject({
    permitNumber: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^\d{4}-[A-Z]-\d{6}-\d{4}$/, "form.permitNumber"),
  }),
  async run({ tx, t, now }, input) {
    const [p] = await tx
      .select({
        direction: precursorPermits.direction,
        companyName: precursorPermits.companyName,
        chemical: precursorPermits.chemical,
        quantityKg: precursorPermits.quantityKg,
        country: precursorPermits.country,
        port: precursorPermits.port,
        validFrom: precursorPermits.validFrom,
        validUntil: precursorPermits.validUntil,
        status: precursorPermits.status,
        unit: orgUnits.name,
      })
      .from(precursorPermits)
      .innerJoin(orgUnits, eq(orgUnits.id, precursorPermits.orgUnitId))
      .where(eq(precursorPermits.permitNumber, input.permitNumber));
    if (!p) return { records: [], emptyText: t("queriesPublic.precursorPermit.empty") };
    const today = chinaToday(now);
    const key =
      p.status !== "valid" ? p.status : p.validUntil < today ? "expired" : p.validFrom > today ? "notYet" : "valid";
    const tone: QueryState["tone"] =
      key === "valid" ? "ok" : key === "revoked" ? "urgent" : key === "used" ? "neutral" : "attention";
    return {
      records: [
        {
          title: `${p.chemical} · ${t(`queriesPublic.precursorPermit.${p.direction}`)}`,
          subtitle: t("queriesPublic.precursorPermit.number", { number: input.permitNumber }),
          fields: [
            { label: t("queriesPublic.precursorPermit.company"), value: p.companyName },
            {
              label: t("queriesPublic.precursorPermit.quantity"),
              value: t("queriesPublic.precursorPermit.kg", { kg: Number(p.quantityKg) }),
            },
            { label: t(`queriesPublic.precursorPermit.country_${p.direction}`), value: p.country },
            { label: t("queriesPublic.precursorPermit.port"), value: p.port },
            { label: t("queriesPublic.precursorPermit.validity"), value: `${p.validFrom} — ${p.validUntil}` },
            { label: t("queriesPublic.precursorPermit.unit"), value: p.unit },
          ],
          state: {
            label: t(`queriesPublic.precursorPermit.states.${key}`),
            tone,
            meaning: t(`queriesPublic.precursorPermit.meanings.${key}`),
          },
          actions: [],
        },
      ],
    };
  },
});
