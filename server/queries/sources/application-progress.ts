import "server-only";
import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "@/db/client";
import { type ApplicationState, applicationEvents, applications, services } from "@/db/schema";
import { chinaDateTime } from "@/server/dates/china-date-time";
import { messages } from "@/server/i18n/messages";
import { inQueryScope } from "../query-config";
import { type QueryRunContext, type QueryTone, defineQuerySource } from "../query-source";

/** How far back a progress query looks: enough for any application still open, and the recent ones done. */
const recentLimit = 30;

export const applicationTone: Record<ApplicationState, QueryTone> = {
  draft: "attention",
  submitted: "neutral",
  auto_review: "neutral",
  station_review: "neutral",
  needs_supplement: "urgent",
  county_review: "neutral",
  approved: "attention",
  completed: "ok",
  voided: "urgent",
  expired: "urgent",
  rejected: "urgent",
  withdrawn: "neutral",
};

/** The asker's submitted applications within the query's scope, newest first, with their service. */
export async function myApplications(tx: Tx, ctx: QueryRunContext) {
  if (!ctx.asker) return [];
  const rows = await tx
    .select({
      id: applications.id,
      number: applications.number,
      state: applications.state,
      delivery: applications.delivery,
      submittedAt: applications.submittedAt,
      windowDeadline: applications.windowDeadline,
      code: services.code,
      name: services.name,
      nameEn: services.nameEn,
    })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(and(eq(applications.applicantId, ctx.asker.userId), ne(applications.state, "draft")))
    .orderBy(desc(applications.submittedAt))
    .limit(recentLimit * 3);
  return rows.filter((r) => inQueryScope(ctx.scope, r.code)).slice(0, recentLimit);
}

/** Carrier, tracking number and posting time of a posted document, as record fields. */
export function postalFields(
  delivery: (typeof applications.$inferSelect)["delivery"],
  t: QueryRunContext["t"],
): { label: string; value: string }[] {
  if (delivery.method !== "post")
    return [{ label: t("queries.sources.progress.delivery"), value: t("queries.sources.progress.window") }];
  return [
    { label: t("queries.sources.progress.delivery"), value: t("queries.sources.progress.post") },
    ...(delivery.carrier ? [{ label: t("queries.sources.postal.carrier"), value: delivery.carrier }] : []),
    ...(delivery.trackingNumber
      ? [{ label: t("queries.sources.postal.tracking"), value: delivery.trackingNumber }]
      : []),
    ...(delivery.postedAt
      ? [{ label: t("queries.sources.postal.postedAt"), value: chinaDateTime(new Date(delivery.postedAt)) }]
      : []),
  ];
}

/**
 * 办件进度查询 and the progress queries of each area (户政, 车驾管, 出入境, 治安 — the configuration's scope):
 * every application the citizen submitted, its state and what it means, its timeline, and for posted
 * documents the carrier and tracking number.
 */
export const applicationProgress = defineQuerySource({
  key: "application_progress",
  register: { name: "网上办件库（申请与办理过程）", nameEn: "Online applications and their handling" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {},
  input: z.strictObject({}),
  async run(ctx) {
    const { tx, t, locale } = ctx;
    const rows = await myApplications(tx, ctx);
    const events = rows.length
      ? await tx
          .select({
            applicationId: applicationEvents.applicationId,
            action: applicationEvents.action,
            at: applicationEvents.at,
          })
          .from(applicationEvents)
          .where(
            inArray(
              applicationEvents.applicationId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(applicationEvents.at))
      : [];
    return {
      emptyText: t("queries.sources.progress.none"),
      records: rows.map((r) => ({
        title: locale === "en" ? r.nameEn : r.name,
        subtitle: r.number ? t("queries.sources.progress.number", { number: r.number }) : undefined,
        fields: [
          ...(r.submittedAt
            ? [{ label: t("queries.sources.progress.submittedAt"), value: chinaDateTime(r.submittedAt) }]
            : []),
          ...(r.state === "approved" && r.windowDeadline
            ? [{ label: t("queries.sources.progress.deadline"), value: r.windowDeadline }]
            : []),
          ...postalFields(r.delivery, t),
        ],
        state: {
          label: t(`applications.states.${r.state}`),
          tone: applicationTone[r.state],
          meaning: t(`queries.sources.progress.meaning.${r.state}`),
        },
        timeline: events
          .filter((e) => e.applicationId === r.id)
          .map((e) => ({ at: e.at, label: eventLabel(t, e.action) }))
          .reverse(),
        actions: [
          { kind: "link" as const, label: t("queries.sources.progress.open"), href: `/me/applications/${r.id}` },
        ],
      })),
    };
  },
});

/** An action without a label (an internal step) reads as the generic "processed" rather than a raw code. */
function eventLabel(t: QueryRunContext["t"], action: string) {
  return action in messages["zh-CN"].applications.events
    ? t(`applications.events.${action}`)
    : t("queries.sources.progress.step");
}
