import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applicationEvents,
  applicationMaterials,
  applications,
  auditLog,
  blobs,
  drivingLicences,
  favouriteServices,
  households,
  orgUnits,
  residents,
  serviceLayoutItems,
  serviceLayouts,
  services,
  smsCodes,
  smsMessages,
  travelDocuments,
  users,
  userServiceUsage,
  vehicles,
} from "@/db/schema";
import { type AuditActor, recordAudit } from "@/server/audit/record-audit";
import { maskIdNumber, maskName } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import { internalEventActions } from "@/server/applications/internal-event-actions";

export type ExportMyData = {
  userId: string;
  actor: AuditActor;
  ip?: string | null;
  correlationId?: string | null;
  now?: Date;
};

/** The PIPL right of access (《个人信息保护法》第四十五条): the file says which law it answers. */
const legalBasis = "《中华人民共和国个人信息保护法》第四十五条";

/**
 * Everything the platform holds about the signed-in citizen, for the "download my data" file: the account,
 * the register entry and household, documents, vehicles, licence, texts sent to them, the audit trail of
 * what they did and what was done to their data, and their sign-ins. Their own ID number and phone are
 * in full (it is their data); other household members stay masked (it is not). Secrets the platform keeps
 * only as hashes (password, codes) are named, never included. The download itself is audited.
 */
export async function exportMyData(db: Db, params: ExportMyData) {
  const now = params.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.id, params.userId));
  if (!user) throw new DomainError("NOT_FOUND");
  const phone = user.phoneEnc ? decryptPii(user.phoneEnc) : null;
  const idNumber = user.idNumberEnc ? decryptPii(user.idNumberEnc) : null;

  const register = user.residentId ? await registerOf(db, user.residentId) : null;

  const auditAboutOrBy = await db
    .select()
    .from(auditLog)
    .where(
      or(
        eq(auditLog.actorId, user.id),
        and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, user.id)),
        ...(user.idNumberHash ? [eq(auditLog.subjectIdHash, user.idNumberHash)] : []),
      ),
    )
    .orderBy(asc(auditLog.at), asc(auditLog.id));

  // Texts go to a phone, not an account: gather every number the account has had.
  const phoneHashes = new Set<string>(user.phoneHash ? [user.phoneHash] : []);
  for (const entry of auditAboutOrBy) {
    if (entry.action !== "account.phone_changed" || entry.outcome !== "ok") continue;
    for (const key of ["fromHash", "toHash"] as const) {
      const value = entry.details?.[key];
      if (typeof value === "string") phoneHashes.add(value);
    }
  }
  const hashes = [...phoneHashes];
  const [texts, codes, ownBlobs, usage, favourites, layoutItems, ownApplications] = await Promise.all([
    hashes.length
      ? db
          .select({
            template: smsMessages.template,
            body: smsMessages.body,
            status: smsMessages.status,
            createdAt: smsMessages.createdAt,
            sentAt: smsMessages.sentAt,
          })
          .from(smsMessages)
          .where(inArray(smsMessages.phoneHash, hashes))
          .orderBy(asc(smsMessages.createdAt))
      : Promise.resolve([]),
    hashes.length
      ? db
          .select({
            purpose: smsCodes.purpose,
            createdAt: smsCodes.createdAt,
            expiresAt: smsCodes.expiresAt,
            consumedAt: smsCodes.consumedAt,
            wrongTries: smsCodes.attempts,
            ip: smsCodes.ip,
          })
          .from(smsCodes)
          .where(inArray(smsCodes.phoneHash, hashes))
          .orderBy(asc(smsCodes.createdAt))
      : Promise.resolve([]),
    db
      .select({
        id: blobs.id,
        purpose: blobs.purpose,
        contentType: blobs.contentType,
        size: blobs.size,
        sha256: blobs.sha256,
        createdAt: blobs.createdAt,
      })
      .from(blobs)
      .where(eq(blobs.ownerId, user.id))
      .orderBy(asc(blobs.createdAt)),
    db
      .select({
        service: services.name,
        code: services.code,
        views: userServiceUsage.views,
        starts: userServiceUsage.starts,
        submits: userServiceUsage.submits,
        lastUsedAt: userServiceUsage.lastUsedAt,
      })
      .from(userServiceUsage)
      .innerJoin(services, eq(services.id, userServiceUsage.serviceId))
      .where(eq(userServiceUsage.userId, user.id)),
    db
      .select({ service: services.name, code: services.code, createdAt: favouriteServices.createdAt })
      .from(favouriteServices)
      .innerJoin(services, eq(services.id, favouriteServices.serviceId))
      .where(eq(favouriteServices.userId, user.id)),
    db
      .select({
        service: services.name,
        code: services.code,
        placement: serviceLayoutItems.placement,
        position: serviceLayoutItems.position,
      })
      .from(serviceLayoutItems)
      .innerJoin(serviceLayouts, eq(serviceLayouts.id, serviceLayoutItems.layoutId))
      .innerJoin(services, eq(services.id, serviceLayoutItems.serviceId))
      .where(eq(serviceLayouts.userId, user.id))
      .orderBy(asc(serviceLayoutItems.position)),
    applicationsOf(db, user.id, idNumber),
  ]);

  const auditEntries = auditAboutOrBy.map((e) => ({
    at: e.at,
    action: e.action,
    outcome: e.outcome,
    by: e.actorId === user.id ? "me" : e.actorId ? "staff_or_system" : "anonymous",
    actorRole: e.actorRole,
    actorOrgUnitId: e.actorOrgUnitId,
    targetType: e.targetType,
    targetId: e.targetId,
    details: withoutHashes(e.details),
    ip: e.ip,
  }));

  const data = {
    generatedAt: now,
    legalBasis,
    account: {
      id: user.id,
      name: user.name,
      phone,
      idNumber,
      verification: user.verification,
      roles: user.roles,
      status: user.status,
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      lastSignInAt: user.lastSignInAt,
      failedSignIns: user.failedSignIns,
      lockedUntil: user.lockedUntil,
      consentVersion: user.consentVersion,
      consentedAt: user.consentedAt,
      storedOnlyAsHash: ["password", "verificationCodes.code"],
    },
    register: register?.entry ?? null,
    household: register?.household ?? null,
    travelDocuments: register?.travelDocuments ?? [],
    vehicles: register?.vehicles ?? [],
    drivingLicence: register?.drivingLicence ?? null,
    smsMessages: texts,
    verificationCodes: codes,
    uploadedFiles: ownBlobs,
    services: { usage, favourites, personalLayout: layoutItems },
    applications: ownApplications,
    signIns: auditEntries.filter((e) => e.action === "auth.sign_in" && e.targetId === user.id),
    auditLog: auditEntries,
  };

  await recordAudit(db, {
    actor: params.actor,
    action: "account.data_exported",
    targetType: "user",
    targetId: user.id,
    subjectIdHash: user.idNumberHash,
    details: {
      auditEntries: auditEntries.length,
      smsMessages: texts.length,
      travelDocuments: data.travelDocuments.length,
      vehicles: data.vehicles.length,
      applications: ownApplications.length,
    },
    ip: params.ip,
    correlationId: params.correlationId,
  });
  return data;
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;

