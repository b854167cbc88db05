import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { AccountCard } from "./account-card";
import { ApplicationsCard } from "./applications-card";
import { DocumentsCard } from "./documents-card";
import { HouseholdCard } from "./household-card";
import { ObjectionsCard } from "./objections-card";
import { OrganisationsCard } from "./organisations-card";
import { SecurityCard } from "./security-card";
import { SignInsCard } from "./sign-ins-card";
import { VehiclesCard } from "./vehicles-card";
import { WhoLookedCard } from "./who-looked-card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("me");
  return { title: t("title"), robots: { index: false } };
}

export default async function MePage() {
  await requireCitizenPage("/me");
  const queryClient = getQueryClient();
  const [t, profile, signIns, applications, whoLooked] = await Promise.all([
    getTranslations("me"),
    queryClient.fetchQuery(trpc.me.profile.queryOptions()),
    queryClient.fetchQuery(trpc.me.signIns.queryOptions()),
    queryClient.fetchQuery(trpc.applications.mine.queryOptions()),
    queryClient.fetchQuery(trpc.me.whoLookedAtMe.queryOptions()),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("heading")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 lg:items-start">
        <AccountCard profile={profile} />
        <HouseholdCard household={profile.household} />
      </div>
      <ApplicationsCard applications={applications} />
      <OrganisationsCard />
      <ObjectionsCard />
      <DocumentsCard profile={profile} />
      <VehiclesCard profile={profile} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 lg:items-start">
        <SecurityCard />
        <SignInsCard signIns={signIns} />
      </div>
      <WhoLookedCard log={whoLooked} />
    </div>
  );
}
