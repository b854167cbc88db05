import { getFormatter, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { type EndorsementAction, openEndorsementStates } from "@/server/exit-entry/endorsement-transitions";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { EndorsementForm, WithdrawEndorsementButton } from "./endorsement-form";

export async function generateMetadata() {
  const t = await getTranslations("exitEntry.endorsement");
  return { title: t("title"), robots: { index: false } };
}

/** Apply for a HK/Macau travel endorsement and follow it until it is collected at the window. */
export default async function EndorsementPage() {
  await requireCitizenPage("/exit-entry/endorsement");
  const queryClient = getQueryClient();
  const [t, format, profile, mine] = await Promise.all([
    getTranslations("exitEntry.endorsement"),
    getFormatter(),
    queryClient.fetchQuery(trpc.me.profile.queryOptions()),
    queryClient.fetchQuery(trpc.exitEntry.myEndorsements.queryOptions()),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const permits = profile.travelDocuments
    .filter((d) => d.type === "hk_macau_permit" && (d.status === "valid" || d.status === "expiring"))
    .map((d) => ({ id: d.id, maskedNumber: d.maskedNumber, expiryDate: d.expiryDate }));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {permits.length === 0 ? <Alert variant="info">{t("noPermit")}</Alert> : <EndorsementForm permits={permits} />}
      <Card aria-labelledby="my-endorsements">
        <CardHeader>
          <CardTitle id="my-endorsements">{t("mine")}</CardTitle>
        </CardHeader>
        <CardContent>
          {mine.length === 0 ? <p className="text-muted-foreground">{t("none")}</p> : null}
          <ul className="flex flex-col gap-3">
            {mine.map((a) => (
              <li
                key={a.id}
                className="flex flex-col gap-2 rounded-md border border-border p-4"
                data-testid="my-endorsement"
              >
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-semibold tabular-nums">{a.number}</span>
                  <Badge
                    variant={a.state === "endorsed" ? "success" : a.state === "rejected" ? "destructive" : "primary"}
                  >
                    {t(`states.${a.state}`)}
                  </Badge>
                </div>
                <p>
                  {t(`destinations.${a.destination}`)} · {t(`tripsOptions.${a.trips}`)} · {a.maskedPermitNumber}
                </p>
                <p className="text-sm text-muted-foreground">
                  {a.unitName} · {format.dateTime(a.createdAt, { dateStyle: "medium" })} ·{" "}
                  {a.feeReceivedAt
                    ? t("feePaid", { amount: fenToYuan(a.feeFen), at: when(a.feeReceivedAt) })
                    : (openEndorsementStates as readonly string[]).includes(a.state)
                      ? t("fee", { amount: fenToYuan(a.feeFen) })
                      : t("feeAmount", { amount: fenToYuan(a.feeFen) })}
                </p>
                {a.state === "endorsed" ? <p>{t("collect", { unit: a.unitName })}</p> : null}
                {a.outcomeNote ? <p>{t("reason", { note: a.outcomeNote })}</p> : null}
                <ol
                  className="flex flex-col gap-2 border-s-2 border-border ps-4"
                  aria-label={t("steps", { number: a.number })}
                >
                  {a.steps.map((step) => (
                    <li key={`${step.action}-${step.at.toISOString()}`} className="flex flex-col">
                      <span className="font-medium">{t(`events.${step.action as EndorsementAction | "submit"}`)}</span>
                      <time className="text-sm text-muted-foreground tabular-nums" dateTime={step.at.toISOString()}>
                        {when(step.at)}
                      </time>
                    </li>
                  ))}
                </ol>
                {a.state === "submitted" ? (
                  <WithdrawEndorsementButton applicationId={a.id} version={a.version} />
                ) : null}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}
