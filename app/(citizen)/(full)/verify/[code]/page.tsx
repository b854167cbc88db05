import { CircleCheck, CircleHelp, CircleX } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import {
  checkOrWait,
  decodedCode,
  VerdictPanel,
  VerificationFrame,
  type Verdict,
} from "@/components/verify/verification-result";
import { normaliseDocumentCode } from "@/server/documents/document-code";

type Params = Promise<{ code: string }>;

/** One result per code: search engines have no business listing who holds which document. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify");
  return { title: t("resultTitle"), robots: { index: false, follow: false } };
}

const statusLook = {
  valid: { Icon: CircleCheck, look: "good" },
  revoked: { Icon: CircleX, look: "bad" },
  not_found: { Icon: CircleHelp, look: "unknown" },
} as const;

/** What anyone who scanned a document's QR code sees: whether the paper is genuine and still counts. */
export default async function VerifyResultPage({ params }: { params: Params }) {
  const { code: raw } = await params;
  const typed = decodedCode(raw);
  const canonical = normaliseDocumentCode(typed);
  if (canonical && canonical !== typed) redirect(`/verify/${canonical}`);

  const [t, format, locale] = await Promise.all([getTranslations("verify"), getFormatter(), getLocale()]);
  const result = await checkOrWait(() =>
    getQueryClient().fetchQuery(trpc.documents.verify.queryOptions({ code: typed.slice(0, 200) })),
  );
  if ("limitedFor" in result) {
    return (
      <VerificationFrame title={t("resultTitle")} again={t("checkAnother")}>
        <Alert variant="warning" title={t("rateLimitedTitle")}>
          {t("rateLimited", { seconds: result.limitedFor })}
        </Alert>
      </VerificationFrame>
    );
  }

  const en = locale === "en";
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const verdict: Verdict = {
    ...statusLook[result.status],
    label: t(`status.${result.status}.label`),
    explanation: t(`status.${result.status}.explanation`),
  };
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
    <VerificationFrame title={t("resultTitle")} again={t("checkAnother")}>
      <VerdictPanel id="verify-status" verdict={verdict} code={result.code} codeLabel={t("codeChecked")}>
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
      </VerdictPanel>

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
    </VerificationFrame>
  );
}
