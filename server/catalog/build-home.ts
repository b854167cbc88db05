import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, notInArray, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  applications,
  favouriteServices,
  residents,
  serviceCategories,
  type serviceKind,
  services,
  userServiceUsage,
  users,
} from "@/db/schema";
import { addDays } from "@/server/dates/add-days";
import { chinaMoment } from "@/server/dates/china-moment";
import { chinaToday } from "@/server/dates/china-today";
import { listMostUsedServices } from "./list-most-used-services";
import { type CitizenProfile, loadCitizenProfile, profileFacts, type TravelDocumentType } from "./load-citizen-profile";
import { type ProfileServiceKey, profileServiceCodes, travelDocumentRenewal } from "./profile-service-codes";
import { resolveLayout } from "./resolve-layout";

/** Renewals open this many days before expiry (passports, permits, driving licences, vehicle inspection). */
export const dueWithinDays = 90;
/** An approved application's window visit becomes a to-do this many days before its deadline. */
export const windowVisitDueWithinDays = 14;
/** An expiry further back than this is history, not something to act on. */
const expiredForgottenAfterDays = 365;
const frequentUseThreshold = 3;
const recentUseDays = 30;
const usageRecommendations = 4;
/** Computed recommendations shown at most; pinned services come on top of these. */
const computedRecommendations = 8;
const mostUsedForGuests = 8;

export type HomeService = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  kind: (typeof serviceKind.enumValues)[number];
  favourite: boolean;
};

/** Why a service is on someone's home; the page turns it into a sentence ("您的护照将于2027年1月15日到期"). */
export type HomeReason =
  | { code: "pinned" }
  | { code: "travelDocumentExpiring" | "travelDocumentExpired"; document: TravelDocumentType; date: string }
  | { code: "licenceExpiring" | "licenceExpired"; date: string }
  | { code: "inspectionDue" | "inspectionOverdue"; plate: string; date: string }
  | { code: "newborn"; date: string }
  | { code: "vehicle"; plate: string }
  | { code: "frequentlyUsed"; count: number }
  | { code: "recentlyUsed"; date: string }
  | { code: "applicationSupplement"; number: string }
  | { code: "applicationWindowVisit"; number: string; date: string }
  | { code: "applicationPaidDraft" };

/** The online application an action item is about; the item links to its page. */
export type HomeActionApplication = { id: string; serviceName: string; serviceNameEn: string };

/**
 * Something the citizen has to do; `service` is where to do it, when that service is on their home, or
 * `application` when it is one of their own applications.
 */
export type HomeActionItem = { reason: HomeReason; service: HomeService | null; application?: HomeActionApplication };
export type HomeRecommendation = { service: HomeService; reason: HomeReason; pinned: boolean };
export type HomeCategory = { id: number; code: string; name: string; nameEn: string; services: HomeService[] };

export type CitizenHome = {
  audience: "citizen";
  actions: HomeActionItem[];
  recommendations: HomeRecommendation[];
  favourites: HomeService[];
  grid: HomeCategory[];
  /** Groups whose layouts apply to this citizen, highest precedence first. */
  groups: { id: number; name: string }[];
};

export type GuestHome = {
  audience: "guest";
  mostUsed: (HomeService & { uses: number })[];
  grid: HomeCategory[];
};

export type Home = CitizenHome | GuestHome;

/**
 * The home page's content, computed afresh on every request so that a layout an admin saves, a favourite
 * or a new register entry shows on the next page load. A citizen gets, in order: items needing action,
 * recommendations (their layout's pins, then reasons from the register and from their usage), favourites
 * and the full grid; hidden and disabled services appear nowhere. Anyone else gets the most-used
 * services and the grid.
 */
export async function buildHome(db: Db, params: { userId: string | null; now?: Date }): Promise<Home> {
  const now = params.now ?? new Date();
  return params.userId ? buildCitizenHome(db, params.userId, now) : buildGuestHome(db, now);
}

type CatalogueRow = Omit<HomeService, "favourite"> & { categoryId: number };

