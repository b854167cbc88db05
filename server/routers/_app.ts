import { createCallerFactory, createTRPCRouter } from "@/server/trpc";
import { accidentsRouter } from "./accidents";
import { accountRouter } from "./account";
import { applicationsRouter } from "./applications";
import { appointmentsRouter } from "./appointments";
import { auditRouter } from "./audit";
import { catalogRouter } from "./catalog";
import { casesRouter } from "./cases";
import { catalogAdminRouter } from "./catalog-admin";
import { citizensRouter } from "./citizens";
import { devtoolsRouter } from "./devtools";
import { documentsRouter } from "./documents";
import { exitEntryRouter } from "./exit-entry";
import { applicationDeskRouter } from "./application-desk";
import { jobsRouter } from "./jobs";
import { layoutsRouter } from "./layouts";
import { licencesRouter } from "./licences";
import { lostFoundRouter } from "./lost-found";
import { registersRouter } from "./registers";
import { meRouter } from "./me";
import { metricsRouter } from "./metrics";
import { noticesRouter } from "./notices";
import { orgRouter } from "./org";
import { orgAdminRouter } from "./org-admin";
import { organisationsRouter } from "./organisations";
import { passwordResetRouter } from "./password-reset";
import { paymentsRouter } from "./payments";
import { paymentsAdminRouter } from "./payments-admin";
import { registrationRouter } from "./registration";
import { queriesRouter } from "./queries";
import { reportsRouter } from "./reports";
import { slaRulesRouter } from "./sla-rules";
import { smsTemplatesRouter } from "./sms-templates";
import { staffRouter } from "./staff";
import { supervisionRouter } from "./supervision";
import { systemRouter } from "./system";
import { trafficRouter } from "./traffic";

export const appRouter = createTRPCRouter({
  system: systemRouter,
  account: accountRouter,
  me: meRouter,
  org: orgRouter,
  orgAdmin: orgAdminRouter,
  devtools: devtoolsRouter,
  citizens: citizensRouter,
  staff: staffRouter,
  audit: auditRouter,
  catalog: catalogRouter,
  catalogAdmin: catalogAdminRouter,
  layouts: layoutsRouter,
  applications: applicationsRouter,
  registration: registrationRouter,
  passwordReset: passwordResetRouter,
  documents: documentsRouter,
  payments: paymentsRouter,
  paymentsAdmin: paymentsAdminRouter,
  applicationDesk: applicationDeskRouter,
  traffic: trafficRouter,
  supervision: supervisionRouter,
  metrics: metricsRouter,
  smsTemplates: smsTemplatesRouter,
  slaRules: slaRulesRouter,
  accidents: accidentsRouter,
  cases: casesRouter,
  exitEntry: exitEntryRouter,
  jobs: jobsRouter,
  appointments: appointmentsRouter,
  organisations: organisationsRouter,
  queries: queriesRouter,
  reports: reportsRouter,
  notices: noticesRouter,
  licences: licencesRouter,
  lostFound: lostFoundRouter,
  registers: registersRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
