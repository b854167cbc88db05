import { TRPCError } from "@trpc/server";
import { CircleCheck, CircleHelp, CircleX } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { normaliseDocumentCode } from "@/server/documents/document-code";
import type { DocumentVerification } from "@/server/documents/get-document-verification";
import { isDomainError } from "@/server/errors";

type Params = Promise<{ code: string }>;

/** One result per code: search engines have no business listing who holds which document. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify");
  return { title: t("resultTitle"), robots: { index: false, follow: false } };
}

const statusLook = {
  valid: { Icon: CircleCheck, box: "border-success bg-success-soft", icon: "text-success" },
  revoked: { Icon: CircleX, box: "border-destructive bg-destructive-soft", icon: "text-destructive" },
  not_found: { Icon: CircleHelp, box: "border-warning bg-warning-soft", icon: "text-warning" },
} as const;

/** What anyone who scanned a document's QR code sees: whether the paper is genuine and still counts. */
export default async function VerifyResultPage({ params }: { params: Params }) {
  const { code: raw } = await params;
  const typed = safeDecode(raw);
  const canonical = normaliseDocumentCode(typed);
  if (canonical && canonical !== typed) redirect(`/verify/${canonical}`);

  const [t, format, locale] = await Promise.all([getTranslations("verify"), getFormatter(), getLocale()]);
  const result = await lookUp(typed);
  const again = (
    <Link href="/verify" className={cn(buttonVariants({ variant: "secondary" }), "self-start")}>
      {t("checkAnother")}
    </Link>
  );

  if ("limitedFor" in result) {
    return (
      <article className="mx-auto flex w-full max-w-2xl flex-col gap-6">
        <h1 className="text-2xl font-bold text-primary">{t("resultTitle")}</h1>
        <Alert variant="warning" title={t("rateLimitedTitle")}>
          {t("rateLimited", { seconds: result.limitedFor })}
        </Alert>
        {again}
      </article>
    );
  }

  const en = locale === "en";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const look = statusLook[result.status];
  const rows: [string, string][] =
    result.status === "not_found"
      ? []
      : [
          [t("docTitle"), result.title],
          [t("holder"), result.holderNameMasked],
          [t("issuingUnit"), en ? (result.issuingUnitNameEn ?? result.issuingUnitName) : result.issuingUnitName],
          [t("issuedAt"), when(result.issuedAt)],
          ...result.facts.map((f): [string, string] => [en ? f.labelEn : f.label, f.value]),
        ];

  return (
    <article className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold text-primary">{t("resultTitle")}</h1>

      <section
        aria-labelledby="verify-status"
        className={cn("flex flex-col gap-3 rounded-lg border-2 p-4 sm:p-6", look.box)}
      >
        <p id="verify-status" className="flex items-center gap-3 text-3xl font-bold sm:text-4xl">
          <look.Icon aria-hidden="true" className={cn("size-10 shrink-0 sm:size-12", look.icon)} />
          <span>{t(`status.${result.status}.label`)}</span>
        </p>
        <p>{t(`status.${result.status}.explanation`)}</p>
        {result.status === "revoked" ? (
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_minmax(0,1fr)]">
            {result.revokedAt ? (
              <>
                <dt className="font-medium">{t("revokedAt")}</dt>
                <dd className="break-words">{when(result.revokedAt)}</dd>
              </>
            ) : null}
            {result.revokeReason ? (
              <>
                <dt className="font-medium">{t("revokeReason")}</dt>
                <dd className="break-words">{result.revokeReason}</dd>
              </>
            ) : null}
          </dl>
        ) : null}
        {result.code ? (
          <p className="text-sm">
            {t("codeChecked")}{" "}
            <span className="font-mono text-base font-semibold tracking-wider break-all">{result.code}</span>
          </p>
        ) : null}
      </section>

      {rows.length ? (
        <section
          aria-labelledby="verify-document"
          className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 sm:p-6"
        >
          <h2 id="verify-document" className="text-lg font-semibold">
            {t("document")}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_minmax(0,1fr)]">
            {rows.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-muted-foreground">{label}</dt>
                <dd className="mb-2 break-words sm:mb-0">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-muted-foreground">
            {t("privacyNote")}{" "}
            {result.status !== "not_found" && result.viewerIsHolder ? t("holderView") : t("holderOnly")}
          </p>
        </section>
      ) : null}

      {again}
    </article>
  );
}

async function lookUp(code: string): Promise<DocumentVerification | { limitedFor: number }> {
  try {
    return await getQueryClient().fetchQuery(trpc.documents.verify.queryOptions({ code: code.slice(0, 200) }));
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
