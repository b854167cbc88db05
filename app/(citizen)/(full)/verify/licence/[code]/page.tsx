import { TRPCError } from "@trpc/server";
import { CircleCheck, CircleX, Clock } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LicenceFacts } from "@/components/licences/licence-facts";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { isDomainError } from "@/server/errors";
import { normaliseShowCode } from "@/server/licences/show-code";
import type { LicenceShowVerification } from "@/server/licences/verify-show-code";

type Params = Promise<{ code: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("licences.verify");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const statusLook = {
  valid: { Icon: CircleCheck, box: "border-success bg-success-soft", icon: "text-success" },
  expired: { Icon: Clock, box: "border-destructive bg-destructive-soft", icon: "text-destructive" },
  not_found: { Icon: CircleX, box: "border-destructive bg-destructive-soft", icon: "text-destructive" },
} as const;

/** What a checker sees after scanning an electronic licence screen: live or not, and the licence if live. */
export default async function LicenceCheckPage({ params }: { params: Params }) {
  const { code: raw } = await params;
  const typed = safeDecode(raw).slice(0, 200);
  const canonical = normaliseShowCode(typed);
  if (canonical && canonical !== typed) redirect(`/verify/licence/${canonical}`);

  const [t, format] = await Promise.all([getTranslations("licences.verify"), getFormatter()]);
  const result = await lookUp(typed);
  const again = (
    <Link href="/verify" className={cn(buttonVariants({ variant: "secondary", size: "lg" }), "self-start")}>
      {t("checkAnother")}
    </Link>
  );
  if ("limitedFor" in result) {
    return (
      <article className="mx-auto flex w-full max-w-xl flex-col gap-6">
        <h1 className="text-2xl font-bold text-primary">{t("title")}</h1>
        <Alert variant="warning" title={t("rateLimitedTitle")}>
          {t("rateLimited", { seconds: result.limitedFor })}
        </Alert>
        {again}
      </article>
    );
  }
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  const look = statusLook[result.status];
  return (
    <article className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold text-primary">{t("title")}</h1>
      <section
        aria-labelledby="licence-check-status"
        className={cn("flex flex-col gap-3 rounded-lg border-2 p-4 sm:p-6", look.box)}
      >
        <p id="licence-check-status" className="flex items-center gap-3 text-3xl font-bold sm:text-4xl">
          <look.Icon aria-hidden="true" className={cn("size-10 shrink-0 sm:size-12", look.icon)} />
          <span>{t(`status.${result.status}.label`)}</span>
        </p>
        <p>{t(`status.${result.status}.explanation`)}</p>
        {result.status !== "not_found" ? (
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("issuedAt")}</dt>
            <dd>{when(result.issuedAt)}</dd>
            <dt className="font-medium">{t("expiresAt")}</dt>
            <dd>{when(result.expiresAt)}</dd>
          </dl>
        ) : null}
        {result.code ? (
          <p className="text-sm">
            {t("codeChecked")}{" "}
            <span className="font-mono text-base font-semibold tracking-wider break-all">{result.code}</span>
          </p>
        ) : null}
      </section>
      {result.status === "valid" ? (
        <>
          <LicenceFacts card={result.card} />
          <p className="text-sm text-muted-foreground">{t("privacyNote")}</p>
        </>
      ) : null}
      {again}
    </article>
  );
}

async function lookUp(code: string): Promise<LicenceShowVerification | { limitedFor: number }> {
  try {
    return await getQueryClient().fetchQuery({ ...trpc.licences.verifyShowCode.queryOptions({ code }), staleTime: 0 });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "TOO_MANY_REQUESTS") {
      const seconds = isDomainError(error.cause) ? Number(error.cause.params.seconds) : 60;
      return { limitedFor: seconds };
    }
    throw error;
  }
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
