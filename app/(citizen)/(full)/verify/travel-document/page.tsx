import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TravelDocumentCheckForm } from "./travel-document-check-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("licences.travelCheck");
  return { title: t("title") };
}

/** 出入境证件真伪核验: open to anyone, no sign-in; the check itself is rate-limited and audited. */
export default async function TravelDocumentCheckPage() {
  const t = await getTranslations("licences.travelCheck");
  return (
    <article className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      <ClientMessages namespaces={["licences.travelCheck"]}>
        <TravelDocumentCheckForm />
      </ClientMessages>
    </article>
  );
}
