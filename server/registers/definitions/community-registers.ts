import "server-only";
import { communityPoliceAreas, policeCards } from "@/db/schema";
import { policeCardStatus } from "@/db/schema/community-police";
import { deskUnitTypes } from "@/server/applications/engine-config";
import { type RegisterDefinition, stored } from "../register-definition";
import { date, text, textArray } from "../register-fields";

const policeNumber = { pattern: /^\d{6,8}$/, message: "form.policeNumber", inputMode: "numeric" } as const;

/** 社区民警 (ZH011): which officer looks after which community, kept by the station. */
export const communityPoliceAreasRegister: RegisterDefinition = {
  key: "community_police_areas",
  table: communityPoliceAreas,
  id: communityPoliceAreas.id,
  unit: communityPoliceAreas.orgUnitId,
  roles: ["station_officer", "supervisor"],
  keepers: ["station"],
  fields: [
    stored(text("community", 2, 60), communityPoliceAreas.community),
    stored(textArray("streets", 40, 30), communityPoliceAreas.streets),
    stored(text("officerName", 1, 20, { message: "form.personName" }), communityPoliceAreas.officerName),
    stored(text("policeNumber", 6, 8, policeNumber), communityPoliceAreas.policeNumber),
    stored(
      text("dutyPhone", 7, 20, {
        inputMode: "numeric",
        pattern: /^(?:0\d{2,3}-?\d{7,8}|1\d{10})$/,
        message: "registers.dutyPhone",
      }),
      communityPoliceAreas.dutyPhone,
    ),
    stored(text("office", 2, 60), communityPoliceAreas.office),
  ],
  listFields: ["community", "officerName", "policeNumber", "dutyPhone", "streets"],
  search: [communityPoliceAreas.community, communityPoliceAreas.officerName, communityPoliceAreas.policeNumber],
  orderBy: communityPoliceAreas.updatedAt,
  unique: [],
  creates: true,
  updatedBy: communityPoliceAreas.updatedBy,
  queries: ["ZH011"],
};

/**
 * 人民警察证 (ZH012): a card belongs to its holder's unit, so the unit's chief (and the chiefs above) report
 * it lost, withdraw it or record a new one. The public check says only "valid" or "not valid".
 */
export const policeCardsRegister: RegisterDefinition = {
  key: "police_cards",
  table: policeCards,
  id: policeCards.id,
  unit: policeCards.orgUnitId,
  roles: ["supervisor"],
  keepers: ["station", "county", "city", ...deskUnitTypes],
  fields: [
    stored(text("policeNumber", 6, 8, { ...policeNumber, fixed: true }), policeCards.policeNumber),
    stored(text("name", 1, 20, { message: "form.personName" }), policeCards.name),
    stored(date("issuedOn", { notFuture: true }), policeCards.issuedOn),
  ],
  listFields: ["policeNumber", "name", "issuedOn"],
  search: [policeCards.policeNumber, policeCards.name],
  orderBy: policeCards.issuedOn,
  unique: ["policeNumber"],
  creates: true,
  status: {
    column: policeCards.status,
    values: policeCardStatus.enumValues,
    initial: "valid",
    // A card found again is valid again; a withdrawn card never is.
    transitions: { valid: ["reported_lost", "revoked"], reported_lost: ["valid", "revoked"] },
    tones: { valid: "success", reported_lost: "warning", revoked: "destructive" },
  },
  queries: ["ZH012"],
};
