import type { QuerySource } from "./query-source";
import { bailDepositsSource } from "./sources/bail-deposits";
import { borderRecord } from "./sources/border-record";
import { caseFiling } from "./sources/case-filing";
import { caseReceipts } from "./sources/case-receipts";
import { communityOfficer } from "./sources/community-officer";
import { custodyInfo } from "./sources/custody-info";
import { detentionNotices } from "./sources/detention-notices";
import { drugTreatment } from "./sources/drug-treatment";
import { foundItems } from "./sources/found-items";
import { fraudCheck } from "./sources/fraud-check";
import { guardCertificate } from "./sources/guard-certificate";
import { internetFiling } from "./sources/internet-filing";
import { lawyerCase } from "./sources/lawyer-case";
import { nameCount } from "./sources/name-count";
import { officialFiling } from "./sources/official-filing";
import { policeCard } from "./sources/police-card";
import { precursorPermit } from "./sources/precursor-permit";
import { subscriberLinesSource } from "./sources/subscriber-lines";

/**
 * The public, family and case/custody register sources (ZH011, ZA036, JS005 …), kept apart from the own-data
 * sources so each set grows in its own file; query-sources.ts joins them.
 */
export const publicQuerySources: Record<string, QuerySource> = Object.fromEntries(
  [
    foundItems,
    communityOfficer,
    policeCard,
    nameCount,
    guardCertificate,
    internetFiling,
    fraudCheck,
    precursorPermit,
    subscriberLinesSource,
    officialFiling,
    borderRecord,
    caseReceipts,
    caseFiling,
    bailDepositsSource,
    detentionNotices,
    custodyInfo,
    drugTreatment,
    lawyerCase,
  ].map((s) => [s.key, s]),
);