export async function loadCatalogue(db: Db) {
  const [rows, categories] = await Promise.all([
    db
      .select({
        id: services.id,
        code: services.code,
        name: services.name,
        nameEn: services.nameEn,
        kind: services.kind,
        categoryId: services.categoryId,
      })
      .from(services)
      .where(eq(services.enabled, true))
      .orderBy(asc(services.sortOrder), asc(services.id)),
    db
      .select({
        id: serviceCategories.id,
        code: serviceCategories.code,
        name: serviceCategories.name,
        nameEn: serviceCategories.nameEn,
      })
      .from(serviceCategories)
      .orderBy(asc(serviceCategories.sortOrder), asc(serviceCategories.id)),
  ]);
  return { rows, categories };
}

export function gridOf(
  catalogue: Awaited<ReturnType<typeof loadCatalogue>>,
  visible: Map<number, HomeService>,
): HomeCategory[] {
  return catalogue.categories
    .map((category) => ({
      ...category,
      services: catalogue.rows
        .filter((r) => r.categoryId === category.id && visible.has(r.id))
        .map((r) => visible.get(r.id)!),
    }))
    .filter((category) => category.services.length > 0);
}

export function toHomeService({ categoryId: _categoryId, ...row }: CatalogueRow, favourite: boolean): HomeService {
  return { ...row, favourite };
}

async function buildGuestHome(db: Db, now: Date): Promise<GuestHome> {
  const [catalogue, popular] = await Promise.all([
    loadCatalogue(db),
    listMostUsedServices(db, { now, limit: mostUsedForGuests }),
  ]);
  const visible = new Map(catalogue.rows.map((r) => [r.id, toHomeService(r, false)]));
  return {
    audience: "guest",
    mostUsed: popular.flatMap((p) => {
      const service = visible.get(p.serviceId);
      return service ? [{ ...service, uses: p.uses }] : [];
    }),
    grid: gridOf(catalogue, visible),
  };
}

