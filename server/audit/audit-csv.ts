import { type CsvCell, csvDocument } from "@/server/csv/csv-document";
import { chinaDateTime } from "@/server/dates/china-date-time";
import type { Locale } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";
import { auditActionLabel } from "./audit-action-codes";
import type { AuditExport } from "./export-audit-entries";

/** The export as a spreadsheet: headers and action names in the reader's language beside the codes, China time. */
export function auditCsv(exported: AuditExport, locale: Locale): string {
  const t = translator(locale);
  const known = (key: string) => t.has(key as never);
  const actionLabel = (code: string) =>
    auditActionLabel(code, (c) => (known(`audit.actions.${c}`) ? t(`audit.actions.${c}` as never) : undefined));
  const roleLabel = (roles: string | null) =>
    (roles ?? "")
      .split(",")
      .filter(Boolean)
      .map((r) => (known(`shell.roles.${r}`) ? t(`shell.roles.${r}` as never) : r))
      .join("、");
  const header = [
    "at",
    "actorName",
    "actorAccount",
    "actorRole",
    "actorUnit",
    "action",
    "actionCode",
    "targetType",
    "targetId",
    "outcome",
    "details",
    "ip",
  ].map((key) => t(`audit.csv.${key}` as never));
  const rows: CsvCell[][] = exported.rows.map((r) => [
    chinaDateTime(r.at),
    r.actor?.maskedName ?? null,
    r.actor?.maskedAccount ?? null,
    r.actor ? roleLabel(r.actor.role) : null,
    r.actor?.unit ? (locale === "en" && r.actor.unit.nameEn ? r.actor.unit.nameEn : r.actor.unit.name) : null,
    actionLabel(r.action),
    r.action,
    r.targetType,
    r.targetId,
    r.outcome,
    r.details ? JSON.stringify(r.details) : null,
    r.ip,
  ]);
  return csvDocument([header, ...rows]);
}
