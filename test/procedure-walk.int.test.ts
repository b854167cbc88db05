import { randomBytes } from "node:crypto";
import { and, asc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import {
  accidents,
  appointments,
  appointmentSlots,
  appointmentTemplates,
  bailDeposits,
  caseQueryPersons,
  cases,
  lostFoundItems,
  orgUnits,
  payments,
  services,
  trafficViolations,
  users,
  vehicles,
} from "@/db/schema";
import { addDays } from "@/server/dates/add-days";
import { chinaToday } from "@/server/dates/china-today";
import { demoAccount } from "@/server/seed/demo-accounts";
import { demoEnterprise } from "@/server/seed/seed-enterprises";
import { officerRoles } from "@/server/accounts/session-user";
import { demoUserRow, insertTestUser } from "@/server/accounts/test-accounts";
import { verifiedTestCitizen } from "@/server/cases/test-cases";
import { insertTestDocument } from "@/server/exit-entry/test-holders";
import { insertTestApplication } from "@/server/household/test-applications";
import { appRouter } from "@/server/routers/_app";
import { callerAs, callerAsDemo, type Who } from "@/test/caller-as";
import { createTestDb } from "@/test/db";
import { refusal } from "@/test/refusal";

/**
 * Jurisdiction by construction, checked from the outside: every procedure of appRouter is called by
 * someone who must not reach the data it names — an officer of Luoyang holding every officer role for
 * Zhengzhou's rows, another citizen for the demo citizen's — and must be refused or shown nothing of it.
 * A procedure this table does not name fails the walk: a new procedure comes with its refusal case.
 */

type Fixtures = {
  applicationId: string;
  accidentId: string;
  caseId: string;
  queryPersonId: string;
  documentId: string;
  endorsementId: string;
  appointmentId: string;
  templateId: string;
  orderNo: string;
  violationId: string;
  zhengzhouUnitId: number;
  zhengzhouOfficerId: string;
  citizenId: string;
  citizenResidentId: string;
  citizenIdNumber: string;
  plateNumber: string;
  organisationId: string;
  organisationMemberId: string;
  reportId: string;
  noticeId: string;
  objectionId: string;
  foundItemId: string;
  bailDepositId: string;
};

/**
 * Whom a case calls as: the Luoyang officer with every officer role; another verified citizen; or the
 * demo spare citizen, who has a real name (what paying needs) but is a party of the seeded accident.
 */
type Outsider = "luoyangOfficer" | "otherCitizen" | "spareCitizen";

type Case =
  /** Open to anyone by design: says why. */
  | { public: string }
  /** Reaches every citizen of the province by design (citizens belong to no unit): says why. */
  | { provinceWide: string }
  /**
   * Must be refused: FORBIDDEN or NOT_FOUND, or the `code` named when the refusal is the one anybody gets
   * (an unpayable fine answers the same whoever asks), with no personal data in the error.
   */
  | { refuse: Outsider; input?: (f: Fixtures) => unknown; code?: string; because?: string }
  /** A list or a view of the caller's own records: may answer, but nothing of the victim's may be in it. */
  | { showsNothing: Outsider; input?: (f: Fixtures) => unknown; because?: string };

const anyUuid = "00000000-0000-4000-8000-000000000000";

const cases_: Record<string, Case> = {
  "system.health": { public: "liveness probe, no data" },
  "account.me": { showsNothing: "otherCitizen", because: "the caller's own session" },
  "account.requestSignInCode": { public: "sign-in step; answers the same for any phone" },
  "account.startTotpEnrolment": { public: "sign-in step of staff, password-checked" },
  "account.confirmTotpEnrolment": { public: "sign-in step of staff, token-checked" },
  "account.signOutEverywhere": { showsNothing: "otherCitizen", because: "the caller's own sessions" },
  "me.profile": { showsNothing: "otherCitizen" },
  "me.signIns": { showsNothing: "otherCitizen" },
  "me.whoLookedAtMe": { showsNothing: "otherCitizen" },
  "me.requestChangePhoneCodes": { public: "own account only; rate-limited (see me.int.test)" },
  "me.changePhone": { public: "own account only, code-checked (see me.int.test)" },
  "me.changePassword": { public: "own account only, password-checked (see change-password.int.test)" },
  "me.exportData": { showsNothing: "otherCitizen" },
  "org.myUnit": { showsNothing: "luoyangOfficer" },
  "org.summary": { refuse: "luoyangOfficer", because: "admin only" },
  "org.stations": { public: "the station directory is public" },
  "orgAdmin.tree": { refuse: "luoyangOfficer", input: () => ({ cityId: 1 }) },
  "orgAdmin.createStation": { refuse: "luoyangOfficer", input: () => ({}) },
  "orgAdmin.rename": { refuse: "luoyangOfficer", input: (f) => ({ unitId: f.zhengzhouUnitId, name: "x" }) },
  "orgAdmin.move": { refuse: "luoyangOfficer", input: (f) => ({ unitId: f.zhengzhouUnitId, parentId: 1 }) },
  "devtools.smsInbox": {
    refuse: "otherCitizen",
    input: () => ({ phone: demoAccount("citizen").login }),
    because: "only in development",
  },
  "citizens.lookup": {
    showsNothing: "luoyangOfficer",
    input: (f) => ({ idNumber: f.citizenIdNumber }),
    because: "masked, household only of the own station",
  },
  "citizens.unlock": { provinceWide: "any station unlocks a citizen's account after checking them in person" },
  "citizens.verifyAtWindow": { provinceWide: "any window verifies a citizen who shows their ID card" },
  "staff.units": { refuse: "luoyangOfficer" },
  "staff.list": { refuse: "luoyangOfficer", input: () => ({}) },
  "staff.create": { refuse: "luoyangOfficer", input: () => ({}) },
  "staff.setRoles": {
    refuse: "luoyangOfficer",
    input: (f) => ({ userId: f.zhengzhouOfficerId, roles: ["supervisor"] }),
  },
  "staff.setStatus": { refuse: "luoyangOfficer", input: (f) => ({ userId: f.zhengzhouOfficerId, status: "disabled" }) },
  "staff.resetTotp": { refuse: "luoyangOfficer", input: (f) => ({ userId: f.zhengzhouOfficerId }) },
  "audit.list": { refuse: "luoyangOfficer", input: () => ({}) },
  "audit.subjectKey": { refuse: "luoyangOfficer", input: (f) => ({ idNumber: f.citizenIdNumber }) },
  "catalog.home": { public: "the service catalogue" },
  "catalog.toggleFavourite": { public: "the caller's own favourites" },
  "catalog.isFavourite": { public: "the caller's own favourites" },
  "catalog.categories": { public: "the service catalogue" },
  "catalog.search": { public: "the service catalogue" },
  "catalog.guide": { public: "the service catalogue" },
  "catalog.guideOpened": { public: "counts a guide view for the caller" },
  "catalogAdmin.list": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.categories": { refuse: "luoyangOfficer" },
  "catalogAdmin.moveCategory": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.service": { refuse: "luoyangOfficer", input: () => ({ code: "HZ001" }) },
  "catalogAdmin.update": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.setEnabled": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.updateConfig": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.updateQueryConfig": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.updateNoticeConfig": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.queryConfigContext": { refuse: "luoyangOfficer" },
  "catalogAdmin.previewRoute": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.create": { refuse: "luoyangOfficer", input: () => ({}) },
  "catalogAdmin.versions": { refuse: "luoyangOfficer", input: () => ({ code: "HZ001" }) },
  "layouts.findUser": { refuse: "luoyangOfficer", input: () => ({ query: "张" }) },
  "layouts.userLayout": { refuse: "luoyangOfficer", input: (f) => ({ userId: f.citizenId }) },
  "layouts.groupLayout": { refuse: "luoyangOfficer", input: () => ({ groupId: 1 }) },
  "layouts.saveUserLayout": { refuse: "luoyangOfficer", input: (f) => ({ userId: f.citizenId }) },
  "layouts.saveGroupLayout": { refuse: "luoyangOfficer", input: () => ({}) },
  "layouts.groups": { refuse: "luoyangOfficer" },
  "layouts.createGroup": { refuse: "luoyangOfficer", input: () => ({}) },
  "layouts.updateGroup": { refuse: "luoyangOfficer", input: () => ({}) },
  "layouts.services": { refuse: "luoyangOfficer" },
  "layouts.cities": { refuse: "luoyangOfficer" },
  "layouts.previewHome": { refuse: "luoyangOfficer", input: (f) => ({ userId: f.citizenId }) },
  "layouts.previewGroupHome": { refuse: "luoyangOfficer", input: () => ({ groupId: 1 }) },
  "applications.start": { public: "starts the caller's own draft" },
  "applications.mine": { showsNothing: "otherCitizen" },
  "applications.get": { refuse: "otherCitizen", input: (f) => ({ id: f.applicationId }) },
  "applications.saveDraft": { refuse: "otherCitizen", input: (f) => ({ id: f.applicationId, formData: {} }) },
  "applications.removeMaterial": {
    refuse: "otherCitizen",
    input: (f) => ({ id: f.applicationId, materialId: anyUuid }),
  },
  "applications.setDelivery": {
    refuse: "otherCitizen",
    input: (f) => ({ id: f.applicationId, delivery: { method: "window" } }),
  },
  "applications.submit": { refuse: "otherCitizen", input: (f) => ({ id: f.applicationId, expectedVersion: 1 }) },
  "applications.resubmit": { refuse: "otherCitizen", input: (f) => ({ id: f.applicationId, expectedVersion: 1 }) },
  "applications.withdraw": { refuse: "otherCitizen", input: (f) => ({ id: f.applicationId, expectedVersion: 1 }) },
  "applications.deleteDraft": { refuse: "otherCitizen", input: (f) => ({ id: f.applicationId }) },
  "registration.requestCode": { public: "registration of a new account" },
  "registration.checkCode": { public: "registration of a new account" },
  "registration.register": { public: "registration of a new account" },
  "registration.alertIdHolder": { public: "registration of a new account" },
  "registration.status": { showsNothing: "otherCitizen" },
  "passwordReset.requestCode": { public: "password reset, code-checked" },
  "passwordReset.checkCode": { public: "password reset, code-checked" },
  "passwordReset.reset": { public: "password reset, code-checked" },
  "documents.verify": { public: "anyone holding a document's code may verify it" },
  "payments.status": { refuse: "otherCitizen", input: (f) => ({ orderNo: f.orderNo }) },
  "payments.cancel": { refuse: "otherCitizen", input: (f) => ({ orderNo: f.orderNo }) },
  "paymentsAdmin.list": { refuse: "luoyangOfficer", input: () => ({}) },
  "paymentsAdmin.reconciliation": { refuse: "luoyangOfficer", input: () => ({}) },
  "applicationDesk.queue": { showsNothing: "luoyangOfficer", input: () => ({ state: "station_review" }) },
  "applicationDesk.services": { showsNothing: "luoyangOfficer" },
  "applicationDesk.get": { refuse: "luoyangOfficer", input: (f) => ({ id: f.applicationId }) },
  "applicationDesk.assign": { refuse: "luoyangOfficer", input: (f) => ({ id: f.applicationId, expectedVersion: 1 }) },
  "applicationDesk.release": { refuse: "luoyangOfficer", input: (f) => ({ id: f.applicationId, expectedVersion: 1 }) },
  "applicationDesk.requestSupplement": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1, fields: [], materials: ["id-card"], comment: "走查" }),
  },
  "applicationDesk.forward": { refuse: "luoyangOfficer", input: (f) => ({ id: f.applicationId, expectedVersion: 1 }) },
  "applicationDesk.stationApprove": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1 }),
  },
  "applicationDesk.reject": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1, reason: "走查" }),
  },
  "applicationDesk.approve": { refuse: "luoyangOfficer", input: (f) => ({ id: f.applicationId, expectedVersion: 1 }) },
  "applicationDesk.overrule": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1, reason: "走查" }),
  },
  "applicationDesk.sendBack": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1, comment: "走查" }),
  },
  "applicationDesk.findAtWindow": { showsNothing: "luoyangOfficer", input: (f) => ({ idNumber: f.citizenIdNumber }) },
  "applicationDesk.complete": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1, checks: [] }),
  },
  "applicationDesk.void": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1, reason: "走查", mismatched: [] }),
  },
  "applicationDesk.post": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.applicationId, expectedVersion: 1, carrier: "ems", trackingNumber: "EA123456789CN" }),
  },
  "traffic.violationCodes": { public: "the national code table" },
  "traffic.myViolations": { showsNothing: "otherCitizen" },
  "traffic.lookup": { public: "plate, type and VIN tail together are the key (see traffic.int.test)" },
  "traffic.pay": {
    refuse: "spareCitizen",
    input: (f) => ({ violationIds: [f.violationId] }),
    code: "CONFLICT",
    because: "another's fine answers as an unpayable one, telling nothing of it",
  },
  "traffic.receipts": { showsNothing: "otherCitizen" },
  "traffic.recordViolation": {
    refuse: "luoyangOfficer",
    input: (f) => ({
      plateNumber: f.plateNumber,
      plateType: "02",
      occurredAt: "2026-01-05T08:00",
      place: "走查路口",
      actCode: "1039",
      fineYuan: "200",
      points: 0,
    }),
  },
  "traffic.recentRecorded": { showsNothing: "luoyangOfficer" },
  "supervision.home": { showsNothing: "luoyangOfficer" },
  "supervision.reassign": {
    refuse: "luoyangOfficer",
    input: (f) => ({ applicationId: f.applicationId, officerId: f.zhengzhouOfficerId }),
  },
  "supervision.escalate": {
    refuse: "luoyangOfficer",
    input: (f) => ({ applicationId: f.applicationId, comment: "走查" }),
  },
  "metrics.overview": {
    refuse: "luoyangOfficer",
    input: (f) => ({ unitId: f.zhengzhouUnitId, from: "2026-01-01", to: "2026-01-31" }),
  },
  "smsTemplates.list": { refuse: "luoyangOfficer" },
  "smsTemplates.save": { refuse: "luoyangOfficer", input: () => ({}) },
  "smsTemplates.reset": { refuse: "luoyangOfficer", input: () => ({}) },
  "slaRules.list": { refuse: "luoyangOfficer" },
  "slaRules.set": { refuse: "luoyangOfficer", input: () => ({}) },
  "accidents.choices": { public: "the form's choices for the caller" },
  "accidents.create": { public: "reports the caller's own accident" },
  "accidents.join": { public: "joins by the code the other party hands over (see accidents.int.test)" },
  "accidents.mine": { showsNothing: "otherCitizen" },
  "accidents.get": { refuse: "otherCitizen", input: (f) => ({ id: f.accidentId }) },
  "accidents.version": { refuse: "otherCitizen", input: (f) => ({ id: f.accidentId }) },
  "accidents.claimLiability": {
    refuse: "otherCitizen",
    input: (f) => ({ id: f.accidentId, liability: "none", statement: "走查" }),
  },
  "accidents.requestSignCode": { refuse: "otherCitizen", input: (f) => ({ id: f.accidentId }) },
  "accidents.sign": { refuse: "otherCitizen", input: (f) => ({ id: f.accidentId, code: "123456" }) },
  "accidents.askDetermination": { refuse: "otherCitizen", input: (f) => ({ id: f.accidentId, statement: "走查" }) },
  "accidents.queue": { showsNothing: "luoyangOfficer" },
  "accidents.forOfficer": { refuse: "luoyangOfficer", input: (f) => ({ id: f.accidentId }) },
  "accidents.decide": {
    refuse: "luoyangOfficer",
    input: (f) => ({
      id: f.accidentId,
      liabilities: [
        { partyId: anyUuid, liability: "full" },
        { partyId: anyUuid.replace(/0$/, "1"), liability: "none" },
      ],
      rule: "走查",
      note: "走查",
    }),
  },
  "accidents.requestRetake": {
    refuse: "luoyangOfficer",
    input: (f) => ({ id: f.accidentId, slot: "overview", note: "走查" }),
  },
  "accidents.claims": {
    refuse: "luoyangOfficer",
    because: "insurers only; one company's claims against another's: accidents.int.test",
  },
  "accidents.claim": { refuse: "luoyangOfficer", input: () => ({ partyId: anyUuid }) },
  "accidents.assess": { refuse: "luoyangOfficer", input: () => ({ partyId: anyUuid, amountYuan: 1 }) },
  "accidents.pay": { refuse: "luoyangOfficer", input: () => ({ partyId: anyUuid, amountYuan: 1 }) },
  "cases.formOptions": { showsNothing: "luoyangOfficer" },
  "cases.list": { showsNothing: "luoyangOfficer" },
  "cases.get": { refuse: "luoyangOfficer", input: (f) => ({ id: f.caseId }) },
  "cases.register": {
    refuse: "luoyangOfficer",
    input: (f) => ({
      caseNumber: "郑公走查字〔2026〕1号",
      type: "administrative",
      title: "走查",
      handlingUnitId: f.zhengzhouUnitId,
      officerInChargeId: f.zhengzhouOfficerId,
    }),
  },
  "cases.addPerson": {
    refuse: "luoyangOfficer",
    input: (f) => ({
      caseId: f.caseId,
      idNumber: f.citizenIdNumber,
      phone: demoAccount("citizen").login,
      relation: "party",
    }),
  },
  "cases.reissueNumber": { refuse: "luoyangOfficer", input: (f) => ({ personId: f.queryPersonId }) },
  "cases.revokePerson": { refuse: "luoyangOfficer", input: (f) => ({ personId: f.queryPersonId }) },
  "cases.addNode": {
    refuse: "luoyangOfficer",
    input: (f) => ({ caseId: f.caseId, kind: "other", occurredOn: "2026-01-05", remark: "走查" }),
  },
  "cases.requestQueryCode": { public: "query number, ID number and phone together are the key (see cases.int.test)" },
  "cases.query": { public: "query number, ID number, phone and code together are the key (see cases.int.test)" },
  "exitEntry.findHolder": { refuse: "luoyangOfficer", input: (f) => ({ idNumber: f.citizenIdNumber }) },
  "exitEntry.recordDocument": {
    refuse: "luoyangOfficer",
    input: (f) => ({
      residentId: f.citizenResidentId,
      type: "passport",
      documentNumber: "E12345678",
      issueDate: "2025-01-01",
      expiryDate: "2035-01-01",
      issuingAuthority: "走查",
    }),
  },
  "exitEntry.updateDocument": {
    refuse: "luoyangOfficer",
    input: (f) => ({ documentId: f.documentId, status: "lost" }),
  },
  "exitEntry.applyEndorsement": {
    refuse: "otherCitizen",
    input: (f) => ({ documentId: f.documentId, destination: "macau", trips: "one" }),
  },
  "exitEntry.myEndorsements": { showsNothing: "otherCitizen" },
  "exitEntry.withdrawEndorsement": {
    refuse: "otherCitizen",
    input: (f) => ({ applicationId: f.endorsementId, version: 1 }),
  },
  "exitEntry.endorsementQueue": { showsNothing: "luoyangOfficer" },
  "exitEntry.endorsementsToCollect": { showsNothing: "luoyangOfficer" },
  "exitEntry.findEndorsements": { showsNothing: "luoyangOfficer", input: (f) => ({ idNumber: f.citizenIdNumber }) },
  "exitEntry.actOnEndorsement": {
    refuse: "luoyangOfficer",
    input: (f) => ({ applicationId: f.endorsementId, version: 1, action: "receive_fee" }),
  },
  "jobs.runs": { refuse: "luoyangOfficer" },
  "jobs.runNow": { refuse: "luoyangOfficer", input: () => ({ functionId: "dispatch-sms" }) },
  "appointments.units": { public: "the units offering a service" },
  "appointments.slots": { public: "a unit's free slots" },
  "appointments.mine": { showsNothing: "otherCitizen" },
  "appointments.book": { public: "books for the caller" },
  "appointments.cancel": { refuse: "otherCitizen", input: (f) => ({ appointmentId: f.appointmentId }) },
  "appointments.reschedule": {
    refuse: "otherCitizen",
    input: (f) => ({ appointmentId: f.appointmentId, templateId: f.templateId, startsAt: "2030-01-07T09:00:00+08:00" }),
  },
  "appointments.schedule": { showsNothing: "luoyangOfficer" },
  "appointments.createTemplate": { public: "creates a template at the officer's own unit" },
  "appointments.setTemplateActive": {
    refuse: "luoyangOfficer",
    input: (f) => ({ templateId: f.templateId, active: false }),
  },
  "appointments.addClosure": { public: "closes a day at the officer's own unit" },
  "appointments.dayBookings": { showsNothing: "luoyangOfficer", input: () => ({ day: "2030-01-07" }) },
  "appointments.recordAttendance": {
    refuse: "luoyangOfficer",
    input: (f) => ({ appointmentId: f.appointmentId, outcome: "no_show" }),
  },
  "organisations.mine": { showsNothing: "otherCitizen" },
  "organisations.bind": {
    refuse: "spareCitizen",
    input: () => ({ uscc: demoEnterprise.uscc, name: demoEnterprise.name }),
    because: "only the legal representative the register names binds a company",
  },
  "organisations.authorise": {
    refuse: "otherCitizen",
    input: (f) => ({ organisationId: f.organisationId, name: "走查", idNumber: f.citizenIdNumber }),
  },
  "organisations.revoke": {
    refuse: "otherCitizen",
    input: (f) => ({ organisationId: f.organisationId, memberId: f.organisationMemberId }),
  },
  "organisations.applications": { refuse: "otherCitizen", input: (f) => ({ organisationId: f.organisationId }) },
  "queries.form": { public: "a query service's form, as published in its guide" },
  "queries.run": {
    showsNothing: "spareCitizen",
    input: () => ({ code: "ZH020", input: {} }),
    because: "own-data sources read only the caller's registers (see queries.int.test)",
  },
  "queries.sendConfirmCode": { public: "texts the caller's own phone only, rate-limited (see queries.int.test)" },
  "queries.confirm": { public: "checks a code sent to the caller's own phone (see queries.int.test)" },
  "reports.form": { public: "a report service's form, as published in its guide" },
  "reports.submit": { public: "files a report of the caller's own" },
  "reports.mine": { showsNothing: "otherCitizen" },
  "reports.get": { refuse: "otherCitizen", input: (f) => ({ id: f.reportId }) },
  "reports.followUp": { refuse: "otherCitizen", input: (f) => ({ id: f.reportId, body: "走查" }) },
  "reports.getByToken": { public: "the follow-up token shown once to the reporter is the key (see reports.int.test)" },
  "reports.followUpByToken": { public: "the follow-up token shown once to the reporter is the key" },
  "reports.queue": { showsNothing: "luoyangOfficer", input: () => ({ view: "open" }) },
  "reports.detail": { refuse: "luoyangOfficer", input: (f) => ({ id: f.reportId }) },
  "reports.revealReporter": { refuse: "luoyangOfficer", input: (f) => ({ id: f.reportId }) },
  "reports.accept": { refuse: "luoyangOfficer", input: (f) => ({ id: f.reportId }) },
  "reports.reply": { refuse: "luoyangOfficer", input: (f) => ({ id: f.reportId, body: "走查" }) },
  "reports.close": { refuse: "luoyangOfficer", input: (f) => ({ id: f.reportId, result: "走查" }) },
  "notices.board": { public: "the notice boards are public by law; drafts and other states never appear" },
  "notices.get": { public: "one notice inside or after its period, as the public board shows it" },
  "notices.cities": { public: "the city names of the board filter" },
  "notices.services": { public: "the catalogue's notice services" },
  "notices.object": { public: "raises an objection of the caller's own (notices.int.test covers the rules)" },
  "notices.myObjections": { showsNothing: "otherCitizen" },
  "notices.desk": { showsNothing: "luoyangOfficer", input: () => ({ view: "pending" }) },
  "notices.objectionQueue": { showsNothing: "luoyangOfficer", input: () => ({ view: "open" }) },
  "notices.draftBoards": { refuse: "luoyangOfficer", input: (f) => ({ noticeId: f.noticeId }) },
  "notices.detail": { refuse: "luoyangOfficer", input: (f) => ({ id: f.noticeId }) },
  "notices.saveDraft": {
    refuse: "luoyangOfficer",
    input: (f) => ({
      id: f.noticeId,
      serviceCode: "HZ047",
      title: "走查",
      body: "走查",
      firstDay: "2030-01-01",
      lastDay: "2030-01-02",
    }),
  },
  "notices.submit": { refuse: "luoyangOfficer", input: (f) => ({ id: f.noticeId }) },
  "notices.return": { refuse: "luoyangOfficer", input: (f) => ({ id: f.noticeId, reason: "走查" }) },
  "notices.approve": { refuse: "luoyangOfficer", input: (f) => ({ id: f.noticeId }) },
  "notices.withdraw": { refuse: "luoyangOfficer", input: (f) => ({ id: f.noticeId, reason: "走查" }) },
  "notices.archive": { refuse: "luoyangOfficer", input: (f) => ({ id: f.noticeId }) },
  "notices.answerObjection": { refuse: "luoyangOfficer", input: (f) => ({ id: f.objectionId, answer: "走查" }) },
  "licences.mine": { showsNothing: "otherCitizen", because: "the caller's own licences" },
  "licences.issueShowCode": { refuse: "luoyangOfficer", because: "citizens only, a code for their own licences" },
  "licences.verifyShowCode": { public: "anyone shown a licence screen checks its code; rate-limited, audited" },
  "licences.checkTravelDocument": { public: "anyone holding a number and name checks the document's status" },
  "lostFound.deskList": { showsNothing: "luoyangOfficer", input: () => ({}) },
  "lostFound.record": {
    showsNothing: "luoyangOfficer",
    input: () => ({
      category: "keys",
      description: "走查钥匙",
      identifyingMarks: "走查特征",
      foundPlace: "走查地点",
      foundOn: "2026-01-05",
    }),
    because: "recorded as kept by the officer's own unit; touches nobody's data",
  },
  "lostFound.returnItem": {
    refuse: "luoyangOfficer",
    input: (f) => ({ itemId: f.foundItemId, claimantName: "走查", claimantIdNumber: f.citizenIdNumber }),
  },
  "registers.overview": { showsNothing: "luoyangOfficer", because: "the registers of the caller's own subtree" },
  "registers.list": { showsNothing: "luoyangOfficer", input: () => ({ register: "bail_deposits" }) },
  "registers.personKey": {
    showsNothing: "luoyangOfficer",
    input: (f) => ({ idNumber: f.citizenIdNumber }),
    because: "a keyed hash of the number typed; reads no record",
  },
  "registers.get": { refuse: "luoyangOfficer", input: (f) => ({ register: "bail_deposits", id: f.bailDepositId }) },
  "registers.create": {
    refuse: "luoyangOfficer",
    input: (f) => ({
      register: "bail_deposits",
      orgUnitId: f.zhengzhouUnitId,
      receiptNumber: "BZJ4101052026009999",
      ...walkDeposit(f),
    }),
    because: "a keeping unit outside the caller's subtree",
  },
  "registers.update": {
    refuse: "luoyangOfficer",
    input: (f) => ({ register: "bail_deposits", id: f.bailDepositId, ...walkDeposit(f) }),
  },
  "registers.setStatus": {
    refuse: "luoyangOfficer",
    input: (f) => ({ register: "bail_deposits", id: f.bailDepositId, status: "refunded" }),
  },
};

