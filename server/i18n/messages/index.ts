import type { Locale } from "../config";
import enCommon from "./en/common.json";
import enErrors from "./en/errors.json";
import enAuth from "./en/auth.json";
import zhCommon from "./zh-CN/common.json";
import zhErrors from "./zh-CN/errors.json";
import zhAuth from "./zh-CN/auth.json";
import enShell from "./en/shell.json";
import enHome from "./en/home.json";
import enDashboard from "./en/dashboard.json";
import enAdmin from "./en/admin.json";
import enPreferences from "./en/preferences.json";
import zhShell from "./zh-CN/shell.json";
import zhHome from "./zh-CN/home.json";
import zhDashboard from "./zh-CN/dashboard.json";
import zhAdmin from "./zh-CN/admin.json";
import zhPreferences from "./zh-CN/preferences.json";
import enDevtools from "./en/devtools.json";
import zhDevtools from "./zh-CN/devtools.json";
import enCitizens from "./en/citizens.json";
import zhCitizens from "./zh-CN/citizens.json";
import enOfficers from "./en/officers.json";
import zhOfficers from "./zh-CN/officers.json";
import enAudit from "./en/audit.json";
import zhAudit from "./zh-CN/audit.json";
import enPersonalHome from "./en/personalHome.json";
import zhPersonalHome from "./zh-CN/personalHome.json";
import enLayouts from "./en/layouts.json";
import zhLayouts from "./zh-CN/layouts.json";
import enMe from "./en/me.json";
import zhMe from "./zh-CN/me.json";
import enAccountFlow from "./en/accountFlow.json";
import zhAccountFlow from "./zh-CN/accountFlow.json";
import enRegistration from "./en/registration.json";
import zhRegistration from "./zh-CN/registration.json";
import enPasswordReset from "./en/passwordReset.json";
import zhPasswordReset from "./zh-CN/passwordReset.json";
import enPrivacy from "./en/privacy.json";
import zhPrivacy from "./zh-CN/privacy.json";
import enCatalog from "./en/catalog.json";
import zhCatalog from "./zh-CN/catalog.json";
import enCatalogAdmin from "./en/catalogAdmin.json";
import zhCatalogAdmin from "./zh-CN/catalogAdmin.json";
import enPayments from "./en/payments.json";
import zhPayments from "./zh-CN/payments.json";
import enApplications from "./en/applications.json";
import zhApplications from "./zh-CN/applications.json";
import enVerify from "./en/verify.json";
import enExitEntry from "./en/exitEntry.json";
import zhExitEntry from "./zh-CN/exitEntry.json";
import enJobs from "./en/jobs.json";
import enAppointments from "./en/appointments.json";
import zhAppointments from "./zh-CN/appointments.json";
import zhJobs from "./zh-CN/jobs.json";
import enDesk from "./en/desk.json";
import zhDesk from "./zh-CN/desk.json";
import zhVerify from "./zh-CN/verify.json";
import enApplicationForm from "./en/applicationForm.json";
import zhApplicationForm from "./zh-CN/applicationForm.json";
import enTraffic from "./en/traffic.json";
import zhTraffic from "./zh-CN/traffic.json";
import enPaymentsAdmin from "./en/paymentsAdmin.json";
import zhPaymentsAdmin from "./zh-CN/paymentsAdmin.json";
import enAccessLog from "./en/accessLog.json";
import zhAccessLog from "./zh-CN/accessLog.json";
import enOrgAdmin from "./en/orgAdmin.json";
import zhOrgAdmin from "./zh-CN/orgAdmin.json";
import enSupervision from "./en/supervision.json";
import zhSupervision from "./zh-CN/supervision.json";
import enMetrics from "./en/metrics.json";
import zhMetrics from "./zh-CN/metrics.json";
import enSmsTemplates from "./en/smsTemplates.json";
import zhSmsTemplates from "./zh-CN/smsTemplates.json";
import enSlaRules from "./en/slaRules.json";
import zhSlaRules from "./zh-CN/slaRules.json";
import enAccidents from "./en/accidents.json";
import zhAccidents from "./zh-CN/accidents.json";
import enCases from "./en/cases.json";
import zhCases from "./zh-CN/cases.json";
import enServiceConfig from "./en/serviceConfig.json";
import zhServiceConfig from "./zh-CN/serviceConfig.json";
import enOrganisations from "./en/organisations.json";
import zhOrganisations from "./zh-CN/organisations.json";
import enReports from "./en/reports.json";
import enNotices from "./en/notices.json";
import zhReports from "./zh-CN/reports.json";
import zhNotices from "./zh-CN/notices.json";
import enLicences from "./en/licences.json";
import zhLicences from "./zh-CN/licences.json";
import enLostFound from "./en/lostFound.json";
import zhLostFound from "./zh-CN/lostFound.json";
import enQueries from "./en/queries.json";
import zhQueries from "./zh-CN/queries.json";
import enQueriesPublic from "./en/queriesPublic.json";
import zhQueriesPublic from "./zh-CN/queriesPublic.json";
import enRegisters from "./en/registers.json";
import zhRegisters from "./zh-CN/registers.json";

