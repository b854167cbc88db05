import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { uniqueViolation } from "@/db/unique-violation";
import {
  type EndorsementApplication,
  endorsementApplications,
  endorsementEvents,
  households,
  orgUnits,
  residents,
  travelDocuments,
  users,
} from "@/db/schema";
import { auditTrailOf, type UserActor } from "@/server/accounts/actor";
import { type AuditActor, recordAudit, recordAuditPerSubject } from "@/server/audit/record-audit";
import { maskDocumentNumber, maskName } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { chinaToday } from "@/server/dates/china-today";
import { DomainError } from "@/server/errors";
import { nextApplicationNumber } from "@/server/numbering/next-application-number";
import { type CounterQuery, readCounterQuery } from "@/server/applications/read-counter-query";
import { kickSmsDispatch } from "@/server/notify/kick-sms-dispatch";
import { queueSms } from "@/server/notify/queue-sms";
import type { SmsTemplate } from "@/server/notify/templates";
import type { Jurisdiction } from "@/server/orgs/jurisdiction";
import { withinScope } from "@/server/orgs/scope";
import {
  type EndorsementAction,
  endorsementFeeFen,
  nextEndorsementState,
  openEndorsementStates,
} from "./endorsement-transitions";
import { loadEndorsementForActor } from "./load-endorsement-for-actor";

const smsFor: Partial<Record<EndorsementApplication["state"], SmsTemplate>> = {
  submitted: "endorsement_submitted",
  endorsed: "endorsement_endorsed",
  rejected: "endorsement_rejected",
};

async function notify(tx: Tx, app: EndorsementApplication) {
  const template = smsFor[app.state];
  if (!template) return;
  const [row] = await tx
    .select({ phoneEnc: users.phoneEnc, unit: orgUnits.name })
    .from(users)
    .innerJoin(orgUnits, eq(orgUnits.id, app.orgUnitId))
    .where(eq(users.id, app.applicantId));
  if (!row?.phoneEnc) return;
  const params: Record<string, string> = { number: app.number };
  if (template !== "endorsement_rejected") params.unit = row.unit;
  await queueSms(tx, {
    idempotencyKey: `endorsement:${app.id}:v${app.version}:${template}`,
    phone: decryptPii(row.phoneEnc),
    template,
    params,
  });
}

/** The open application on a permit, if any: the number a duplicate is told about. */
async function openEndorsementNumber(db: Db | Tx, documentId: string): Promise<string | undefined> {
  const [open] = await db
    .select({ number: endorsementApplications.number })
    .from(endorsementApplications)
    .where(
      and(
        eq(endorsementApplications.documentId, documentId),
        inArray(endorsementApplications.state, openEndorsementStates),
      ),
    );
  return open?.number;
}

/**
 * A registered holder applies for a Hong Kong/Macau travel endorsement on their valid permit. It goes to the
 * exit-entry window of the county that keeps their household; the SMS tells them to pay and hand in the
 * permit there (neither is online yet). One open application per permit: checked first, and guaranteed by
 * the partial unique index when two arrive at once — the slower one is told the faster one's number.
 */
export async function applyForEndorsement(
  db: Db,
  p: {
    userId: string;
    documentId: string;
    destination: "hong_kong" | "macau" | "both";
    trips: "one" | "two";
    now?: Date;
  },
): Promise<{ id: string; number: string }> {
  try {
    return await insertEndorsement(db, p);
  } catch (error) {
    if (uniqueViolation(error) !== "endorsement_applications_one_open_per_document") throw error;
    throw new DomainError("DUPLICATE_APPLICATION", { number: (await openEndorsementNumber(db, p.documentId)) ?? "" });
  }
}

async function insertEndorsement(
  db: Db,
  p: {
    userId: string;
    documentId: string;
    destination: "hong_kong" | "macau" | "both";
    trips: "one" | "two";
    now?: Date;
  },
): Promise<{ id: string; number: string }> {
  const now = p.now ?? new Date();
  const created = await db.transaction(async (tx) => {
    const [holder] = await tx
      .select({ user: users, doc: travelDocuments, unitPath: orgUnits.path })
      .from(users)
      .innerJoin(residents, eq(residents.id, users.residentId))
      .innerJoin(households, eq(households.id, residents.householdId))
      .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
      .innerJoin(
        travelDocuments,
        and(eq(travelDocuments.residentId, residents.id), eq(travelDocuments.id, p.documentId)),
      )
      .where(eq(users.id, p.userId));
    if (!holder) throw new DomainError("NOT_FOUND");
    if (holder.user.verification !== "verified") throw new DomainError("REAL_NAME_REQUIRED");
    if (
      holder.doc.type !== "hk_macau_permit" ||
      holder.doc.status !== "valid" ||
      holder.doc.expiryDate < chinaToday(now)
    ) {
      throw new DomainError("BAD_INPUT", {}, { documentId: "exitEntry.permitNotValid" });
    }
    const countyCode = holder.unitPath.split("/")[3];
    const [county] = await tx
      .select({ id: orgUnits.id })
      .from(orgUnits)
      .where(eq(orgUnits.code, countyCode ?? ""));
    if (!county) throw new Error("applyForEndorsement: the household has no county bureau");
    const open = await openEndorsementNumber(tx, holder.doc.id);
    if (open) throw new DomainError("DUPLICATE_APPLICATION", { number: open });

    const [app] = await tx
      .insert(endorsementApplications)
      .values({
        number: await nextApplicationNumber(tx, now),
        applicantId: p.userId,
        documentId: holder.doc.id,
        orgUnitId: county.id,
        destination: p.destination,
        trips: p.trips,
        feeFen: endorsementFeeFen(p),
      })
      .returning();
    if (!app) throw new Error("applyForEndorsement: insert returned nothing");
    await tx
      .insert(endorsementEvents)
      .values({ applicationId: app.id, action: "submit", toState: "submitted", actorId: p.userId });
    await notify(tx, app);
    return app;
  });
  await kickSmsDispatch();
  return { id: created.id, number: created.number };
}

