import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { households, orgUnits, residents } from "@/db/schema";
import { maskIdNumber } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { defineQuerySource } from "../query-source";

/** HZ050 本人户籍信息查询: one's own entry in the population register, behind an SMS confirmation. */
export const householdRecord = defineQuerySource({
  key: "household_record",
  register: { name: "常住人口登记（户籍）", nameEn: "Population register (hukou)" },
  access: "own",
  sensitive: true,
  fields: [],
  nextSteps: {
    certificate: { name: "户籍证明出具", nameEn: "Household registration certificate" },
    correction: { name: "登记项目变更更正", nameEn: "Correct a registered item" },
  },
  input: z.strictObject({}),
  async run({ tx, asker, t }) {
    if (!asker) return { records: [] };
    const [row] = await tx
      .select({
        name: residents.name,
        idNumberEnc: residents.idNumberEnc,
        sex: residents.sex,
        birthDate: residents.birthDate,
        ethnicity: residents.ethnicity,
        relation: residents.relationToHead,
        status: residents.status,
        formerNames: residents.formerNames,
        householdNumber: households.householdNumber,
        address: households.address,
        station: orgUnits.name,
      })
      .from(residents)
      .innerJoin(households, eq(households.id, residents.householdId))
      .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
      .where(eq(residents.id, asker.residentId));
    if (!row) return { records: [] };
    const k = (key: string) => t(`queries.sources.household.${key}`);
    return {
      records: [
        {
          title: row.name,
          subtitle: maskIdNumber(decryptPii(row.idNumberEnc)),
          fields: [
            { label: k("sex"), value: k(`sexes.${row.sex}`) },
            { label: k("birthDate"), value: row.birthDate },
            { label: k("ethnicity"), value: row.ethnicity },
            { label: k("relation"), value: row.relation },
            { label: k("householdNumber"), value: row.householdNumber },
            { label: k("address"), value: row.address },
            { label: k("station"), value: row.station },
            ...(row.formerNames.length ? [{ label: k("formerNames"), value: row.formerNames.join("、") }] : []),
          ],
          state: {
            label: k(`statuses.${row.status}`),
            tone: row.status === "active" ? ("ok" as const) : ("neutral" as const),
            meaning: k("meaning"),
          },
          actions: [
            { kind: "step" as const, step: "certificate" },
            { kind: "step" as const, step: "correction" },
          ],
        },
      ],
    };
  },
});
