import { getFormatter, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table } from "@/components/ui/table";
import { requireAdminPage } from "@/server/accounts/page-guards";
import type { JobRunRow } from "@/server/jobs/list-job-runs";
import { RunNowButton } from "./run-now-button";

export async function generateMetadata() {
  const t = await getTranslations("jobs");
  return { title: t("title") };
}

const statusBadge: Record<JobRunRow["status"], "primary" | "success" | "destructive"> = {
  running: "primary",
  succeeded: "success",
  failed: "destructive",
};

export default async function JobsPage() {
  await requireAdminPage("/admin/jobs");
  const [t, format, functions] = await Promise.all([
    getTranslations("jobs"),
    getFormatter(),
    getQueryClient().fetchQuery(trpc.jobs.runs.queryOptions()),
  ]);
  const time = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "medium" }) : "–");
  const trigger = (v: string) => (v === "cron" || v === "event" || v === "manual" ? t(`triggers.${v}`) : v);
  // A function added without a title in the messages still shows, under the English name in its code.
  const title = (fn: { id: string; name: string }) => {
    const key = `names.${fn.id}` as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : fn.name;
  };
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      {functions.map((fn) => (
        <Card key={fn.id} aria-labelledby={`job-${fn.id}`} data-testid={`job-${fn.id}`}>
          <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
            <div className="flex flex-col gap-1">
              <CardTitle id={`job-${fn.id}`}>{title(fn)}</CardTitle>
              <CardDescription>
                <code>{fn.id}</code> · {t("schedule", { cron: fn.crons.join(", ") })}
              </CardDescription>
            </div>
            <RunNowButton functionId={fn.id} />
          </CardHeader>
          <CardContent>
            {fn.runs.length === 0 ? (
              <p className="text-muted-foreground">{t("noRuns")}</p>
            ) : (
              <Table
                rows={fn.runs}
                rowKey={(run) => run.id}
                columns={[
                  { key: "startedAt", header: t("startedAt"), numeric: true, cell: (run) => time(run.startedAt) },
                  { key: "finishedAt", header: t("finishedAt"), numeric: true, cell: (run) => time(run.finishedAt) },
                  { key: "trigger", header: t("trigger"), cell: (run) => trigger(run.trigger) },
                  {
                    key: "status",
                    header: t("status"),
                    cell: (run) => <Badge variant={statusBadge[run.status]}>{t(`statuses.${run.status}`)}</Badge>,
                  },
                  { key: "items", header: t("items"), align: "end", numeric: true, cell: (run) => run.itemsProcessed },
                  { key: "sms", header: t("sms"), align: "end", numeric: true, cell: (run) => run.smsQueued },
                  {
                    key: "error",
                    header: t("error"),
                    className: "max-w-xs break-words",
                    cell: (run) => run.error ?? "",
                  },
                ]}
              />
            )}
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