/** A bail deposit in the victim's name, as the desk's edit form would send it. */
function walkDeposit(f: Fixtures) {
  return {
    depositorName: "走查",
    depositorId: f.citizenIdNumber,
    amount: "10000",
    paidOn: "2026-01-05",
    bailFrom: "2026-01-05",
    bank: "走查银行专户",
  };
}

let h: Awaited<ReturnType<typeof createTestDb>>;
let db: Db;
let f: Fixtures;
let outsiders: Record<Outsider, Who>;
/** What must never reach an outsider: the victim citizen's personal data and the rows' ids. */
let secrets: string[];

beforeAll(async () => {
  h = await createTestDb();
  db = h.db;
  const citizen = await demoUserRow(db, "citizen");
  const [zhengzhou] = await db.select().from(orgUnits).where(eq(orgUnits.code, "41010501"));
  const zhengzhouOfficer = await demoUserRow(db, "stationOfficer");
  const application = await insertTestApplication(db, { state: "station_review" });
  const [accident] = await db.select({ id: accidents.id }).from(accidents).orderBy(asc(accidents.createdAt)).limit(1);
  const [theCase] = await db.select({ id: cases.id }).from(cases).limit(1);
  const [person] = await db
    .select({ id: caseQueryPersons.id })
    .from(caseQueryPersons)
    .where(eq(caseQueryPersons.caseId, theCase!.id))
    .limit(1);
  const [violation] = await db.select({ id: trafficViolations.id }).from(trafficViolations).limit(1);
  const [car] = await db
    .select({ plateNumber: vehicles.plateNumber })
    .from(vehicles)
    .where(like(vehicles.plateNumber, "豫A%"))
    .limit(1);
  const permit = await insertTestDocument(db, {
    residentId: citizen.residentId!,
    expiryDate: "2035-01-01",
    type: "hk_macau_permit",
  });
  const citizenCaller = await callerAsDemo(db, "citizen");
  const endorsement = await citizenCaller.exitEntry.applyEndorsement({
    documentId: permit.id,
    destination: "macau",
    trips: "one",
  });
  const bound = await citizenCaller.organisations.bind({ uscc: demoEnterprise.uscc, name: demoEnterprise.name });
  const [membership] = await citizenCaller.organisations.mine();
  const report = await citizenCaller.reports.submit({
    serviceCode: "ZA040",
    answers: {
      happenedOn: "2026-01-05",
      place: zhengzhou!.id,
      location: "花园路走查地点",
      kind: "gambling",
      facts: "走查举报内容",
    },
    anonymous: false,
  });
  const officerCaller = await callerAsDemo(db, "stationOfficer");
  const notice = await officerCaller.notices.saveDraft({
    serviceCode: "HZ047",
    title: "走查公告",
    body: "走查公告正文",
    firstDay: chinaToday(),
    lastDay: addDays(chinaToday(), 3),
  });
  await officerCaller.notices.submit({ id: notice.id });
  await (await callerAsDemo(db, "stationSupervisor")).notices.approve({ id: notice.id });
  const objection = await citizenCaller.notices.object({
    noticeId: notice.id,
    contactPhone: demoAccount("citizen").login,
    body: "走查异议",
  });
  const [foundItem] = await db
    .select({ id: lostFoundItems.id })
    .from(lostFoundItems)
    .where(and(eq(lostFoundItems.orgUnitId, zhengzhou!.id), eq(lostFoundItems.status, "held")))
    .limit(1);
  const [deposit] = await db
    .select({ id: bailDeposits.id })
    .from(bailDeposits)
    .where(eq(bailDeposits.handlingUnitId, zhengzhou!.id))
    .limit(1);
  const [template] = await db
    .select({ id: appointmentTemplates.id, orgUnitId: appointmentTemplates.orgUnitId })
    .from(appointmentTemplates)
    .innerJoin(orgUnits, eq(orgUnits.id, appointmentTemplates.orgUnitId))
    .where(like(orgUnits.code, "4101%"))
    .limit(1);
  const [service] = await db.select({ id: services.id }).from(services).where(eq(services.code, "HZ001"));
  const [slot] = await db
    .insert(appointmentSlots)
    .values({
      templateId: template!.id,
      orgUnitId: template!.orgUnitId,
      startsAt: new Date("2030-01-07T01:00:00Z"),
      capacity: 5,
      booked: 1,
    })
    .returning();
  const [appointment] = await db
    .insert(appointments)
    .values({ userId: citizen.id, serviceId: service!.id, slotId: slot!.id, startsAt: slot!.startsAt })
    .returning();
  const orderNo = `WALK${randomBytes(8).toString("hex")}`;
  await db.insert(payments).values({
    orderNo,
    purpose: "application_fee",
    subjectType: "application",
    subjectId: application.id,
    payerId: citizen.id,
    amountFen: 2000,
    description: "走查",
    provider: "sandbox",
    idempotencyKey: orderNo,
    returnPath: "/me",
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const luoyang = await insertTestUser(db, {
    roles: [...officerRoles],
    name: "洛阳走查民警",
    password: "Walk@2026x",
    orgUnitCode: "410300",
  });

  f = {
    applicationId: application.id,
    accidentId: accident!.id,
    caseId: theCase!.id,
    queryPersonId: person!.id,
    documentId: permit.id,
    endorsementId: endorsement.id,
    appointmentId: appointment!.id,
    templateId: template!.id,
    orderNo,
    violationId: violation!.id,
    zhengzhouUnitId: zhengzhou!.id,
    zhengzhouOfficerId: zhengzhouOfficer.id,
    citizenId: citizen.id,
    citizenResidentId: citizen.residentId!,
    citizenIdNumber: demoAccount("citizen").idNumber!,
    plateNumber: car!.plateNumber,
    organisationId: bound.organisationId,
    organisationMemberId: membership!.memberId,
    reportId: report.id,
    noticeId: notice.id,
    objectionId: objection.id,
    foundItemId: foundItem!.id,
    bailDepositId: deposit!.id,
  };
  // A citizen of their own, verified, with nothing of theirs in any row the walk names.
  outsiders = {
    luoyangOfficer: luoyang,
    otherCitizen: await verifiedTestCitizen(db),
    spareCitizen: await demoUserRow(db, "spareCitizen"),
  };
  const [victim] = await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.id, citizen.id)));
  secrets = [
    victim!.name,
    f.citizenIdNumber,
    demoAccount("citizen").login,
    f.applicationId,
    f.endorsementId,
    f.appointmentId,
    f.orderNo,
    f.organisationId,
    f.reportId,
    f.objectionId,
  ];
});
afterAll(async () => h?.close());

