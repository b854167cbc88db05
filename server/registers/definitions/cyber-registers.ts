import "server-only";
import { filingEntityType, filingStatus, fraudIndicatorKind, fraudIndicatorStatus } from "@/db/schema/cyber";
import { fraudIndicators, internetFilings } from "@/db/schema";
import { fraudIndicatorOf, fraudSchemes } from "@/server/queries/sources/fraud-check";
import { siteHost } from "@/server/queries/sources/site-host";
import { type RegisterDefinition, stored } from "../register-definition";
import { choice, date, integer, text } from "../register-fields";

const cyberDesk = {
  roles: ["station_officer", "county_approver", "supervisor"],
  keepers: ["cyber"],
} as const satisfies Pick<RegisterDefinition, "roles" | "keepers">;

/** 公安联网备案 (WA011): the cyber security division files sites; the number goes in the site's footer. */
export const internetFilingsRegister: RegisterDefinition = {
  key: "internet_filings",
  table: internetFilings,
  id: internetFilings.id,
  unit: internetFilings.orgUnitId,
  ...cyberDesk,
  fields: [
    stored(
      text("filingNumber", 14, 40, {
        fixed: true,
        inputMode: "numeric",
        // "豫公网安备41010502000123号" as printed in a footer, or the 14 digits alone.
        normalise: (typed) => typed.replace(/豫公网安备|号|\s/g, ""),
        pattern: /^\d{14}$/,
        message: "registers.filingNumber",
      }),
      internetFilings.filingNumber,
    ),
    stored(text("siteName", 2, 60), internetFilings.siteName),
    stored(text("domain", 3, 253, { normalise: siteHost, message: "registers.domain" }), internetFilings.domain),
    stored(text("entityName", 2, 80), internetFilings.entityName),
    stored(choice("entityType", filingEntityType.enumValues), internetFilings.entityType),
    stored(date("filedOn", { notFuture: true }), internetFilings.filedOn),
  ],
  listFields: ["filingNumber", "siteName", "domain", "entityName", "filedOn"],
  search: [internetFilings.filingNumber, internetFilings.siteName, internetFilings.domain, internetFilings.entityName],
  orderBy: internetFilings.filedOn,
  unique: ["filingNumber"],
  creates: true,
  status: {
    column: internetFilings.status,
    values: filingStatus.enumValues,
    initial: "active",
    transitions: { active: ["cancelled"], cancelled: ["active"] },
    tones: { active: "success", cancelled: "neutral" },
  },
  queries: ["WA011"],
};

/** 涉诈号码和网址 (WA007): what the anti-fraud centre flagged, cleared when an owner proves the flag wrong. */
export const fraudIndicatorsRegister: RegisterDefinition = {
  key: "fraud_indicators",
  table: fraudIndicators,
  id: fraudIndicators.id,
  unit: fraudIndicators.orgUnitId,
  ...cyberDesk,
  fields: [
    stored(choice("kind", fraudIndicatorKind.enumValues, { fixed: true }), fraudIndicators.kind),
    stored(text("value", 3, 253), fraudIndicators.value),
    stored(choice("scheme", fraudSchemes), fraudIndicators.scheme),
    stored(integer("reportCount", 1, 1_000_000), fraudIndicators.reportCount),
    stored(date("flaggedOn", { notFuture: true }), fraudIndicators.flaggedOn),
  ],
  listFields: ["value", "kind", "scheme", "reportCount", "flaggedOn"],
  search: [fraudIndicators.value],
  orderBy: fraudIndicators.flaggedOn,
  unique: ["kind", "value"],
  creates: true,
  status: {
    column: fraudIndicators.status,
    values: fraudIndicatorStatus.enumValues,
    initial: "flagged",
    transitions: { flagged: ["cleared"], cleared: ["flagged"] },
    tones: { flagged: "destructive", cleared: "neutral" },
  },
  // Stored as the public query looks it up: digits only for a number, the host for a site.
  refine: (values) => {
    const indicator = fraudIndicatorOf(String(values.value ?? ""));
    if (!indicator || indicator.kind !== values.kind) return { errors: { value: "registers.fraudValue" } };
    return { values: { ...values, value: indicator.value } };
  },
  queries: ["WA007"],
};
