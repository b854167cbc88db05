import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { WindowSearch } from "./window-search";

export async function generateMetadata() {
  const t = await getTranslations("desk.window");
  return { title: t("title") };
}

export default async function WindowPage() {
  const user = await requireDashboardPage("/dashboard/window");
  if (!user.roles.includes("window_officer")) redirect("/forbidden");
  const t = await getTranslations("desk.window");
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <WindowSearch />
    </div>
  );
}
