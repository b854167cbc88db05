import type { CatalogCategoryEntry } from "./catalog-entry";
import { caseServices } from "./case-services";
import { custodyServices } from "./custody-services";
import { cyberServices } from "./cyber-services";
import { exitEntryServices } from "./exit-entry-services";
import { generalServices } from "./general-services";
import { householdServices } from "./household-services";
import { narcoticsServices } from "./narcotics-services";
import { publicOrderServices } from "./public-order-services";
import { trafficServices } from "./traffic-services";

/**
 * The seeded catalogue, in display order; service codes are unique across all categories. Fire services
 * are not here: since 2018 they belong to emergency management, not the police.
 */
export const catalogCategories: CatalogCategoryEntry[] = [
  { code: "household", name: "户政", nameEn: "Household registration", services: householdServices },
  { code: "exit_entry", name: "出入境", nameEn: "Exit and entry", services: exitEntryServices },
  { code: "traffic", name: "交管", nameEn: "Traffic", services: trafficServices },
  { code: "public_order", name: "治安", nameEn: "Public order", services: publicOrderServices },
  { code: "cyber", name: "网安", nameEn: "Cyber security", services: cyberServices },
  { code: "narcotics", name: "禁毒", nameEn: "Narcotics control", services: narcoticsServices },
  { code: "custody", name: "监管", nameEn: "Custody and visits", services: custodyServices },
  { code: "cases", name: "案件", nameEn: "Cases", services: caseServices },
  { code: "general", name: "综合", nameEn: "General", services: generalServices },
];
