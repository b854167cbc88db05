import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { requireCitizenPage } from "@/server/accounts/page-guards";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notices.mine");
  return { title: t("title"), robots: { index: false } };
}

/** The citizen's objections to notices and the publishing units' answers, newest first. */
export default async function MyObjectionsPage() {
  await requireCitizenPage("/me/objections");
  const [t, format, locale, list] = await Promise.all([
    getTranslations("notices"),
    getFormatter(),
    getLocale(),
    getQueryClient().fetchQuery({ ...trpc.notices.myObjections.queryOptions(), staleTime: 0 }),
  ]);
  const en = locale === "en";
  const at = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("mine.title")}</h1>
        <p className="text-muted-foreground">{t("mine.intro")}</p>
      </header>
      {list.length === 0 ? <p>{t("mine.empty")}</p> : null}
      <ul className="flex flex-col gap-3" data-testid="my-objections">
        {list.map((o) => (
          <li key={o.id} className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4">
            <div className="flex flex-wrap items-center gap-2">
              <Link
                href={`/notices/${o.notice.id}`}
                className="text-lg font-semibold text-primary underline-offset-4 hover:underline break-words"
              >
                {o.notice.title}
              </Link>
              <Badge variant={o.state === "answered" ? "success" : "primary"}>{t(`objectionStates.${o.state}`)}</Badge>
            </div>
            <p className="text-sm text-muted-foreground">
              {[en ? (o.unit.nameEn ?? o.unit.name) : o.unit.name, at(o.createdAt)].join(" · ")}
              {o.state === "open" ? ` · ${t("mine.due", { date: at(o.dueAt) })}` : null}
            </p>
            <p className="whitespace-pre-line break-words">{o.body}</p>
            {o.answer ? (
              <div className="flex flex-col gap-1 rounded-md bg-muted p-3" data-testid="objection-answer">
                <p className="text-sm font-medium">
                  {t("mine.answer")}
                  {o.answeredAt ? ` · ${at(o.answeredAt)}` : null}
                </p>
                <p className="whitespace-pre-line break-words">{o.answer}</p>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <Link href="/notices" className="self-start text-primary underline underline-offset-4">
        {t("mine.board")}
      </Link>
    </div>
  );
}
