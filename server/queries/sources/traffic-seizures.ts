import "server-only";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { orgUnits, trafficSeizures } from "@/db/schema";
import { type QueryRecord, defineQuerySource } from "../query-source";

/** JJ051 暂扣车辆和证件查询: what a traffic unit holds of one's own, where it is and how to get it back. */
export const trafficSeizuresSource = defineQuerySource({
  key: "traffic_seizures",
  register: { name: "交通管理暂扣车辆和证件登记", nameEn: "Traffic seizures register" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {},
  input: z.strictObject({}),
  async run({ tx, asker, t, locale }) {
    const k = (key: string, values?: Record<string, string>) => t(`queries.sources.seizures.${key}`, values);
    if (!asker) return { records: [] };
    const rows = await tx
      .select({ seizure: trafficSeizures, unit: orgUnits.name, unitEn: orgUnits.nameEn })
      .from(trafficSeizures)
      .innerJoin(orgUnits, eq(orgUnits.id, trafficSeizures.heldBy))
      .where(eq(trafficSeizures.residentId, asker.residentId))
      .orderBy(desc(trafficSeizures.seizedOn));
    // What is still held comes first: that is what the person has to act on.
    const ordered = [
      ...rows.filter((r) => r.seizure.status === "held"),
      ...rows.filter((r) => r.seizure.status !== "held"),
    ];
    const records: QueryRecord[] = ordered.map(({ seizure: s, unit, unitEn }) => {
      const held = s.status === "held";
      return {
        title: k(`items.${s.itemKind}`),
        ...(s.plateNumber ? { subtitle: s.plateNumber } : {}),
        fields: [
          ...(s.plateNumber ? [{ label: k("plate"), value: s.plateNumber }] : []),
          { label: k("reason"), value: s.reason },
          { label: k("seizedOn"), value: s.seizedOn },
          { label: k("heldBy"), value: locale === "en" && unitEn ? unitEn : unit },
          ...(held
            ? [
                { label: k("collectAt"), value: s.collectAt },
                { label: k("bring"), value: s.releaseConditions },
              ]
            : [{ label: k("releasedOn"), value: s.releasedOn ?? "" }]),
        ],
        state: held
          ? {
              label: k("held"),
              tone: "attention",
              meaning: k("heldMeaning", { bring: s.releaseConditions, place: s.collectAt }),
            }
          : { label: k("released"), tone: "neutral", meaning: k("releasedMeaning", { date: s.releasedOn ?? "" }) },
        actions: held ? [{ kind: "link", label: k("violations"), href: "/traffic/violations" }] : [],
      };
    });
    return { records, emptyText: k("none") };
  },
});