function procedureAt(caller: unknown, path: string): (input?: unknown) => Promise<unknown> {
  let at = caller as Record<string, unknown>;
  for (const key of path.split(".")) at = at[key] as Record<string, unknown>;
  return at as unknown as (input?: unknown) => Promise<unknown>;
}

const procedures = Object.keys(appRouter._def.procedures).sort();

describe("every procedure of appRouter", () => {
  it("has a refusal case in this table, and the table names no procedure that is gone", () => {
    const missing = procedures.filter((p) => !(p in cases_));
    const stale = Object.keys(cases_).filter((p) => !procedures.includes(p));
    expect(
      missing,
      `procedures with no refusal case in test/procedure-walk.int.test.ts: add one for ${missing.join(", ")}`,
    ).toEqual([]);
    expect(stale, "table entries for procedures that no longer exist").toEqual([]);
  });

  const walked = procedures.filter((p) => p in cases_ && ("refuse" in cases_[p]! || "showsNothing" in cases_[p]!));
  it.each(walked)("%s keeps the victim's data from an outsider", async (path) => {
    const c = cases_[path]!;
    if (!("refuse" in c || "showsNothing" in c)) return;
    const who = "refuse" in c ? c.refuse : c.showsNothing;
    const call = procedureAt(callerAs(db, outsiders[who], { ip: "198.51.100.77" }), path);
    const input = c.input?.(f);
    if ("refuse" in c) {
      const refused = await refusal(call(input));
      const expected = c.code ? [c.code] : ["FORBIDDEN", "NOT_FOUND"];
      expect(expected, `${path} refused with ${refused.code}/${refused.domainCode}`).toContain(refused.code);
      // Refused for want of a real name says nothing about whose data it is: the case needs another outsider.
      expect(refused.domainCode, path).not.toBe("REAL_NAME_REQUIRED");
      for (const secret of secrets) expect(refused.message).not.toContain(secret);
      return;
    }
    const answer = await call(input).catch((error: unknown) => ({ refused: String(error) }));
    const shown = JSON.stringify(answer) ?? "";
    for (const secret of secrets) expect(shown, `${path} shows ${secret} to ${who}`).not.toContain(secret);
  });
});