/** Keyed hashes mean nothing to the reader and are a lookup key to anyone else: left out of the file. */
function withoutHashes(details: Record<string, unknown> | null) {
  if (!details) return null;
  return Object.fromEntries(Object.entries(details).filter(([key]) => !/hash/i.test(key)));
}

/**
 * The citizen's online applications: what they answered and uploaded (file names, not the scans, which
 * are listed with the uploaded files), how each was delivered and paid, and every step of its timeline.
 * People the answers name other than the citizen are masked, as household members are.
 */
async function applicationsOf(db: Db, userId: string, ownIdNumber: string | null) {
  const rows = await db
    .select({ application: applications, service: services.name, code: services.code })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(eq(applications.applicantId, userId))
    .orderBy(asc(applications.createdAt));
  if (!rows.length) return [];
  const ids = rows.map((r) => r.application.id);
  const [materials, events] = await Promise.all([
    db
      .select({
        applicationId: applicationMaterials.applicationId,
        materialKey: applicationMaterials.materialKey,
        fileName: applicationMaterials.fileName,
        contentType: applicationMaterials.contentType,
        size: applicationMaterials.size,
        blobId: applicationMaterials.blobId,
        uploadedAt: applicationMaterials.createdAt,
      })
      .from(applicationMaterials)
      .where(inArray(applicationMaterials.applicationId, ids))
      .orderBy(asc(applicationMaterials.createdAt)),
    db
      .select({
        applicationId: applicationEvents.applicationId,
        at: applicationEvents.at,
        action: applicationEvents.action,
        fromState: applicationEvents.fromState,
        toState: applicationEvents.toState,
        by: applicationEvents.actorRole,
        unit: orgUnits.name,
        comment: applicationEvents.comment,
      })
      .from(applicationEvents)
      .leftJoin(orgUnits, eq(orgUnits.id, applicationEvents.actorOrgUnitId))
      .where(inArray(applicationEvents.applicationId, ids))
      .orderBy(asc(applicationEvents.at), asc(applicationEvents.id)),
  ]);
  return rows.map(({ application: a, service, code }) => ({
    number: a.number,
    service,
    code,
    state: a.state,
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    stateSince: a.stateSince,
    windowDeadline: a.windowDeadline,
    outcomeReason: a.outcomeReason,
    formData: maskOthers(a.formData, ownIdNumber),
    supplementRequest: a.supplementRequest,
    delivery:
      a.delivery.method === "post"
        ? {
            method: "post" as const,
            recipient: a.delivery.recipient,
            phone: decryptPii(a.delivery.phoneEnc),
            address: a.delivery.address,
            feeFen: a.delivery.feeFen,
            carrier: a.delivery.carrier ?? null,
            trackingNumber: a.delivery.trackingNumber ?? null,
            postedAt: a.delivery.postedAt ?? null,
          }
        : { method: "window" as const },
    paymentOrderNo: a.paymentOrderNo,
    paidAt: a.paidAt,
    materials: materials.filter((m) => m.applicationId === a.id).map(({ applicationId: _a, ...m }) => m),
    timeline: events
      .filter((e) => e.applicationId === a.id)
      .map(({ applicationId: _a, ...e }) => ({ ...e, comment: internalEventActions.has(e.action) ? null : e.comment })),
  }));
}

