import { useFormatter, useLocale, useTranslations } from "next-intl";
import { reportStates } from "@/db/schema/report-vocabulary";
import type { ReportView } from "@/server/reports/load-report-view";
import { ReportStateBadge } from "./report-state-badge";

const china = { timeZone: "Asia/Shanghai" } as const;

/**
 * A report as both sides read it: receipt, progress, what was reported, and every reply and message in
 * order. `viewer` only words who wrote a message ("我" for the reporter, "举报人" for the unit).
 */
export function ReportDetail({ report, viewer }: { report: ReportView; viewer: "reporter" | "officer" }) {
  const t = useTranslations("reports.detail");
  const tStates = useTranslations("reports.states");
  const format = useFormatter();
  const en = useLocale() === "en";
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", ...china });
  const reached = reportStates.indexOf(report.state);

  return (
    <div className="flex flex-col gap-6">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-border bg-surface p-4 sm:grid-cols-[auto_1fr]">
        <dt className="text-muted-foreground">{t("number")}</dt>
        <dd className="font-mono font-semibold break-all" data-testid="report-number">
          {report.number}
        </dd>
        <dt className="text-muted-foreground">{t("filedAt")}</dt>
        <dd>{at(report.createdAt)}</dd>
        <dt className="text-muted-foreground">{t("unit")}</dt>
        <dd>{en ? (report.unit.nameEn ?? report.unit.name) : report.unit.name}</dd>
        <dt className="text-muted-foreground">{t("due")}</dt>
        <dd>{format.dateTime(report.dueAt, { dateStyle: "medium", ...china })}</dd>
      </dl>

      <section aria-labelledby="report-timeline" className="flex flex-col gap-3">
        <h2 id="report-timeline" className="text-xl font-semibold">
          {t("timeline")}
        </h2>
        <ol className="flex flex-wrap items-center gap-2">
          {reportStates.map((state, i) => (
            <li
              key={state}
              aria-current={state === report.state ? "step" : undefined}
              className={i <= reached ? "font-semibold text-foreground" : "text-muted-foreground"}
            >
              {i > 0 ? <span aria-hidden="true">→ </span> : null}
              {state === report.state ? <ReportStateBadge state={state} /> : tStates(state)}
            </li>
          ))}
        </ol>
        {report.result ? (
          <div className="rounded-lg border border-success/30 bg-success-soft p-4">
            <p className="font-semibold">{t("result")}</p>
            <p className="whitespace-pre-wrap" data-testid="report-result">
              {report.result}
            </p>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="report-replies" className="flex flex-col gap-3">
        <h2 id="report-replies" className="text-xl font-semibold">
          {t("replies")}
        </h2>
        {report.replies.length === 0 ? (
          <p className="text-muted-foreground">{t("noReplies")}</p>
        ) : (
          <ul className="flex flex-col gap-3" data-testid="report-replies">
            {report.replies.map((r) => (
              <li
                key={r.id}
                className={
                  r.author === "officer"
                    ? "rounded-lg border border-primary/30 bg-primary-soft p-4"
                    : "rounded-lg border border-border p-4"
                }
              >
                <p className="text-sm text-muted-foreground">
                  {r.author === "officer" ? t("fromUnit") : viewer === "reporter" ? t("fromMe") : t("fromReporter")}
                  {" · "}
                  {at(r.createdAt)}
                </p>
                <p className="whitespace-pre-wrap">{r.body}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="report-answers" className="flex flex-col gap-3">
        <h2 id="report-answers" className="text-xl font-semibold">
          {t("answers")}
        </h2>
        <dl className="flex flex-col gap-3">
          {report.answers.map((a) => (
            <div key={a.key} className="flex flex-col gap-0.5">
              <dt className="text-sm text-muted-foreground">{en ? a.labelEn : a.label}</dt>
              <dd className="whitespace-pre-wrap break-words">{en ? a.valueEn : a.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
