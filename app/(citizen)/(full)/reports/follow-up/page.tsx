import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FollowUpByToken } from "@/components/reports/follow-up-by-token";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.token");
  return { title: t("title"), robots: { index: false } };
}

/** An anonymous reporter reads the replies with the code shown once at filing; no sign-in, by design. */
export default async function FollowUpPage() {
  const t = await getTranslations("reports.token");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
      <FollowUpByToken />
    </div>
  );
}
