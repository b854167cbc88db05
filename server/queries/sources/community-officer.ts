import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { communityPoliceAreas, orgUnits } from "@/db/schema";
import { defineQuerySource } from "../query-source";
import { requiredText } from "./query-inputs";

const maxAreas = 5;

/**
 * ZH011 社区民警查询: the officer of a community, found from an address (a street or compound the area
 * lists, contained in what was typed) or from the community's name.
 */
export const communityOfficer = defineQuerySource({
  key: "community_officer",
  register: { name: "社区民警责任区登记（派出所）", nameEn: "Community officer areas (stations)" },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "address",
      type: "text",
      label: "住址或社区名称",
      labelEn: "Address or community",
      hint: "如：金水区花园路 62 号院、农科路社区",
      hintEn: "e.g. 62 Huayuan Road, Jinshui District",
      required: true,
      maxLength: 60,
    },
  ],
  nextSteps: { talk: { name: "警民恳谈预约", nameEn: "Book a talk with the police" } },
  input: z.strictObject({ address: requiredText(2, 60, "form.queryAddress") }),
  async run({ tx, t }, { address }) {
    const typed = address.replace(/\s+/g, "");
    // The longest street named in the address wins: 花园路 and 花园路北 both match "花园路北12号".
    const matchLength = sql<number>`greatest(
      coalesce((select max(length(s)) from unnest(${communityPoliceAreas.streets}) s
                where length(s) >= 2 and position(s in ${typed}) > 0), 0),
      case when position(${communityPoliceAreas.community} in ${typed}) > 0
             or position(${typed} in ${communityPoliceAreas.community}) > 0
           then length(${communityPoliceAreas.community}) else 0 end)`;
    const rows = await tx
      .select({
        community: communityPoliceAreas.community,
        officerName: communityPoliceAreas.officerName,
        policeNumber: communityPoliceAreas.policeNumber,
        dutyPhone: communityPoliceAreas.dutyPhone,
        office: communityPoliceAreas.office,
        station: orgUnits.name,
        stationAddress: orgUnits.address,
        stationPhone: orgUnits.phone,
        score: matchLength,
      })
      .from(communityPoliceAreas)
      .innerJoin(orgUnits, eq(orgUnits.id, communityPoliceAreas.orgUnitId))
      .where(sql`${matchLength} > 0`)
      .orderBy(sql`${matchLength} desc`, communityPoliceAreas.community)
      .limit(maxAreas);
    return {
      emptyText: t("queriesPublic.communityOfficer.empty"),
      records: rows.map((r) => ({
        title: r.community,
        subtitle: r.station,
        fields: [
          { label: t("queriesPublic.communityOfficer.officer"), value: r.officerName },
          { label: t("queriesPublic.communityOfficer.policeNumber"), value: r.policeNumber },
          { label: t("queriesPublic.communityOfficer.dutyPhone"), value: r.dutyPhone },
          { label: t("queriesPublic.communityOfficer.office"), value: r.office },
          ...(r.stationAddress
            ? [{ label: t("queriesPublic.communityOfficer.station"), value: r.stationAddress }]
            : []),
          ...(r.stationPhone
            ? [{ label: t("queriesPublic.communityOfficer.stationPhone"), value: r.stationPhone }]
            : []),
        ],
        state: {
          label: t("queriesPublic.communityOfficer.found"),
          tone: "neutral" as const,
          meaning: t("queriesPublic.communityOfficer.meaning"),
        },
        actions: [{ kind: "step" as const, step: "talk" }],
      })),
    };
  },
});
