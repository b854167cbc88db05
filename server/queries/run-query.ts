import "server-only";
import { and, eq, gte, inArray, isNotNull } from "drizzle-orm";
import type { ZodError } from "zod";
import type { Db } from "@/db/client";
import { services, smsCodes, users } from "@/db/schema";
import type { Actor } from "@/server/accounts/actor";
import { auditTrailOf } from "@/server/accounts/actor";
import { isCitizen } from "@/server/accounts/session-user";
import { recordAuditPerSubject } from "@/server/audit/record-audit";
import { maskPhone } from "@/server/crypto/mask";
import { decryptPii } from "@/server/crypto/pii";
import { DomainError } from "@/server/errors";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { rateLimit } from "@/server/security/rate-limit";
import { type QueryService, loadQueryService } from "./load-query-service";
import { type QueryConfig, nextStepHref } from "./query-config";
import type { QueryAsker, QueryRecord, QueryResult, QuerySource } from "./query-source";
import { queryRules } from "./query-rules";

export type QueryLink = { label: string; href: string };

/** A record as the page shows it: every next step already a link. */
export type QueryRecordView = Omit<QueryRecord, "actions"> & { actions: QueryLink[] };

export type QueryResultView = {
  title: string;
  records: QueryRecordView[];
  note: string | null;
  emptyText: string;
};

/** The answer, or the request to confirm by SMS first (to the masked phone on the account). */
export type QueryOutcome = { kind: "result"; view: QueryResultView } | { kind: "confirm"; phone: string };

export type RunQueryParams = {
  actor: Actor;
  locale: Locale;
  code: string;
  input: Record<string, string>;
  now?: Date;
};

type AskerRow = QueryAsker & { phoneHash: string | null; phoneEnc: string | null };

/**
 * Answers a 查询 service from its register source: who may ask (own and family data only for the signed-in,
 * real-name verified citizen; public registers for anyone, rate-limited), a fresh SMS confirmation for
 * sensitive answers, then the source in one transaction with an audit entry for every person whose data it
 * shows (so it appears in their "谁查看了我的信息"), and the source's next steps turned into links by the
 * service's configuration.
 */
export async function runQuery(db: Db, p: RunQueryParams): Promise<QueryOutcome> {
  const now = p.now ?? new Date();
  const service = await loadQueryService(db, p.code);
  const { config, source } = service;
  if (config.kind !== "source" || !source) throw new DomainError("NOT_FOUND");
  const asker = await askerFor(db, p.actor, source);
  if (source.access === "public") await limitPublicQuery(db, p.actor, now);
  const input = parseInput(source, p.input);
  if ((source.sensitive || config.sensitive) && asker && !(await hasFreshConfirmation(db, asker, now))) {
    return { kind: "confirm", phone: asker.phoneEnc ? maskPhone(decryptPii(asker.phoneEnc)) : "" };
  }
  const t = translator(p.locale);
  const translate = (key: string, values?: Record<string, string | number | Date>) => t(key as never, values as never);
  const result = await db.transaction(async (tx) => {
    const answer = await source.run(
      {
        tx,
        now,
        locale: p.locale,
        t: translate,
        asker: asker && { userId: asker.userId, residentId: asker.residentId, idNumberHash: asker.idNumberHash },
        serviceCode: service.code,
        scope: config.scope,
      },
      input,
    );
    const subjects = [...(source.access === "own" && asker ? [asker.idNumberHash] : []), ...(answer.subjects ?? [])];
    await recordAuditPerSubject(
      tx,
      {
        ...auditTrailOf(p.actor),
        action: `query.${source.access}.${service.code}`,
        targetType: "service",
        targetId: service.code,
        details: { source: source.key, records: answer.records.length },
      },
      subjects,
    );
    return answer;
  });
  return { kind: "result", view: await viewOf(db, service, config, result, p.locale, translate) };
}