const idNumberShape = /^\d{17}[\dXx]$/;

/** Answers that name someone else by ID number (a parent, a spouse) keep that person masked. */
function maskOthers(formData: Record<string, unknown>, ownIdNumber: string | null): Record<string, unknown> {
  const isOwn = (id: string) => !!ownIdNumber && id.trim().toUpperCase() === ownIdNumber.toUpperCase();
  return Object.fromEntries(
    Object.entries(formData).map(([key, value]) => {
      if (typeof value === "string" && idNumberShape.test(value.trim()) && !isOwn(value))
        return [key, maskIdNumber(value.trim())];
      if (value && typeof value === "object" && !Array.isArray(value) && "idNumber" in value) {
        const person = value as { idNumber?: unknown; name?: unknown };
        const id = typeof person.idNumber === "string" ? person.idNumber : "";
        if (isOwn(id)) return [key, value];
        return [
          key,
          {
            idNumber: id ? maskIdNumber(id) : id,
            name: typeof person.name === "string" ? maskName(person.name) : person.name,
          },
        ];
      }
      return [key, value];
    }),
  );
}

async function registerOf(db: Db, residentId: string) {
  const [self] = await db
    .select({ resident: residents, household: households, stationName: orgUnits.name })
    .from(residents)
    .innerJoin(households, eq(households.id, residents.householdId))
    .innerJoin(orgUnits, eq(orgUnits.id, households.orgUnitId))
    .where(eq(residents.id, residentId));
  if (!self) return null;
  const [members, documents, ownVehicles, [licence]] = await Promise.all([
    db.select().from(residents).where(eq(residents.householdId, self.household.id)).orderBy(asc(residents.birthDate)),
    db
      .select()
      .from(travelDocuments)
      .where(eq(travelDocuments.residentId, residentId))
      .orderBy(asc(travelDocuments.expiryDate)),
    db.select().from(vehicles).where(eq(vehicles.ownerResidentId, residentId)).orderBy(asc(vehicles.registeredAt)),
    db.select().from(drivingLicences).where(eq(drivingLicences.residentId, residentId)),
  ]);
  const r = self.resident;
  return {
    entry: {
      name: r.name,
      idNumber: decryptPii(r.idNumberEnc),
      sex: r.sex,
      birthDate: r.birthDate,
      ethnicity: r.ethnicity,
      relationToHead: r.relationToHead,
      status: r.status,
    },
    household: {
      householdNumber: self.household.householdNumber,
      type: self.household.type,
      address: self.household.address,
      station: self.stationName,
      members: members.map((m) => ({
        name: m.id === residentId ? m.name : maskName(m.name),
        idNumber: m.id === residentId ? decryptPii(m.idNumberEnc) : maskIdNumber(decryptPii(m.idNumberEnc)),
        relationToHead: m.relationToHead,
        status: m.status,
        self: m.id === residentId,
      })),
    },
    travelDocuments: documents.map((d) => ({
      type: d.type,
      documentNumber: d.documentNumber,
      issueDate: d.issueDate,
      expiryDate: d.expiryDate,
      status: d.status,
      issuingAuthority: d.issuingAuthority,
    })),
    vehicles: ownVehicles.map((v) => ({
      plateNumber: v.plateNumber,
      plateType: v.plateType,
      vehicleType: v.vehicleType,
      brand: v.brand,
      colour: v.colour,
      vin: v.vin,
      registeredAt: v.registeredAt,
      inspectionDue: v.inspectionDue,
      status: v.status,
    })),
    drivingLicence: licence
      ? {
          archiveNumber: licence.archiveNumber,
          vehicleClasses: licence.vehicleClasses,
          firstIssued: licence.firstIssued,
          validFrom: licence.validFrom,
          validUntil: licence.validUntil,
          points: licence.points,
          status: licence.status,
        }
      : null,
  };
}
