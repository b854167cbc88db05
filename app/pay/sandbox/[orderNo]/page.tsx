import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PreferencesBar } from "@/components/preferences/preferences-bar";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser } from "@/server/accounts/current-user";
import { paymentProviderNamed } from "@/server/payments/payment-provider";
import { paymentReturnUrl } from "@/server/payments/payment-return-path";
import { sandboxPaymentProvider } from "@/server/payments/sandbox-payment-provider";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { cancelPaymentAction, confirmSandboxPaymentAction } from "./actions";
import { PaymentSubmitButton } from "./payment-submit-button";

type Params = Promise<{ orderNo: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("payments");
  return { title: t("sandbox.title"), robots: { index: false } };
}

/** The payer's own order; anyone else's, or a malformed number, is not there. */
async function loadPayment(orderNo: string) {
  try {
    return await getQueryClient().fetchQuery(trpc.payments.status.queryOptions({ orderNo }));
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/**
 * The sandbox's checkout, standing where Alipay's page would be: outside the portal's frame, and only
 * for the payer (anyone else, or any order the sandbox does not hold, is a plain 404).
 */
export default async function SandboxPaymentPage({ params }: { params: Params }) {
  const { orderNo } = await params;
  if (!paymentProviderNamed(sandboxPaymentProvider.name)) notFound();
  if (!(await currentUser())) redirect(`/login?next=${encodeURIComponent(`/pay/sandbox/${orderNo}`)}`);
  const payment = await loadPayment(orderNo);
  if (payment.provider !== sandboxPaymentProvider.name) notFound();

  const [t, format] = await Promise.all([getTranslations("payments"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const expired = payment.status === "pending" && payment.expiresAt <= new Date();
  const payable = payment.status === "pending" && !expired;
  const back =
    payment.status === "paid"
      ? paymentReturnUrl(payment.returnPath, { paid: payment.orderNo })
      : paymentReturnUrl(payment.returnPath, { payment: "cancelled" });

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex w-full max-w-lg flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
          <span className="font-semibold">{t("sandbox.title")}</span>
          <PreferencesBar />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto flex w-full max-w-lg flex-1 flex-col gap-4 px-4 py-6">
        <Alert variant="warning" role="note" title={t("sandbox.banner")}>
          {t("sandbox.bannerBody")}
        </Alert>
        <Card>
          <CardHeader>
            <CardTitle as="h1" className="text-xl">
              {payable ? t("sandbox.heading") : t("sandbox.headingDone")}
            </CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-5">
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2">
              <dt className="text-muted-foreground">{t("sandbox.amount")}</dt>
              <dd className="text-2xl font-bold text-primary" data-testid="payment-amount">
                {t("sandbox.amountValue", { amount: fenToYuan(payment.amountFen) })}
              </dd>
              <dt className="text-muted-foreground">{t("sandbox.description")}</dt>
              <dd className="break-words">{payment.description}</dd>
              <dt className="text-muted-foreground">{t("sandbox.orderNo")}</dt>
              <dd className="font-mono break-all">{payment.orderNo}</dd>
            </dl>

            {payable ? (
              <>
                <p className="text-sm text-muted-foreground">{t("sandbox.payBy", { time: when(payment.expiresAt) })}</p>
                <div className="flex flex-col gap-3">
                  <form action={confirmSandboxPaymentAction}>
                    <input type="hidden" name="orderNo" value={payment.orderNo} />
                    <PaymentSubmitButton
                      variant="primary"
                      label={t("sandbox.confirm")}
                      pendingLabel={t("sandbox.confirming")}
                    />
                  </form>
                  <form action={cancelPaymentAction}>
                    <input type="hidden" name="orderNo" value={payment.orderNo} />
                    <PaymentSubmitButton
                      variant="secondary"
                      label={t("sandbox.cancel")}
                      pendingLabel={t("sandbox.cancelling")}
                    />
                  </form>
                </div>
              </>
            ) : (
              <>
                {payment.status === "paid" ? (
                  <Alert variant="success" role="note" title={t("state.paidTitle")}>
                    {payment.paidAt ? t("state.paidBody", { time: when(payment.paidAt) }) : null}
                  </Alert>
                ) : expired ? (
                  <Alert variant="info" role="note" title={t("state.expiredTitle")}>
                    {t("state.expiredBody")}
                  </Alert>
                ) : (
                  <Alert variant="info" role="note" title={t("state.closedTitle")}>
                    {t("state.closedBody")}
                  </Alert>
                )}
                <Link href={back} className={buttonVariants({ size: "lg", className: "w-full" })}>
                  {t("sandbox.back")}
                </Link>
              </>
            )}
          </CardContent>
        </Card>
      </main>
    </div>
  );
}
