import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccidentQueueLive } from "@/components/accidents/accident-queue-live";
import { getQueryClient, HydrateClient, trpc } from "@/components/trpc/server";
import { Card, CardContent } from "@/components/ui/card";
import { accidentOfficerRoles } from "@/server/accidents/load-accident-for-actor";
import { requireDashboardPage } from "@/server/accounts/page-guards";

export async function generateMetadata() {
  const t = await getTranslations("accidents.queue");
  return { title: t("title") };
}

/** The traffic officer's live queue of accidents waiting for remote determination. */
export default async function AccidentQueuePage() {
  const user = await requireDashboardPage("/dashboard/traffic/accidents");
  if (!user.roles.some((r) => (accidentOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const t = await getTranslations("accidents.queue");
  await getQueryClient().prefetchQuery(trpc.accidents.queue.queryOptions());
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("lead")}</p>
      </div>
      <Card>
        <CardContent className="pt-5">
          <HydrateClient>
            <AccidentQueueLive />
          </HydrateClient>
        </CardContent>
      </Card>
    </div>
  );
}