/**
 * Moves an application by one action of the state machine, in one transaction: the state and version
 * (a stale version is refused), the timeline event, the applicant's SMS where the step is news to them,
 * and for officers the audit entry. Officers act only on applications of their jurisdiction; the
 * applicant only withdraws their own.
 */
export async function actOnEndorsement(
  db: Db,
  p: {
    applicationId: string;
    action: EndorsementAction;
    version: number;
    note?: string | null;
    /** The officer acting (ctx.actor with their scope), or the applicant withdrawing (a citizen's actor, no scope). */
    by: UserActor;
    now?: Date;
  },
): Promise<{ state: EndorsementApplication["state"]; version: number }> {
  const now = p.now ?? new Date();
  const result = await db.transaction(async (tx) => {
    const { app, applicantIdHash, byOfficer } = await loadEndorsementForActor(tx, {
      actor: p.by,
      applicationId: p.applicationId,
      action: p.action,
    });
    if (app.version !== p.version) throw new DomainError("APPLICATION_STALE");
    const to = nextEndorsementState(app.state, p.action);
    if (!to) throw new DomainError("APPLICATION_ILLEGAL_TRANSITION");
    if (p.action === "reject" && !p.note?.trim())
      throw new DomainError("BAD_INPUT", {}, { note: "application.commentRequired" });

    const [moved] = await tx
      .update(endorsementApplications)
      .set({
        state: to,
        version: app.version + 1,
        ...(p.action === "receive_fee" ? { feeReceivedAt: now } : {}),
        ...(p.action === "receive_permit" ? { permitReceivedAt: now } : {}),
        ...(p.action === "endorse" ? { endorsedAt: now } : {}),
        ...(p.action === "reject" ? { outcomeNote: p.note?.trim() } : {}),
      })
      .where(eq(endorsementApplications.id, app.id))
      .returning();
    if (!moved) throw new Error("actOnEndorsement: update returned nothing");
    await tx.insert(endorsementEvents).values({
      applicationId: app.id,
      action: p.action,
      fromState: app.state,
      toState: to,
      actorId: p.by.user.id,
      note: p.note?.trim() || null,
    });
    if (byOfficer) {
      await recordAudit(tx, {
        ...auditTrailOf(p.by),
        action: `exit_entry.endorsement_${p.action}`,
        targetType: "endorsement_application",
        targetId: app.id,
        subjectIdHash: applicantIdHash,
        details: { number: app.number, from: app.state, to },
      });
    }
    await notify(tx, moved);
    return { state: moved.state, version: moved.version };
  });
  await kickSmsDispatch();
  return result;
}

export type EndorsementView = {
  id: string;
  number: string;
  state: EndorsementApplication["state"];
  version: number;
  destination: EndorsementApplication["destination"];
  trips: EndorsementApplication["trips"];
  feeFen: number;
  maskedPermitNumber: string;
  unitName: string;
  outcomeNote: string | null;
  createdAt: Date;
  feeReceivedAt: Date | null;
  endorsedAt: Date | null;
  /** Officers only: the applicant, masked. */
  maskedName?: string;
};

/** One step of an application's timeline, as the applicant follows it. */
export type EndorsementStep = { action: string; toState: EndorsementApplication["state"]; at: Date };

const viewColumns = {
  app: endorsementApplications,
  permit: travelDocuments.documentNumber,
  unitName: orgUnits.name,
  applicantName: users.name,
  applicantIdHash: users.idNumberHash,
};

function view(
  r: { app: EndorsementApplication; permit: string; unitName: string; applicantName: string },
  withName: boolean,
): EndorsementView {
  return {
    id: r.app.id,
    number: r.app.number,
    state: r.app.state,
    version: r.app.version,
    destination: r.app.destination,
    trips: r.app.trips,
    feeFen: r.app.feeFen,
    maskedPermitNumber: maskDocumentNumber(r.permit),
    unitName: r.unitName,
    outcomeNote: r.app.outcomeNote,
    createdAt: r.app.createdAt,
    feeReceivedAt: r.app.feeReceivedAt,
    endorsedAt: r.app.endorsedAt,
    ...(withName ? { maskedName: maskName(r.applicantName) } : {}),
  };
}

