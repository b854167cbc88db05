import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccidentJoinForm } from "@/components/accidents/accident-join-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Card, CardContent } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accidents.joinPage");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ code?: string | string[] }> };

/** The other driver joins here, by typing the code or through the QR code (which carries `?code=`). */
export default async function JoinAccidentPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const initial = typeof code === "string" && /^\d{6}$/.test(code) ? code : "";
  await requireCitizenPage(initial ? `/traffic/accident/join?code=${initial}` : "/traffic/accident/join");
  const [t, choices] = await Promise.all([
    getTranslations("accidents.joinPage"),
    getQueryClient().fetchQuery(trpc.accidents.choices.queryOptions()),
  ]);
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary">{t("title")}</h1>
        <p className="text-muted-foreground">{t("lead")}</p>
      </header>
      <Card>
        <CardContent className="pt-5">
          <AccidentJoinForm insurers={choices.insurers} me={choices.me} initialCode={initial} />
        </CardContent>
      </Card>
    </div>
  );
}
