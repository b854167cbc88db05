import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { exitEntryOfficerRoles } from "@/server/exit-entry/exit-entry-roles";
import { EndorsementActions } from "./endorsement-actions";
import { EndorsementCard } from "./endorsement-card";
import { EndorsementSearch } from "./endorsement-search";

export async function generateMetadata() {
  const t = await getTranslations("exitEntry.endorsement");
  return { title: t("queueTitle") };
}

/**
 * The exit-entry window: open endorsement applications with the step each can take next, the endorsed
 * permits waiting for their holders (待领取), and a search for the person at the counter.
 */
export default async function EndorsementQueuePage() {
  const user = await requireDashboardPage("/dashboard/exit-entry/endorsements");
  if (!user.roles.some((r) => (exitEntryOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const queryClient = getQueryClient();
  const [t, queue, toCollect] = await Promise.all([
    getTranslations("exitEntry.endorsement"),
    queryClient.fetchQuery(trpc.exitEntry.endorsementQueue.queryOptions()),
    queryClient.fetchQuery(trpc.exitEntry.endorsementsToCollect.queryOptions()),
  ]);
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("queueTitle")}</h1>
        <p className="text-muted-foreground">{t("queueIntro")}</p>
      </div>
      <Card aria-labelledby="endorsement-search">
        <CardHeader>
          <CardTitle id="endorsement-search">{t("searchTitle")}</CardTitle>
          <CardDescription>{t("searchIntro")}</CardDescription>
        </CardHeader>
        <CardContent>
          <EndorsementSearch />
        </CardContent>
      </Card>
      <section aria-labelledby="endorsement-open" className="flex flex-col gap-4">
        <h2 id="endorsement-open" className="text-xl font-semibold">
          {t("openTitle")}
        </h2>
        {queue.length === 0 ? <p className="text-muted-foreground">{t("queueEmpty")}</p> : null}
        <ul className="flex flex-col gap-4">
          {queue.map((a) => (
            <EndorsementCard key={a.id} app={a} testId="endorsement-queue-item">
              <EndorsementActions applicationId={a.id} version={a.version} state={a.state} />
            </EndorsementCard>
          ))}
        </ul>
      </section>
      <section aria-labelledby="endorsement-to-collect" className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <h2 id="endorsement-to-collect" className="text-xl font-semibold">
            {t("toCollectTitle")}
          </h2>
          <p className="text-muted-foreground">{t("toCollectIntro")}</p>
        </div>
        {toCollect.length === 0 ? <p className="text-muted-foreground">{t("toCollectEmpty")}</p> : null}
        <ul className="flex flex-col gap-4">
          {toCollect.map((a) => (
            <EndorsementCard key={a.id} app={a} testId="endorsement-to-collect-item" />
          ))}
        </ul>
      </section>
    </div>
  );
}