/** The signed-in, verified citizen asking (required for own and family data), or null for an anonymous public query. */
async function askerFor(db: Db, actor: Actor, source: QuerySource): Promise<AskerRow | null> {
  if (!actor.user) {
    if (source.access === "public") return null;
    throw new DomainError("UNAUTHORIZED");
  }
  if (!isCitizen(actor.user)) {
    if (source.access === "public") return null;
    throw new DomainError("FORBIDDEN");
  }
  const [row] = await db
    .select({
      verification: users.verification,
      residentId: users.residentId,
      idNumberHash: users.idNumberHash,
      phoneHash: users.phoneHash,
      phoneEnc: users.phoneEnc,
    })
    .from(users)
    .where(eq(users.id, actor.user.id));
  if (row?.verification !== "verified" || !row.residentId || !row.idNumberHash) {
    if (source.access === "public") return null;
    throw new DomainError("REAL_NAME_REQUIRED");
  }
  return {
    userId: actor.user.id,
    residentId: row.residentId,
    idNumberHash: row.idNumberHash,
    phoneHash: row.phoneHash,
    phoneEnc: row.phoneEnc,
  };
}

/** One shared budget for every public register, so switching services does not multiply it. */
export async function limitPublicQuery(db: Db, actor: Actor, now: Date) {
  const window = { limit: queryRules.publicPerWindow, windowSeconds: queryRules.publicWindowSeconds };
  const keys = [
    ...(actor.ip ? [`query:public:ip:${actor.ip}`] : []),
    ...(actor.user ? [`query:public:user:${actor.user.id}`] : []),
  ];
  for (const key of keys) {
    const result = await rateLimit(db, { key, ...window }, now);
    if (!result.allowed) throw new DomainError("RATE_LIMITED", { seconds: result.retryAfterSeconds });
  }
}

/** A field's problem as a message key of errors.form: the source's own ("form.plateNumber") or a generic one. */
function parseInput(source: QuerySource, raw: Record<string, string>): Record<string, unknown> {
  const known = new Set(source.fields.map((f) => f.key));
  const given = Object.fromEntries(Object.entries(raw).filter(([k]) => known.has(k)));
  const parsed = source.input.safeParse(given);
  if (parsed.success) return parsed.data;
  throw new DomainError("BAD_INPUT", {}, fieldProblems(parsed.error));
}

function fieldProblems(error: ZodError): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (problems[field]) continue;
    problems[field] = issue.message.startsWith("form.")
      ? issue.message
      : issue.code === "too_big"
        ? "form.tooLong"
        : issue.code === "too_small" || issue.code === "invalid_type"
          ? "form.required"
          : "form.notText";
  }
  return problems;
}

/** Whether the asker confirmed a query code within the last few minutes (on this account's phone). */
export async function hasFreshConfirmation(db: Db, asker: { phoneHash: string | null }, now: Date): Promise<boolean> {
  if (!asker.phoneHash) return false;
  const since = new Date(now.getTime() - queryRules.confirmationMinutes * 60_000);
  const [row] = await db
    .select({ id: smsCodes.id })
    .from(smsCodes)
    .where(
      and(
        eq(smsCodes.phoneHash, asker.phoneHash),
        eq(smsCodes.purpose, "query_confirm"),
        isNotNull(smsCodes.consumedAt),
        gte(smsCodes.consumedAt, since),
      ),
    )
    .limit(1);
  return !!row;
}

async function viewOf(
  db: Db,
  service: QueryService,
  config: Extract<QueryConfig, { kind: "source" }>,
  result: QueryResult,
  locale: Locale,
  t: (key: string, values?: Record<string, string>) => string,
): Promise<QueryResultView> {
  const targets = [...new Set(Object.values(config.nextSteps).map((s) => s.service))];
  const names = targets.length
    ? await db
        .select({ code: services.code, name: services.name, nameEn: services.nameEn })
        .from(services)
        .where(inArray(services.code, targets))
    : [];
  const nameOf = new Map(names.map((n) => [n.code, locale === "en" ? n.nameEn : n.name]));
  const linkOf = (action: QueryRecord["actions"][number]): QueryLink | null => {
    if (action.kind === "link") return isPlatformPath(action.href) ? { label: action.label, href: action.href } : null;
    const target = config.nextSteps[action.step];
    const name = target && nameOf.get(target.service);
    if (!target || !name) return null;
    return { label: t(`queries.next.${target.via}`, { service: name }), href: nextStepHref(target) };
  };
  return {
    title: locale === "en" ? service.nameEn : service.name,
    records: result.records.map((r) => ({
      ...r,
      actions: r.actions.map(linkOf).filter((l): l is QueryLink => l !== null),
    })),
    note: result.note ?? null,
    emptyText: result.emptyText ?? t("queries.page.empty"),
  };
}

/** Only the platform's own pages: a source never sends the citizen elsewhere. */
function isPlatformPath(href: string) {
  return href.startsWith("/") && !href.startsWith("//") && !href.includes("\\");
}
