import "server-only";
import { organisationOfApplication } from "@/server/organisations/organisation-of-application";
import { autoRules } from "@/server/applications/auto-rules/auto-rules";
import type { AutoRuleKey } from "@/server/applications/engine-config";
import { and, asc, eq, inArray, ne, notInArray } from "drizzle-orm";
import type { OfficerActor } from "@/server/accounts/actor";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import {
  type Application,
  type ApplicationState,
  applicationEvents,
  applicationMaterials,
  applications,
  households,
  issuedDocuments,
  orgUnits,
  residents,
  users,
} from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber, maskName, maskPhone } from "@/server/crypto/mask";
import { decryptPii, hashPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { inScope } from "@/server/orgs/scope";
import { activeAssignee } from "./active-assignment";
import { availableActions, stateOfficerRole, terminalStates } from "./application-transitions";
import { type FormField, isFieldShown, type ResidentValue, schemaFields } from "./form-schema";
import { deskRoles } from "./desk-roles";
import { internalEventActions } from "./internal-event-actions";
import { type ApplicationService, loadService } from "./load-application";

export type FormAnswer = { key: string; label: string; labelEn: string; value: string; valueEn: string };

export type MaterialFile = { id: string; blobId: string; fileName: string; contentType: string; size: number };

export type RegisterPerson = {
  /** Who this is in the case: "applicant" or the form field's key (father, mother, …). */
  role: string;
  roleLabel: string;
  roleLabelEn: string;
  maskedIdNumber: string;
  /** As typed in the form, masked; the register's name is in `record`. */
  maskedNameGiven: string;
  record: {
    residentId: string;
    name: string;
    sex: "M" | "F";
    birthDate: string;
    ethnicity: string;
    status: string;
    relationToHead: string;
    householdId: string;
  } | null;
};

export type RegisterHousehold = {
  id: string;
  householdNumber: string;
  address: string;
  station: { name: string; nameEn: string | null };
  members: {
    maskedName: string;
    maskedIdNumber: string;
    sex: "M" | "F";
    birthDate: string;
    relationToHead: string;
    status: string;
  }[];
};

/** Applications in these states are not open: a duplicate is only another case still in progress. */
const closedStates = ["draft", ...terminalStates] as ApplicationState[];

function describeAnswer(
  field: FormField,
  value: unknown,
  stations: ReadonlyMap<number, { name: string; nameEn: string | null }>,
) {
  if (value === undefined || value === null || value === "") return null;
  switch (field.type) {
    case "select":
    case "radio": {
      const option = field.options?.find((o) => o.value === value);
      return option
        ? { value: option.label, valueEn: option.labelEn }
        : { value: String(value), valueEn: String(value) };
    }
    case "id_number": {
      const masked = maskIdNumber(String(value));
      return { value: masked, valueEn: masked };
    }
    case "resident": {
      const person = value as Partial<ResidentValue>;
      const shown = [person.name ?? "", person.idNumber ? maskIdNumber(person.idNumber) : ""].filter(Boolean).join(" ");
      return { value: shown, valueEn: shown };
    }
    case "station": {
      const station = stations.get(Number(value));
      return { value: station?.name ?? String(value), valueEn: station?.nameEn ?? station?.name ?? String(value) };
    }
    default:
      return { value: String(value), valueEn: String(value) };
  }
}

/**
 * The review page of one application for an officer of its station's chain: the answers with their labels,
 * the uploads per guide material, the register records of everyone the case names (each read audited
 * against that person), other open applications of the same person for the same service, the timeline,
 * and what this officer may do now. Outside the officer's subtree the attempt is audited and refused.
 */
export async function getApplicationForOfficer(
  db: Db,
  p: { applicationId: string; officer: OfficerActor; now?: Date },
) {
  const now = p.now ?? new Date();
  const roles = deskRoles.filter((r) => p.officer.user.roles.includes(r));
  // A supervisor without a desk role of their own reads the item: no actions, no "assign to me".
  const readOnly = !roles.length;
  if (readOnly && !p.officer.user.roles.includes("supervisor")) throw new DomainError("FORBIDDEN");
  const auditActor = {
    id: p.officer.user.id,
    role: readOnly ? "supervisor" : roles.join(","),
    orgUnitId: p.officer.scope.unitId,
  };

  const [app] = await db.select().from(applications).where(eq(applications.id, p.applicationId));
  if (!app?.stationPath || app.state === "draft") throw new DomainError("NOT_FOUND");
  if (!inScope(p.officer.scope, app.stationPath)) {
    await recordAudit(db, {
      actor: auditActor,
      action: "application.read",
      targetType: "application",
      targetId: app.id,
      subjectIdHash: app.applicantIdHash,
      outcome: "denied",
      details: { number: app.number },
      ip: p.officer.ip,
      correlationId: p.officer.correlationId,
    });
    throw new DomainError("OUT_OF_JURISDICTION");
  }
  const service = await loadService(db, app.serviceId);

  return db.transaction(async (tx) => {
    const actor = alias(users, "actor");
    const [applicant, station, materials, events, duplicates, document, assignee] = await Promise.all([
      tx
        .select({
          name: users.name,
          idNumberEnc: users.idNumberEnc,
          phoneEnc: users.phoneEnc,
          residentId: users.residentId,
        })
        .from(users)
        .where(eq(users.id, app.applicantId))
        .then((r) => r[0]),
      tx
        .select({
          id: orgUnits.id,
          code: orgUnits.code,
          name: orgUnits.name,
          nameEn: orgUnits.nameEn,
          address: orgUnits.address,
        })
        .from(orgUnits)
        .where(eq(orgUnits.id, app.stationId ?? -1))
        .then((r) => r[0] ?? null),
      tx
        .select({
          id: applicationMaterials.id,
          materialKey: applicationMaterials.materialKey,
          blobId: applicationMaterials.blobId,
          fileName: applicationMaterials.fileName,
          contentType: applicationMaterials.contentType,
          size: applicationMaterials.size,
        })
        .from(applicationMaterials)
        .where(eq(applicationMaterials.applicationId, app.id))
        .orderBy(asc(applicationMaterials.createdAt), asc(applicationMaterials.id)),
      tx
        .select({
          id: applicationEvents.id,
          action: applicationEvents.action,
          fromState: applicationEvents.fromState,
          toState: applicationEvents.toState,
          actorRole: applicationEvents.actorRole,
          actorName: actor.name,
          unitName: orgUnits.name,
          unitNameEn: orgUnits.nameEn,
          unitLevel: orgUnits.level,
          comment: applicationEvents.comment,
          details: applicationEvents.details,
          at: applicationEvents.at,
        })
        .from(applicationEvents)
        .leftJoin(actor, eq(actor.id, applicationEvents.actorId))
        .leftJoin(orgUnits, eq(orgUnits.id, applicationEvents.actorOrgUnitId))
        .where(eq(applicationEvents.applicationId, app.id))
        .orderBy(asc(applicationEvents.at), asc(applicationEvents.id)),
      tx
        .select({
          id: applications.id,
          number: applications.number,
          state: applications.state,
          stationPath: applications.stationPath,
        })
        .from(applications)
        .where(
          and(
            eq(applications.applicantIdHash, app.applicantIdHash),
            eq(applications.serviceId, app.serviceId),
            ne(applications.id, app.id),
            notInArray(applications.state, closedStates),
          ),
        ),
      app.documentId
        ? tx
            .select({
              code: issuedDocuments.code,
              pdfBlobId: issuedDocuments.pdfBlobId,
              status: issuedDocuments.status,
            })
            .from(issuedDocuments)
            .where(eq(issuedDocuments.id, app.documentId))
            .then((r) => r[0] ?? null)
        : null,
      app.assignedTo
        ? tx
            .select({ name: users.name })
            .from(users)
            .where(eq(users.id, app.assignedTo))
            .then((r) => r[0] ?? null)
        : null,
    ]);

    const fields = schemaFields(service.formSchema);
    const byKey = new Map(fields.map((f) => [f.key, f]));
    const valueOf = (key: string) => app.formData[key];
    const shownFields = fields.filter((f) => isFieldShown(f, byKey, valueOf));
    const stationIds = shownFields
      .filter((f) => f.type === "station")
      .map((f) => Number(valueOf(f.key)))
      .filter(Number.isInteger);
    const stations = new Map(
      stationIds.length
        ? (
            await tx
              .select({ id: orgUnits.id, name: orgUnits.name, nameEn: orgUnits.nameEn })
              .from(orgUnits)
              .where(inArray(orgUnits.id, stationIds))
          ).map((s) => [s.id, s])
        : [],
    );
    const form = service.formSchema.sections
      .map((section) => ({
        title: section.title,
        titleEn: section.titleEn,
        answers: section.fields.flatMap((field): FormAnswer[] => {
          if (!shownFields.includes(field)) return [];
          const answer = describeAnswer(field, valueOf(field.key), stations);
          return answer ? [{ key: field.key, label: field.label, labelEn: field.labelEn, ...answer }] : [];
        }),
      }))
      .filter((s) => s.answers.length);

    const register = await readRegister(tx, {
      app,
      service,
      applicantIdNumber: applicant?.idNumberEnc ? decryptPii(applicant.idNumberEnc) : null,
      applicantName: applicant?.name ?? "",
      shownFields,
    });
    for (const subject of register.subjects) {
      await recordAudit(tx, {
        actor: auditActor,
        action: "application.read_register",
        targetType: "application",
        targetId: app.id,
        subjectIdHash: subject.idHash,
        details: { number: app.number, role: subject.role, found: subject.found },
        ip: p.officer.ip,
        correlationId: p.officer.correlationId,
      });
    }

    const byMaterial = new Map<string, MaterialFile[]>();
    for (const m of materials) {
      const list = byMaterial.get(m.materialKey) ?? [];
      list.push({ id: m.id, blobId: m.blobId, fileName: m.fileName, contentType: m.contentType, size: m.size });
      byMaterial.set(m.materialKey, list);
    }
    const guideKeys = new Set(service.guide.materials.map((m) => m.key));
    const materialGroups = [
      ...service.guide.materials.map((m) => ({
        key: m.key,
        name: m.name,
        description: m.description,
        required: m.required,
        originalAtWindow: !!m.originalAtWindow,
        files: byMaterial.get(m.key) ?? [],
      })),
      // An upload under a key the guide has since dropped still belongs to the case and is shown as such.
      ...[...byMaterial.entries()]
        .filter(([key]) => !guideKeys.has(key))
        .map(([key, files]) => ({ key, name: key, description: "", required: false, originalAtWindow: false, files })),
    ];

    const holder = activeAssignee(app, now);
    const autoDecision = lastAutoDecision(events);
    // Only what a rule decided can be overruled; an officer's own decision is changed by the usual steps.
    const actions = availableActions(app.state, service.mode, roles).filter(
      (a) => (a !== "overrule_approval" && a !== "overrule_completion") || autoDecision?.standing,
    );
    const delivery =
      app.delivery.method === "post"
        ? {
            method: "post" as const,
            recipient: app.delivery.recipient,
            phoneMasked: maskPhone(decryptPii(app.delivery.phoneEnc)),
            address: app.delivery.address,
            carrier: app.delivery.carrier ?? null,
            trackingNumber: app.delivery.trackingNumber ?? null,
            postedAt: app.delivery.postedAt ?? null,
          }
        : { method: "window" as const };

    return {
      id: app.id,
      number: app.number,
      state: app.state,
      version: app.version,
      submittedAt: app.submittedAt,
      stateSince: app.stateSince,
      dueAt: app.dueAt,
      windowDeadline: app.windowDeadline,
      outcomeReason: app.outcomeReason,
      originalsCheck: app.originalsCheck,
      supplementRequest: app.supplementRequest,
      delivery,
      document,
      service: {
        code: service.code,
        name: service.name,
        nameEn: service.nameEn,
        mode: service.mode,
        /** For the supplement picker: every field the form has, shown or not. */
        fields: fields.map((f) => ({ key: f.key, label: f.label, labelEn: f.labelEn })),
      },
      station,
      applicant: {
        maskedName: maskName(applicant?.name ?? ""),
        maskedIdNumber: applicant?.idNumberEnc ? maskIdNumber(decryptPii(applicant.idNumberEnc)) : null,
        maskedPhone: applicant?.phoneEnc ? maskPhone(decryptPii(applicant.phoneEnc)) : null,
      },
      form,
      materials: materialGroups,
      people: register.people,
      households: register.households,
      /** Other open applications of the same person for the same service; those of other stations by number only. */
      duplicates: duplicates.map((d) => {
        const within = !!d.stationPath && inScope(p.officer.scope, d.stationPath);
        return { id: within ? d.id : null, number: d.number, state: d.state, withinScope: within };
      }),
      timeline: events.map(({ details: _details, ...e }) => ({ ...e, internal: internalEventActions.has(e.action) })),
      autoDecision,
      organisation: await organisationOfApplication(tx, { applicationId: app.id }),
      lock: holder
        ? { name: assignee?.name ?? "", isMe: holder === p.officer.user.id, assignedAt: app.assignedAt }
        : null,
      actions,
      canAssign: roles.some((r) => r === stateOfficerRole[app.state]),
      readOnly,
    };
  });
}

const decisionActions = new Set([
  "auto_approve",
  "auto_complete",
  "auto_refer",
  "station_approve",
  "approve",
  "complete",
]);

/**
 * The rule that decided, what it checked and what it answered, from the timeline; `standing` while that
 * automatic decision is the case's last decision (what an officer may overrule).
 */
function lastAutoDecision(
  events: { action: string; details: Record<string, unknown> | null; comment: string | null }[],
) {
  const decisions = events.filter((e) => decisionActions.has(e.action));
  const auto = decisions.findLast((e) => e.action.startsWith("auto_"));
  if (!auto) return null;
  const details = auto.details ?? {};
  const checks = Array.isArray(details.checks) ? (details.checks as { condition: string; passed: boolean }[]) : [];
  const rule = typeof details.rule === "string" ? autoRules[details.rule as AutoRuleKey] : undefined;
  return {
    action: auto.action as "auto_approve" | "auto_complete" | "auto_refer",
    rule: rule ? { key: rule.key, name: rule.name, nameEn: rule.nameEn } : null,
    checks,
    reason: auto.comment,
    standing: auto === decisions.at(-1) && auto.action !== "auto_refer",
  };
}

type Subject = { idHash: string; role: string; found: boolean };

/**
 * The register entries of the applicant and of every person a resident field names, with the members of
 * their households. Returns who was read, so each read is audited against that person.
 */
async function readRegister(
  tx: Db,
  p: {
    app: Application;
    service: ApplicationService;
    applicantIdNumber: string | null;
    applicantName: string;
    shownFields: FormField[];
  },
): Promise<{ people: RegisterPerson[]; households: RegisterHousehold[]; subjects: Subject[] }> {
  const wanted: {
    role: string;
    label: string;
    labelEn: string;
    idNumber: string | null;
    idHash: string;
    name: string;
  }[] = [
    {
      role: "applicant",
      label: "申请人",
      labelEn: "Applicant",
      idNumber: p.applicantIdNumber,
      idHash: p.app.applicantIdHash,
      name: p.applicantName,
    },
  ];
  for (const field of p.shownFields) {
    if (field.type !== "resident") continue;
    const value = p.app.formData[field.key] as Partial<ResidentValue> | undefined;
    if (!value?.idNumber) continue;
    wanted.push({
      role: field.key,
      label: field.label,
      labelEn: field.labelEn,
      idNumber: value.idNumber,
      idHash: hashPii("id", value.idNumber),
      name: value.name ?? "",
    });
  }

  const hashes = [...new Set(wanted.map((w) => w.idHash))];
  const found = await tx.select().from(residents).where(inArray(residents.idNumberHash, hashes));
  const byHash = new Map(found.map((r) => [r.idNumberHash, r]));
  const people: RegisterPerson[] = wanted.map((w) => {
    const r = byHash.get(w.idHash);
    return {
      role: w.role,
      roleLabel: w.label,
      roleLabelEn: w.labelEn,
      maskedIdNumber: w.idNumber ? maskIdNumber(w.idNumber) : r ? maskIdNumber(decryptPii(r.idNumberEnc)) : "",
      maskedNameGiven: maskName(w.name),
      record: r
        ? {
            residentId: r.id,
            name: r.name,
            sex: r.sex,
            birthDate: r.birthDate,
            ethnicity: r.ethnicity,
            status: r.status,
            relationToHead: r.relationToHead,
            householdId: r.householdId,
          }
        : null,
    };
  });

  const householdIds = [...new Set(found.map((r) => r.householdId))];
  const [homes, members] = householdIds.length
    ? await Promise.all([
        tx
          .select({ household: households, stationName: orgUnits.name, stationNameEn: orgUnits.nameEn })
          .from(households)
          .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
          .where(inArray(households.id, householdIds)),
        tx
          .select()
          .from(residents)
          .where(inArray(residents.householdId, householdIds))
          .orderBy(asc(residents.birthDate)),
      ])
    : [[], []];
  const registerHouseholds: RegisterHousehold[] = homes.map((h) => ({
    id: h.household.id,
    householdNumber: h.household.householdNumber,
    address: h.household.address,
    station: { name: h.stationName, nameEn: h.stationNameEn },
    members: members
      .filter((m) => m.householdId === h.household.id)
      .map((m) => ({
        maskedName: maskName(m.name),
        maskedIdNumber: maskIdNumber(decryptPii(m.idNumberEnc)),
        sex: m.sex,
        birthDate: m.birthDate,
        relationToHead: m.relationToHead,
        status: m.status,
      })),
  }));

  const subjects = new Map<string, Subject>();
  for (const w of wanted) subjects.set(w.idHash, { idHash: w.idHash, role: w.role, found: byHash.has(w.idHash) });
  for (const m of members) {
    if (!subjects.has(m.idNumberHash))
      subjects.set(m.idNumberHash, { idHash: m.idNumberHash, role: "household_member", found: true });
  }
  return { people, households: registerHouseholds, subjects: [...subjects.values()] };
}
