import "server-only";
import { publicQuerySources } from "./public-query-sources";
import type { QuerySource, QuerySourceMeta } from "./query-source";
import { accidentDocuments } from "./sources/accident-documents";
import { accidentProgress } from "./sources/accident-progress";
import { applicationProgress } from "./sources/application-progress";
import { borderCrossingRecords } from "./sources/border-crossing-records";
import { drivingExamResultsSource } from "./sources/driving-exam-results";
import { householdRecord } from "./sources/household-record";
import { inspectionDue } from "./sources/inspection-due";
import { licencePoints } from "./sources/licence-points";
import { licenceStatus } from "./sources/licence-status";
import { myVehicles } from "./sources/my-vehicles";
import { postalDeliveries } from "./sources/postal-deliveries";
import { trafficSeizuresSource } from "./sources/traffic-seizures";
import { whoLooked } from "./sources/who-looked";

const ownSources = [
  applicationProgress,
  postalDeliveries,
  whoLooked,
  householdRecord,
  myVehicles,
  inspectionDue,
  licencePoints,
  licenceStatus,
  accidentProgress,
  accidentDocuments,
  borderCrossingRecords,
  drivingExamResultsSource,
  trafficSeizuresSource,
];

/**
 * Every register source by key. A query configuration naming a key without a source here is refused on save
 * (validateQueryConfig), and the page of a service whose source has gone says it is being reconfigured.
 */
export const querySources: Readonly<Record<string, QuerySource>> = {
  ...publicQuerySources,
  ...Object.fromEntries(ownSources.map((s) => [s.key, s])),
};

/** What the validation and the admin editor need of each source, without its code. */
export function querySourceMetas(): Map<string, QuerySourceMeta> {
  return new Map(
    Object.values(querySources).map(({ key, register, access, sensitive, fields, nextSteps }) => [
      key,
      { key, register, access, sensitive, fields, nextSteps },
    ]),
  );
}
