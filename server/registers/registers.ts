import "server-only";
import type { OfficerRole } from "@/server/accounts/session-user";
import { communityPoliceAreasRegister, policeCardsRegister } from "./definitions/community-registers";
import { bailDepositsRegister, detentionsRegister } from "./definitions/custody-registers";
import { fraudIndicatorsRegister, internetFilingsRegister } from "./definitions/cyber-registers";
import { drugTreatmentsRegister, precursorPermitsRegister } from "./definitions/narcotics-registers";
import { guardCertificatesRegister } from "./definitions/public-order-registers";
import { trafficSeizuresRegister } from "./definitions/traffic-registers";
import type { RegisterDefinition } from "./register-definition";
import { type RegisterKey, registerKeys } from "./register-keys";

/** Every register the desk maintains, by key: adding a register is adding a definition here. */
export const registerDefinitions: Readonly<Record<RegisterKey, RegisterDefinition>> = {
  community_police_areas: communityPoliceAreasRegister,
  police_cards: policeCardsRegister,
  guard_certificates: guardCertificatesRegister,
  internet_filings: internetFilingsRegister,
  fraud_indicators: fraudIndicatorsRegister,
  precursor_permits: precursorPermitsRegister,
  drug_treatments: drugTreatmentsRegister,
  detentions: detentionsRegister,
  bail_deposits: bailDepositsRegister,
  traffic_seizures: trafficSeizuresRegister,
};

/** In the order of registerKeys, which is the index page's order. */
export const registerList: readonly RegisterDefinition[] = registerKeys.map((key) => registerDefinitions[key]);

/** Everyone who maintains some register: the desk's navigation entry and its procedures' first gate. */
export const registerDeskRoles = [...new Set(registerList.flatMap((d) => d.roles))] as OfficerRole[];
