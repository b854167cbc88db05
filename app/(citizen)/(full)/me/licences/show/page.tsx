import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LicenceFacts } from "@/components/licences/licence-facts";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { ShowCodePanel } from "./show-code-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("licences.show");
  return { title: t("title"), robots: { index: false } };
}

/** 电子证照亮证: the citizen's own ID card and driving licence, with a QR code a checker scans to verify them. */
export default async function ShowLicencesPage() {
  await requireCitizenPage("/me/licences/show");
  const [t, mine] = await Promise.all([
    getTranslations("licences.show"),
    getQueryClient().fetchQuery({ ...trpc.licences.mine.queryOptions(), staleTime: 0 }),
  ]);
  return (
    <article className="mx-auto flex w-full max-w-xl flex-col gap-5">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {mine.state === "unverified" ? (
        <Alert variant="warning" role="note">
          {t("unverified")}
        </Alert>
      ) : mine.state === "not_in_register" ? (
        <Alert variant="warning" role="note">
          {t("notInRegister")}
        </Alert>
      ) : (
        <>
          {mine.card.drivingLicence ? null : (
            <Alert variant="info" role="note">
              {t("noDrivingLicence")}
            </Alert>
          )}
          <ClientMessages namespaces={["licences.show"]}>
            <ShowCodePanel />
          </ClientMessages>
          <LicenceFacts card={mine.card} />
          <p className="text-sm text-muted-foreground">{t("privacy")}</p>
        </>
      )}
    </article>
  );
}
