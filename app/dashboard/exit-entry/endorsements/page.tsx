import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { exitEntryOfficerRoles } from "@/server/exit-entry/exit-entry-roles";
import { fenToYuan } from "@/server/payments/yuan";
import { EndorsementActions } from "./endorsement-actions";

export async function generateMetadata() {
  const t = await getTranslations("exitEntry.endorsement");
  return { title: t("queueTitle") };
}

/** The exit-entry window's open endorsement applications with the step each can take next. */
export default async function EndorsementQueuePage() {
  const user = await requireDashboardPage("/dashboard/exit-entry/endorsements");
  if (!user.roles.some((r) => (exitEntryOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const [t, format, queue] = await Promise.all([
    getTranslations("exitEntry.endorsement"),
    getFormatter(),
    getQueryClient().fetchQuery(trpc.exitEntry.endorsementQueue.queryOptions()),
  ]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("queueTitle")}</h1>
        <p className="text-muted-foreground">{t("queueIntro")}</p>
      </div>
      {queue.length === 0 ? <p className="text-muted-foreground">{t("queueEmpty")}</p> : null}
      <ul className="flex flex-col gap-4">
        {queue.map((a) => (
          <li key={a.id} className="flex flex-col gap-3 rounded-md border border-border p-4" data-testid="endorsement-queue-item">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <span className="font-semibold tabular-nums">{a.number}</span>
              <Badge variant="primary">{t(`states.${a.state}`)}</Badge>
            </div>
            <p>
              {t("applicant")}：{a.maskedName} · {a.maskedPermitNumber} · {t(`destinations.${a.destination}`)} · {t(`tripsOptions.${a.trips}`)}
            </p>
            <p className="text-sm text-muted-foreground">
              {a.unitName} · {format.dateTime(a.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {t("fee", { amount: fenToYuan(a.feeFen) })}
            </p>
            <EndorsementActions applicationId={a.id} version={a.version} state={a.state} />
          </li>
        ))}
      </ul>
    </div>
  );
}