function joined(db: Db) {
  return db
    .select(viewColumns)
    .from(endorsementApplications)
    .innerJoin(travelDocuments, eq(travelDocuments.id, endorsementApplications.documentId))
    .innerJoin(orgUnits, eq(orgUnits.id, endorsementApplications.orgUnitId))
    .innerJoin(users, eq(users.id, endorsementApplications.applicantId));
}

/** The applicant's endorsement applications, newest first, each with its steps and their times. */
export async function listMyEndorsements(
  db: Db,
  p: { userId: string },
): Promise<(EndorsementView & { steps: EndorsementStep[] })[]> {
  const rows = await joined(db)
    .where(eq(endorsementApplications.applicantId, p.userId))
    .orderBy(desc(endorsementApplications.createdAt))
    .limit(50);
  const events = rows.length
    ? await db
        .select({
          applicationId: endorsementEvents.applicationId,
          action: endorsementEvents.action,
          toState: endorsementEvents.toState,
          at: endorsementEvents.createdAt,
        })
        .from(endorsementEvents)
        .where(
          inArray(
            endorsementEvents.applicationId,
            rows.map((r) => r.app.id),
          ),
        )
        .orderBy(asc(endorsementEvents.createdAt), asc(endorsementEvents.id))
    : [];
  return rows.map((r) => ({
    ...view(r, false),
    steps: events.filter((e) => e.applicationId === r.app.id).map(({ applicationId: _id, ...step }) => step),
  }));
}

type OfficerRead = { scope: Jurisdiction; actor: AuditActor; ip?: string | null; correlationId?: string | null };

/** Open applications at the exit-entry windows of the officer's jurisdiction, oldest first; the read is audited under each applicant. */
export async function listEndorsementQueue(db: Db, p: OfficerRead): Promise<EndorsementView[]> {
  const rows = await joined(db)
    .where(and(withinScope(p.scope, orgUnits.path), inArray(endorsementApplications.state, openEndorsementStates)))
    .orderBy(endorsementApplications.createdAt)
    .limit(200);
  await recordAuditPerSubject(
    db,
    {
      actor: p.actor,
      action: "exit_entry.endorsement_queue_viewed",
      targetType: "org_unit",
      targetId: String(p.scope.unitId),
      details: { count: rows.length },
      ip: p.ip,
      correlationId: p.correlationId,
    },
    rows.map((r) => r.applicantIdHash),
  );
  return rows.map((r) => view(r, true));
}

/**
 * Endorsed permits waiting at the window for their holders, most recently endorsed first: the list the
 * officer reads when someone comes to collect. The read is audited like the queue.
 */
export async function listEndorsementsToCollect(db: Db, p: OfficerRead): Promise<EndorsementView[]> {
  const rows = await joined(db)
    .where(and(withinScope(p.scope, orgUnits.path), eq(endorsementApplications.state, "endorsed")))
    .orderBy(desc(endorsementApplications.endorsedAt), desc(endorsementApplications.id))
    .limit(200);
  await recordAuditPerSubject(
    db,
    {
      actor: p.actor,
      action: "exit_entry.endorsement_collect_list_viewed",
      targetType: "org_unit",
      targetId: String(p.scope.unitId),
      details: { count: rows.length },
      ip: p.ip,
      correlationId: p.correlationId,
    },
    rows.map((r) => r.applicantIdHash),
  );
  return rows.map((r) => view(r, true));
}

/**
 * The window's search for the person at the counter: by application number or by the ID number on the
 * card they hand over, among the applications of the officer's jurisdiction in any state. Every search is
 * audited; one by ID number against that person, with the number masked.
 */
export async function findEndorsements(
  db: Db,
  p: OfficerRead & { query: CounterQuery },
): Promise<{ matches: EndorsementView[]; maskedIdNumber: string | null }> {
  const q = readCounterQuery(p.query);
  const condition =
    q.kind === "number" ? eq(endorsementApplications.number, q.number) : eq(users.idNumberHash, q.idHash);
  const rows = await joined(db)
    .where(and(withinScope(p.scope, orgUnits.path), condition))
    .orderBy(desc(endorsementApplications.createdAt))
    .limit(20);
  // Filed under everyone found, and under the searched ID number even when nothing matched.
  await recordAuditPerSubject(
    db,
    {
      actor: p.actor,
      action: "exit_entry.endorsement_search",
      targetType: rows.length === 1 ? "endorsement_application" : undefined,
      targetId: rows.length === 1 ? rows[0]?.app.id : undefined,
      details: {
        ...(q.kind === "number" ? { number: q.number } : { idNumber: q.maskedIdNumber }),
        found: rows.map((r) => r.app.number),
      },
      ip: p.ip,
      correlationId: p.correlationId,
    },
    [...(q.kind === "idNumber" ? [q.idHash] : []), ...rows.map((r) => r.applicantIdHash)],
  );
  return { matches: rows.map((r) => view(r, true)), maskedIdNumber: q.kind === "idNumber" ? q.maskedIdNumber : null };
}