async function buildCitizenHome(db: Db, userId: string, now: Date): Promise<CitizenHome> {
  const today = chinaToday(now);
  const profile = await loadCitizenProfile(db, { userId, today });
  const [catalogue, layout, favouriteRows, usage] = await Promise.all([
    loadCatalogue(db),
    resolveLayout(db, { userId, facts: profileFacts(profile) }),
    db
      .select({ serviceId: favouriteServices.serviceId })
      .from(favouriteServices)
      .where(eq(favouriteServices.userId, userId))
      .orderBy(desc(favouriteServices.createdAt), asc(favouriteServices.serviceId)),
    db.select().from(userServiceUsage).where(eq(userServiceUsage.userId, userId)),
  ]);

  const favouriteIds = new Set(favouriteRows.map((f) => f.serviceId));
  const visible = new Map(
    catalogue.rows.filter((r) => !layout.hidden.has(r.id)).map((r) => [r.id, toHomeService(r, favouriteIds.has(r.id))]),
  );
  const byCode = new Map([...visible.values()].map((s) => [s.code, s]));
  const serviceFor = (key: ProfileServiceKey) => byCode.get(profileServiceCodes[key]) ?? null;

  const actions = [...(await applicationActionItems(db, userId, today)), ...actionItems(profile, serviceFor)];
  const fromProfile: { service: HomeService | null; reason: HomeReason }[] = [];
  const birthRegistration = serviceFor("birthRegistration");
  const newborn = [...profile.newbornBirthDates].sort().at(-1);
  if (birthRegistration && newborn && !(await birthApplied(db, userId, birthRegistration.id, newborn))) {
    fromProfile.push({ service: birthRegistration, reason: { code: "newborn", date: newborn } });
  }
  fromProfile.push(...actions.filter((a) => !a.application));
  const vehicle = profile.vehicles.find((v) => v.status === "normal");
  if (vehicle)
    fromProfile.push({
      service: serviceFor("trafficViolations"),
      reason: { code: "vehicle", plate: vehicle.plateNumber },
    });

  // "你已使用 N 次" counts what the citizen did with the service, not how often a page showed it: an
  // application is started once and submitted once, a booking is submitted with no start, so the larger
  // count is the number of uses. Opening a guide makes a service recently used, never frequently.
  const uses = usage.map((u) => ({
    serviceId: u.serviceId,
    count: Math.max(u.starts, u.submits),
    lastUsedAt: u.lastUsedAt,
  }));
  const frequent = uses
    .filter((u) => u.count >= frequentUseThreshold)
    .sort((a, b) => b.count - a.count || b.lastUsedAt.getTime() - a.lastUsedAt.getTime())
    .slice(0, usageRecommendations);
  const recentSince = now.getTime() - recentUseDays * 24 * 3600 * 1000;
  const recent = uses
    .filter((u) => u.lastUsedAt.getTime() >= recentSince)
    .sort((a, b) => b.lastUsedAt.getTime() - a.lastUsedAt.getTime())
    .slice(0, usageRecommendations);

  const computed: { service: HomeService; reason: HomeReason }[] = [
    ...fromProfile.flatMap((r) => (r.service ? [{ service: r.service, reason: r.reason }] : [])),
    ...frequent.flatMap((u) => withService(visible, u.serviceId, { code: "frequentlyUsed", count: u.count })),
    ...recent.flatMap((u) =>
      withService(visible, u.serviceId, { code: "recentlyUsed", date: chinaToday(u.lastUsedAt) }),
    ),
  ];
  const recommendations: HomeRecommendation[] = [];
  const placed = new Set<number>();
  // A pin is there because someone put it there for the citizen, and says so: borrowing a usage or
  // profile reason would tell them they did something they never did.
  for (const id of layout.pinned) {
    const service = visible.get(id);
    if (!service || placed.has(id)) continue;
    placed.add(id);
    recommendations.push({ service, reason: { code: "pinned" }, pinned: true });
  }
  let added = 0;
  for (const c of computed) {
    if (added >= computedRecommendations) break;
    if (placed.has(c.service.id)) continue;
    placed.add(c.service.id);
    recommendations.push({ ...c, pinned: false });
    added++;
  }

  return {
    audience: "citizen",
    actions,
    recommendations,
    favourites: favouriteRows.flatMap((f) => {
      const service = visible.get(f.serviceId);
      return service ? [service] : [];
    }),
    grid: gridOf(catalogue, visible),
    groups: layout.groups,
  };
}

function withService(visible: Map<number, HomeService>, serviceId: number, reason: HomeReason) {
  const service = visible.get(serviceId);
  return service ? [{ service, reason }] : [];
}

/** Documents, licences and inspections that fall due within the renewal window or lapsed recently, soonest first. */
function actionItems(
  profile: CitizenProfile,
  serviceFor: (key: ProfileServiceKey) => HomeService | null,
): HomeActionItem[] {
  const { today } = profile;
  const horizon = addDays(today, dueWithinDays);
  const forgotten = addDays(today, -expiredForgottenAfterDays);
  const due = (date: string) => date <= horizon && date >= forgotten;
  const items: (HomeActionItem & { date: string })[] = [];

  for (const doc of profile.travelDocuments) {
    if ((doc.status !== "valid" && doc.status !== "expired") || !due(doc.expiryDate)) continue;
    const expired = doc.status === "expired" || doc.expiryDate < today;
    items.push({
      date: doc.expiryDate,
      reason: {
        code: expired ? "travelDocumentExpired" : "travelDocumentExpiring",
        document: doc.type,
        date: doc.expiryDate,
      },
      service: serviceFor(travelDocumentRenewal[doc.type]),
    });
  }
  const licence = profile.licence;
  if (licence?.validUntil && (licence.status === "valid" || licence.status === "expired") && due(licence.validUntil)) {
    const expired = licence.status === "expired" || licence.validUntil < today;
    items.push({
      date: licence.validUntil,
      reason: { code: expired ? "licenceExpired" : "licenceExpiring", date: licence.validUntil },
      service: serviceFor("licenceRenewal"),
    });
  }
  for (const vehicle of profile.vehicles) {
    if (vehicle.status !== "normal" || !due(vehicle.inspectionDue)) continue;
    items.push({
      date: vehicle.inspectionDue,
      reason: {
        code: vehicle.inspectionDue < today ? "inspectionOverdue" : "inspectionDue",
        plate: vehicle.plateNumber,
        date: vehicle.inspectionDue,
      },
      service: serviceFor("vehicleInspection"),
    });
  }
  return items.sort((a, b) => a.date.localeCompare(b.date)).map(({ date: _date, ...item }) => item);
}

