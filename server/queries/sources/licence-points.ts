import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { drivingLicences } from "@/db/schema";
import { type QueryRecord, type QueryState, defineQuerySource } from "../query-source";

/** A scoring cycle ends in suspension at 12 points (Order 163 art. 16); from 9 the holder is warned. */
export const pointsLimit = 12;
export const pointsWarnAt = 9;

/** JJ036 驾驶证记分查询: the points on one's own licence this scoring cycle, and what they lead to. */
export const licencePoints = defineQuerySource({
  key: "licence_points",
  register: { name: "机动车驾驶证登记（记分）", nameEn: "Driving licence register (points)" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {
    full_score_study: { name: "满分学习", nameEn: "Full-score study" },
    point_reduction: { name: "学法减分", nameEn: "Points reduction by study" },
  },
  input: z.strictObject({}),
  async run({ tx, asker, t }) {
    if (!asker) return { records: [] };
    const [licence] = await tx
      .select({
        points: drivingLicences.points,
        status: drivingLicences.status,
        classes: drivingLicences.vehicleClasses,
      })
      .from(drivingLicences)
      .where(eq(drivingLicences.residentId, asker.residentId));
    if (!licence) return { records: [], emptyText: t("queries.sources.licence.none") };
    const state: QueryState =
      licence.points >= pointsLimit
        ? { label: t("queries.sources.points.full"), tone: "urgent", meaning: t("queries.sources.points.fullMeaning") }
        : licence.points >= pointsWarnAt
          ? {
              label: t("queries.sources.points.near", { left: pointsLimit - licence.points }),
              tone: "attention",
              meaning: t("queries.sources.points.nearMeaning", { limit: pointsLimit }),
            }
          : {
              label: t("queries.sources.points.fine", { left: pointsLimit - licence.points }),
              tone: "ok",
              meaning: t("queries.sources.points.fineMeaning"),
            };
    const record: QueryRecord = {
      title: t("queries.sources.points.title"),
      fields: [
        { label: t("queries.sources.points.points"), value: String(licence.points) },
        { label: t("queries.sources.licence.classes"), value: licence.classes },
      ],
      state,
      actions: [
        ...(licence.points >= pointsWarnAt ? [{ kind: "step" as const, step: "full_score_study" }] : []),
        ...(licence.points > 0 && licence.points < pointsLimit
          ? [{ kind: "step" as const, step: "point_reduction" }]
          : []),
        { kind: "link", label: t("queries.sources.points.violations"), href: "/traffic/violations" },
      ],
    };
    return { records: [record] };
  },
});
