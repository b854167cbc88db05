import { TRPCError } from "@trpc/server";
import { FileDown, LogIn, ShieldCheck } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PayFinesForm } from "@/components/traffic/pay-fines-form";
import { PlateBadge } from "@/components/traffic/plate-badge";
import { ViolationFacts } from "@/components/traffic/violation-facts";
import { ViolationLookup } from "@/components/traffic/violation-lookup";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import type { FineReceipt } from "@/server/traffic/list-my-fine-receipts";
import { formatPlateNumber } from "@/server/traffic/plate-number";
import { DocumentPdfLink } from "@/components/documents/document-pdf-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("traffic");
  return { title: t("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<{ paid?: string | string[]; payment?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The order the payer came back from, if it is theirs; anyone else's order number shows nothing. */
async function returnedOrder(orderNo: string | undefined) {
  if (!orderNo || orderNo.length > 32) return null;
  try {
    return await getQueryClient().fetchQuery({ ...trpc.payments.status.queryOptions({ orderNo }), staleTime: 0 });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

/**
 * 交通违法: a signed-in, verified citizen's violations with online payment and receipts, and for everyone
 * the look-up of one vehicle by plate and VIN tail. After paying, the provider sends the payer back here
 * with `?paid=<orderNo>`.
 */
export default async function TrafficViolationsPage({ searchParams }: Props) {
  const [params, user, t, format] = await Promise.all([
    searchParams,
    currentUser(),
    getTranslations("traffic"),
    getFormatter(),
  ]);
  const citizen = isCitizen(user);
  const [mine, receipts, returned] = citizen
    ? await Promise.all([
        getQueryClient().fetchQuery({ ...trpc.traffic.myViolations.queryOptions(), staleTime: 0 }),
        getQueryClient().fetchQuery({ ...trpc.traffic.receipts.queryOptions(), staleTime: 0 }),
        returnedOrder(first(params.paid)),
      ])
    : [null, [] as FineReceipt[], null];
  const returnedReceipt = returned ? receipts.find((r) => r.orderNo === returned.orderNo) : undefined;
  const unpaid = mine?.violations.filter((v) => v.status === "unpaid") ?? [];
  const others = mine?.violations.filter((v) => v.status !== "unpaid") ?? [];
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>

      {returned?.status === "paid" ? (
        <Alert variant="success" title={t("result.paidTitle")} data-testid="fine-paid">
          <p>{t("result.paidBody", { orderNo: returned.orderNo, amount: fenToYuan(returned.amountFen) })}</p>
          {returnedReceipt ? (
            <div className="mt-3 flex flex-wrap gap-3">
              {/* Wraps rather than nowrap: in care mode on a 360 px phone the label is wider than the banner. */}
              <DocumentPdfLink
                blobId={returnedReceipt.pdfBlobId}
                className={cn(buttonVariants(), "py-2 text-center whitespace-normal")}
              >
                <FileDown aria-hidden="true" />
                {t("result.download")}
              </DocumentPdfLink>
              <Link href={`/verify/${returnedReceipt.documentCode}`} className={buttonVariants({ variant: "outline" })}>
                <ShieldCheck aria-hidden="true" />
                {t("result.verify")}
              </Link>
            </div>
          ) : (
            <p className="mt-1">{t("result.receiptPending")}</p>
          )}
        </Alert>
      ) : returned?.status === "pending" && returned.expiresAt > new Date() ? (
        <Alert variant="info" title={t("result.confirmingTitle")}>
          <p>{t("result.confirmingBody")}</p>
          <Link
            href={`/traffic/violations?paid=${encodeURIComponent(returned.orderNo)}`}
            className={buttonVariants({ variant: "outline", size: "sm", className: "mt-3" })}
          >
            {t("result.refresh")}
          </Link>
        </Alert>
      ) : returned ? (
        <Alert variant="warning" title={t("result.closedTitle")}>
          {t("result.closedBody", { orderNo: returned.orderNo })}
        </Alert>
      ) : first(params.payment) === "cancelled" ? (
        <Alert variant="info" title={t("result.cancelledTitle")}>
          {t("result.cancelledBody")}
        </Alert>
      ) : null}

      <Card aria-labelledby="traffic-mine">
        <CardHeader>
          <CardTitle id="traffic-mine">{t("mine.title")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {!user ? (
            <div className="flex flex-col gap-3">
              <p>{t("mine.signInLead")}</p>
              <div className="flex flex-wrap gap-3">
                <Link
                  href={`/login?next=${encodeURIComponent("/traffic/violations")}`}
                  className={buttonVariants({ size: "lg" })}
                >
                  <LogIn aria-hidden="true" />
                  {t("mine.signIn")}
                </Link>
                <Link href="/register" className={buttonVariants({ variant: "outline", size: "lg" })}>
                  {t("mine.register")}
                </Link>
              </div>
            </div>
          ) : !mine ? (
            <p>{t("mine.staffNote")}</p>
          ) : !mine.verified ? (
            <Alert variant="warning" role="note" title={t("mine.unverifiedTitle")}>
              {t("mine.unverifiedBody")}
            </Alert>
          ) : (
            <>
              {mine.vehicles.length ? (
                <div className="flex flex-wrap items-center gap-2">
                  <span className="sr-only">
                    {t("mine.vehicles", {
                      plates: mine.vehicles.map((v) => formatPlateNumber(v.plateNumber)).join("、"),
                    })}
                  </span>
                  {mine.vehicles.map((v) => (
                    <span key={v.id} aria-hidden="true" className="flex items-center gap-2">
                      <PlateBadge plate={v.plateNumber} plateType={v.plateType} />
                      <span className="text-sm text-muted-foreground">{v.brand}</span>
                    </span>
                  ))}
                </div>
              ) : (
                <p className="text-muted-foreground">{t("mine.noVehicles")}</p>
              )}

              <section aria-labelledby="traffic-unpaid" className="flex flex-col gap-3">
                <h2 id="traffic-unpaid" className="text-xl font-semibold">
                  {t("mine.unpaidTitle")}
                </h2>
                {unpaid.length ? (
                  <PayFinesForm key={unpaid.map((v) => v.id).join()} violations={unpaid} />
                ) : (
                  <p>{t("mine.noneUnpaid")}</p>
                )}
              </section>

              <section aria-labelledby="traffic-other" className="flex flex-col gap-3">
                <h2 id="traffic-other" className="text-xl font-semibold">
                  {t("mine.otherTitle")}
                </h2>
                {others.length ? (
                  <ul className="flex flex-col gap-3">
                    {others.map((v) => (
                      <li
                        key={v.id}
                        data-testid="settled-violation"
                        className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4"
                      >
                        <PlateBadge plate={v.plateNumber} plateType={v.plateType} className="self-start" />
                        {!v.ownVehicle ? (
                          <p className="text-sm text-muted-foreground">{t("violation.driver")}</p>
                        ) : null}
                        <ViolationFacts
                          violation={v}
                          extras={{ recordingUnit: v.recordingUnit, photoBlobId: v.photoBlobId }}
                        />
                        {v.status === "processing" ? (
                          <p className="text-sm text-muted-foreground">{t("violation.processingNote")}</p>
                        ) : null}
                        {v.status === "paid" ? (
                          v.receipt ? (
                            <div className="flex flex-wrap gap-3">
                              <DocumentPdfLink
                                blobId={v.receipt.pdfBlobId}
                                aria-label={t("receipts.downloadNamed", { orderNo: v.receipt.orderNo })}
                                className={buttonVariants({ variant: "outline", size: "sm" })}
                              >
                                <FileDown aria-hidden="true" />
                                {t("receipts.download")}
                              </DocumentPdfLink>
                              <Link
                                href={`/verify/${v.receipt.documentCode}`}
                                aria-label={t("receipts.verifyNamed", { orderNo: v.receipt.orderNo })}
                                className={buttonVariants({ variant: "ghost", size: "sm" })}
                              >
                                <ShieldCheck aria-hidden="true" />
                                {t("receipts.verify")}
                              </Link>
                            </div>
                          ) : (
                            <p className="text-sm text-muted-foreground">{t("violation.offlinePaid")}</p>
                          )
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="text-muted-foreground">{t("mine.otherEmpty")}</p>
                )}
              </section>
            </>
          )}
        </CardContent>
      </Card>

      {citizen && mine?.verified ? (
        <Card aria-labelledby="traffic-receipts" id="receipts">
          <CardHeader>
            <CardTitle id="traffic-receipts">{t("receipts.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            {receipts.length ? (
              <ul className="flex flex-col gap-3">
                {receipts.map((r) => (
                  <li
                    key={r.orderNo}
                    data-testid="fine-receipt"
                    className="flex flex-col gap-3 rounded-lg border border-border p-4"
                  >
                    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 sm:gap-x-6">
                      <dt className="font-medium text-muted-foreground">{t("receipts.order")}</dt>
                      <dd className="font-mono break-all">{r.orderNo}</dd>
                      <dt className="font-medium text-muted-foreground">{t("receipts.amount")}</dt>
                      <dd className="tabular-nums">{t("violation.yuan", { amount: fenToYuan(r.amountFen) })}</dd>
                      {r.paidAt ? (
                        <>
                          <dt className="font-medium text-muted-foreground">{t("receipts.paidAt")}</dt>
                          <dd>{when(r.paidAt)}</dd>
                        </>
                      ) : null}
                      <dt className="font-medium text-muted-foreground">{t("receipts.violations")}</dt>
                      <dd>
                        <ul>
                          {r.violations.map((v, i) => (
                            <li key={`${i}-${v.actCode}`}>
                              {t("receipts.violationLine", {
                                plate: formatPlateNumber(v.plateNumber),
                                code: v.actCode,
                                time: when(v.occurredAt),
                              })}
                            </li>
                          ))}
                        </ul>
                      </dd>
                      <dt className="font-medium text-muted-foreground">{t("receipts.code")}</dt>
                      <dd className="font-mono">{r.documentCode}</dd>
                    </dl>
                    <div className="flex flex-wrap gap-3">
                      <DocumentPdfLink
                        blobId={r.pdfBlobId}
                        aria-label={t("receipts.downloadNamed", { orderNo: r.orderNo })}
                        className={buttonVariants({ size: "sm" })}
                      >
                        <FileDown aria-hidden="true" />
                        {t("receipts.download")}
                      </DocumentPdfLink>
                      <Link
                        href={`/verify/${r.documentCode}`}
                        aria-label={t("receipts.verifyNamed", { orderNo: r.orderNo })}
                        className={buttonVariants({ variant: "outline", size: "sm" })}
                      >
                        <ShieldCheck aria-hidden="true" />
                        {t("receipts.verify")}
                      </Link>
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-muted-foreground">{t("receipts.empty")}</p>
            )}
          </CardContent>
        </Card>
      ) : null}

      <Card aria-labelledby="traffic-lookup" id="lookup">
        <CardHeader>
          <CardTitle id="traffic-lookup">{t("lookup.title")}</CardTitle>
          <p className="text-muted-foreground">{t("lookup.intro")}</p>
        </CardHeader>
        <CardContent>
          <ViolationLookup />
        </CardContent>
      </Card>
    </div>
  );
}