/**
 * The citizen's own applications waiting for them: a supplement the station asked for, an approval whose
 * window visit is due within two weeks (postal deliveries need no visit), and a draft whose postage is
 * paid but which could not be submitted. Most urgent first.
 */
async function applicationActionItems(db: Db, userId: string, today: string): Promise<HomeActionItem[]> {
  const rows = await db
    .select({
      id: applications.id,
      number: applications.number,
      state: applications.state,
      windowDeadline: applications.windowDeadline,
      delivery: applications.delivery,
      serviceName: services.name,
      serviceNameEn: services.nameEn,
    })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(
      and(
        eq(applications.applicantId, userId),
        or(
          eq(applications.state, "needs_supplement"),
          // A deadline that has passed asks nothing any more, even before the nightly job marks it expired.
          and(
            eq(applications.state, "approved"),
            gte(applications.windowDeadline, today),
            lte(applications.windowDeadline, addDays(today, windowVisitDueWithinDays)),
          ),
          and(eq(applications.state, "draft"), isNotNull(applications.paidAt)),
        ),
      ),
    )
    .orderBy(asc(applications.windowDeadline), asc(applications.stateSince));
  const rank = { needs_supplement: 0, draft: 1, approved: 2 } as Record<string, number>;
  return rows
    .filter((r) => r.state !== "approved" || r.delivery.method === "window")
    .sort((a, b) => (rank[a.state] ?? 3) - (rank[b.state] ?? 3))
    .map((r): HomeActionItem => {
      const application = { id: r.id, serviceName: r.serviceName, serviceNameEn: r.serviceNameEn };
      const number = r.number ?? "";
      const reason: HomeReason =
        r.state === "needs_supplement"
          ? { code: "applicationSupplement", number }
          : r.state === "approved" && r.windowDeadline
            ? { code: "applicationWindowVisit", number, date: r.windowDeadline }
            : { code: "applicationPaidDraft" };
      return { reason, service: null, application };
    });
}

/** States in which a birth registration is under way or done; a withdrawn or refused one does not count. */
const birthRegistrationGone = ["draft", "withdrawn", "rejected", "voided", "expired"] as const;

/**
 * Whether anyone in the citizen's household has applied for 出生登记 since the birth and the application
 * is under way or done: either parent may apply, and a child registered by it must not be announced as
 * unregistered the moment it appears in the register.
 */
async function birthApplied(db: Db, userId: string, serviceId: number, birthDate: string): Promise<boolean> {
  const [self] = await db
    .select({ householdId: residents.householdId })
    .from(users)
    .innerJoin(residents, eq(residents.id, users.residentId))
    .where(eq(users.id, userId));
  const applicants = self
    ? db
        .select({ id: users.id })
        .from(users)
        .innerJoin(residents, eq(residents.id, users.residentId))
        .where(eq(residents.householdId, self.householdId))
    : null;
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.serviceId, serviceId),
        applicants
          ? or(eq(applications.applicantId, userId), inArray(applications.applicantId, applicants))
          : eq(applications.applicantId, userId),
        notInArray(applications.state, [...birthRegistrationGone]),
        gte(applications.submittedAt, chinaMoment(birthDate)),
      ),
    )
    .limit(1);
  return !!row;
}
