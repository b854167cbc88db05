import { TRPCError } from "@trpc/server";
import { FileDown } from "lucide-react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccidentPartiesFacts } from "@/components/accidents/accident-parties-facts";
import { PhotoGallery } from "@/components/accidents/photo-gallery";
import { SettleClaimForm } from "@/components/accidents/settle-claim-form";
import { slotTitle } from "@/components/accidents/slot-title";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { partyLetters, partyLettersEn } from "@/server/accidents/accident-rules";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { DocumentPdfLink } from "@/components/documents/document-pdf-link";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata() {
  const t = await getTranslations("accidents.claims");
  return { title: t("nav") };
}

/** One claim: photos, liabilities, the agreement or determination, and the assessment and payment. */
export default async function ClaimPage({ params }: { params: Promise<{ partyId: string }> }) {
  const { partyId } = await params;
  const user = await requireDashboardPage(`/dashboard/claims/${partyId}`);
  if (!user.roles.includes("insurer")) redirect("/forbidden");
  if (!uuid.test(partyId)) notFound();
  const [t, format, en] = await Promise.all([
    getTranslations("accidents"),
    getFormatter(),
    getLocale().then((l) => l === "en"),
  ]);
  const claim = await getQueryClient()
    .fetchQuery({ ...trpc.accidents.claim.queryOptions({ partyId }), staleTime: 0 })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    });
  const insured = claim.parties.find((p) => p.id === claim.claimPartyId);
  const letter = (position: number) => (en ? partyLettersEn : partyLetters)[position - 1] ?? "";
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <Link href="/dashboard/claims" className="text-primary underline underline-offset-4">
        {t("claims.back")}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("claims.detailTitle", { code: claim.code })}</h1>
        <p className="text-muted-foreground">
          {format.dateTime(claim.occurredAt, { dateStyle: "medium", timeStyle: "short" })} · {claim.place}
        </p>
        {insured ? (
          <p className="font-medium">{t("claims.insuredParty", { letter: letter(insured.position) })}</p>
        ) : null}
      </div>
      {claim.document ? (
        <DocumentPdfLink
          blobId={claim.document.pdfBlobId}
          className={buttonVariants({ variant: "outline", className: "self-start" })}
        >
          <FileDown aria-hidden="true" />
          {t(`live.document.${claim.document.kind as "accident_agreement"}`)}
        </DocumentPdfLink>
      ) : null}
      <Card>
        <CardContent className="pt-5">
          <PhotoGallery
            photos={claim.slots.map((s) => ({
              slot: s.slot,
              blobId: s.blobId,
              title: slotTitle(s.slot, t as never, en),
            }))}
          />
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-5">
          <AccidentPartiesFacts accident={claim} en={en} highlight={claim.claimPartyId} />
        </CardContent>
      </Card>
      <Card>
        <CardContent className="flex flex-col gap-3 pt-5" data-testid="claim-settlement">
          {insured?.assessedLossFen != null ? (
            <p>{t("live.assessed", { amount: fenToYuan(insured.assessedLossFen) })}</p>
          ) : null}
          {insured?.paidFen != null ? (
            <Alert variant="success">{t("live.paid", { amount: fenToYuan(insured.paidFen) })}</Alert>
          ) : null}
          <SettleClaimForm
            partyId={claim.claimPartyId}
            assessed={insured?.assessedLossFen != null ? fenToYuan(insured.assessedLossFen) : null}
            paid={insured?.paidFen != null}
          />
        </CardContent>
      </Card>
    </div>
  );
}
