import { CircleCheck, CircleX, Clock } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { LicenceFacts } from "@/components/licences/licence-facts";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import {
  checkOrWait,
  decodedCode,
  VerdictPanel,
  VerificationFrame,
  type Verdict,
} from "@/components/verify/verification-result";
import { normaliseShowCode } from "@/server/licences/show-code";

type Params = Promise<{ code: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("licences.verify");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const statusLook = {
  valid: { Icon: CircleCheck, look: "good" },
  expired: { Icon: Clock, look: "bad" },
  not_found: { Icon: CircleX, look: "bad" },
} as const;

/** What a checker sees after scanning an electronic licence screen: live or not, and the licence if live. */
export default async function LicenceCheckPage({ params }: { params: Params }) {
  const { code: raw } = await params;
  const typed = decodedCode(raw).slice(0, 200);
  const canonical = normaliseShowCode(typed);
  if (canonical && canonical !== typed) redirect(`/verify/licence/${canonical}`);

  const [t, format] = await Promise.all([getTranslations("licences.verify"), getFormatter()]);
  const result = await checkOrWait(() =>
    getQueryClient().fetchQuery({ ...trpc.licences.verifyShowCode.queryOptions({ code: typed }), staleTime: 0 }),
  );
  if ("limitedFor" in result) {
    return (
      <VerificationFrame title={t("title")} again={t("checkAnother")} width="xl">
        <Alert variant="warning" title={t("rateLimitedTitle")}>
          {t("rateLimited", { seconds: result.limitedFor })}
        </Alert>
      </VerificationFrame>
    );
  }
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "medium" });
  const verdict: Verdict = {
    ...statusLook[result.status],
    label: t(`status.${result.status}.label`),
    explanation: t(`status.${result.status}.explanation`),
  };
  return (
    <VerificationFrame title={t("title")} again={t("checkAnother")} width="xl">
      <VerdictPanel id="licence-check-status" verdict={verdict} code={result.code} codeLabel={t("codeChecked")}>
        {result.status !== "not_found" ? (
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("issuedAt")}</dt>
            <dd>{when(result.issuedAt)}</dd>
            <dt className="font-medium">{t("expiresAt")}</dt>
            <dd>{when(result.expiresAt)}</dd>
          </dl>
        ) : null}
      </VerdictPanel>
      {result.status === "valid" ? (
        <>
          <LicenceFacts card={result.card} />
          <p className="text-sm text-muted-foreground">{t("privacyNote")}</p>
        </>
      ) : null}
    </VerificationFrame>
  );
}