/** One JSON file per namespace and locale; zh-CN is the source of truth for keys. */
const zhCN = {
  common: zhCommon,
  errors: zhErrors,
  auth: zhAuth,
  shell: zhShell,
  home: zhHome,
  dashboard: zhDashboard,
  admin: zhAdmin,
  preferences: zhPreferences,
  devtools: zhDevtools,
  citizens: zhCitizens,
  officers: zhOfficers,
  audit: zhAudit,
  personalHome: zhPersonalHome,
  layouts: zhLayouts,
  me: zhMe,
  accountFlow: zhAccountFlow,
  registration: zhRegistration,
  passwordReset: zhPasswordReset,
  privacy: zhPrivacy,
  catalog: zhCatalog,
  catalogAdmin: zhCatalogAdmin,
  payments: zhPayments,
  applications: zhApplications,
  verify: zhVerify,
  desk: zhDesk,
  applicationForm: zhApplicationForm,
  paymentsAdmin: zhPaymentsAdmin,
  traffic: zhTraffic,
  accessLog: zhAccessLog,
  orgAdmin: zhOrgAdmin,
  supervision: zhSupervision,
  metrics: zhMetrics,
  smsTemplates: zhSmsTemplates,
  slaRules: zhSlaRules,
  accidents: zhAccidents,
  cases: zhCases,
  exitEntry: zhExitEntry,
  jobs: zhJobs,
  appointments: zhAppointments,
  serviceConfig: zhServiceConfig,
  organisations: zhOrganisations,
  reports: zhReports,
  notices: zhNotices,
  licences: zhLicences,
  lostFound: zhLostFound,
  queries: zhQueries,
  queriesPublic: zhQueriesPublic,
  registers: zhRegisters,
};
const en: typeof zhCN = {
  common: enCommon,
  errors: enErrors,
  auth: enAuth,
  shell: enShell,
  home: enHome,
  dashboard: enDashboard,
  admin: enAdmin,
  preferences: enPreferences,
  devtools: enDevtools,
  citizens: enCitizens,
  officers: enOfficers,
  audit: enAudit,
  personalHome: enPersonalHome,
  layouts: enLayouts,
  me: enMe,
  accountFlow: enAccountFlow,
  registration: enRegistration,
  passwordReset: enPasswordReset,
  privacy: enPrivacy,
  catalog: enCatalog,
  catalogAdmin: enCatalogAdmin,
  payments: enPayments,
  applications: enApplications,
  verify: enVerify,
  desk: enDesk,
  applicationForm: enApplicationForm,
  paymentsAdmin: enPaymentsAdmin,
  traffic: enTraffic,
  accessLog: enAccessLog,
  orgAdmin: enOrgAdmin,
  supervision: enSupervision,
  metrics: enMetrics,
  smsTemplates: enSmsTemplates,
  slaRules: enSlaRules,
  accidents: enAccidents,
  cases: enCases,
  exitEntry: enExitEntry,
  jobs: enJobs,
  appointments: enAppointments,
  serviceConfig: enServiceConfig,
  organisations: enOrganisations,
  reports: enReports,
  notices: enNotices,
  licences: enLicences,
  lostFound: enLostFound,
  queries: enQueries,
  queriesPublic: enQueriesPublic,
  registers: enRegisters,
};

export type Messages = typeof zhCN;
export const messages: Record<Locale, Messages> = { "zh-CN": zhCN, en };
