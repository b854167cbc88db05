import type { Db } from "@/db/client";
import { appointmentTemplatesSeeder } from "./appointment-templates";
import { catalogSeeder } from "./catalog/catalog-seeder";
import { noticeConfigsSeeder } from "./catalog/notice-configs-seeder";
import { onlineFormsSeeder } from "./catalog/online-forms-seeder";
import { demoAccidentSeeder } from "./demo-accident";
import { insurersSeeder } from "./insurers";
import { noticesSeeder } from "./notices";
import { demoCaseSeeder } from "./demo-case";
import { demoPostedApplicationSeeder } from "./demo-posted-application";
import { foundationAdditionsSeeder } from "./foundation-additions-seeder";
import { enterprisesSeeder } from "./enterprises";
import { idCardsSeeder } from "./id-cards-seeder";
import { publicQueryRegistersSeeder } from "./public-query-registers-seeder";
import { registersSeeder } from "./registers-seeder";
import { supervisionSeeder } from "./supervision";
import { trafficViolationsSeeder } from "./traffic-violations";

/**
 * Seed data of domains that came after the foundation. Each seeder decides by itself whether its data
 * is already there, and runs in its own transaction after the org tree, register and accounts exist.
 */
export type DomainSeeder = {
  name: string;
  isSeeded: (db: Db) => Promise<boolean>;
  seed: (tx: Db) => Promise<void>;
};

export const domainSeeders: DomainSeeder[] = [
  foundationAdditionsSeeder,
  registersSeeder,
  catalogSeeder,
  onlineFormsSeeder,
  noticeConfigsSeeder,
  trafficViolationsSeeder,
  insurersSeeder,
  demoAccidentSeeder,
  demoCaseSeeder,
  demoPostedApplicationSeeder,
  supervisionSeeder,
  appointmentTemplatesSeeder,
  enterprisesSeeder,
  noticesSeeder,
  idCardsSeeder,
  publicQueryRegistersSeeder,
];
