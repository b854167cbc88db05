import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ObjectionForm } from "@/components/notices/objection-form";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { parseSearchParams, type SearchParams } from "@/components/ui/search-params";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { z } from "zod";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notices.objection");
  return { title: t("title"), robots: { index: false } };
}

/** Raising an objection to one notice during its period; signed in, so the notice page itself stays public. */
export default async function NewObjectionPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { notice: noticeId } = parseSearchParams({ notice: z.uuid().optional() }, await searchParams);
  await requireCitizenPage(noticeId ? `/me/objections/new?notice=${noticeId}` : "/me/objections");
  if (!noticeId) notFound();
  const [t, notice] = await Promise.all([
    getTranslations("notices.objection"),
    getQueryClient()
      .fetchQuery(trpc.notices.get.queryOptions({ id: noticeId }))
      .catch((error: unknown) => {
        if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
        throw error;
      }),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p>
          {t("about")}{" "}
          <Link href={`/notices/${notice.id}`} className="text-primary underline underline-offset-4 break-words">
            {notice.title}
          </Link>
        </p>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {notice.objectionsOpen ? (
        <ObjectionForm noticeId={notice.id} />
      ) : (
        <Alert variant="warning">{t(notice.objectionsTaken ? "closed" : "notTaken")}</Alert>
      )}
    </div>
  );
}
