"use client";

import { useMutation } from "@tanstack/react-query";
import { FileText } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { schemaFields } from "@/server/applications/form-schema";
import { ApplicationAnswers } from "./application-answers";
import { yuan } from "./format-fee";
import { editHref, wizardSteps } from "./wizard-steps";
import type { EditableApplication } from "./editable-application";

const materialPrefix = "material:";

/**
 * "Check your answers": every answer with its label, every material with its pages, the delivery, each
 * with a link back to the step that changes it; then the declaration and the submit (or resubmit)
 * button. A refused submission marks each problem where it is and lists them all on top, linked.
 */
export function ReviewApplication({ application: app }: { application: EditableApplication }) {
  const t = useTranslations("applications.review");
  const tMaterials = useTranslations("applications.materials");
  const tStatus = useTranslations("applications.status");
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const supplement = app.state === "needs_supplement" ? app.supplementRequest : null;
  const steps = wizardSteps(app);

  const submit = useMutation(
    trpc.applications.submit.mutationOptions({
      onSuccess: (result) => {
        if (result.outcome === "payment_required") window.location.assign(result.checkoutUrl);
        else router.push(`/me/applications/${app.id}?submitted=1`);
      },
    }),
  );
  const resubmit = useMutation(
    trpc.applications.resubmit.mutationOptions({
      onSuccess: () => router.push(`/me/applications/${app.id}?resubmitted=1`),
    }),
  );
  const action = supplement ? resubmit : submit;
  const error = action.error;
  const code = error?.data?.domainCode ?? null;
  const problems = code === "APPLICATION_INCOMPLETE" ? trpcFieldErrors(error) : {};
  const problemCount = Object.keys(problems).length;

  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  useEffect(() => {
    if (code === "APPLICATION_STALE") router.refresh();
  }, [code, router]);

  const fields = schemaFields(app.service.formSchema);
  const fieldLabel = (key: string) => {
    const field = fields.find((f) => f.key === key);
    return field ? (en ? field.labelEn : field.label) : key;
  };
  const materialName = (key: string) => app.service.materials.find((m) => m.key === key)?.name ?? key;
  const canEditField = (key: string) => !supplement || supplement.fields.includes(key);
  const canEditMaterial = (key: string) => !supplement || supplement.materials.includes(key);
  const problemLink = (key: string) =>
    key.startsWith(materialPrefix)
      ? editHref(app.id, "materials", `material-${key.slice(materialPrefix.length)}`)
      : editHref(app.id, "form", `field-${key}`);

  const post = app.delivery.method === "post" ? app.delivery : null;
  const needsPayment = !supplement && !!post && !app.paidAt;
  const busy = action.isPending || (submit.isSuccess && submit.data.outcome === "payment_required");

  return (
    <div className="flex flex-col gap-6">
      <p className="text-muted-foreground">{supplement ? t("supplementIntro") : t("intro")}</p>

      <div ref={summary} tabIndex={-1} className="flex flex-col gap-3 outline-none">
        {problemCount ? (
          <Alert variant="destructive" title={t("problemsTitle", { count: problemCount })}>
            <ul className="flex flex-col gap-1">
              {Object.entries(problems).map(([key, message]) => (
                <li key={key}>
                  <Link href={problemLink(key)} className="text-destructive underline underline-offset-4">
                    {t("problem", {
                      label: key.startsWith(materialPrefix)
                        ? materialName(key.slice(materialPrefix.length))
                        : fieldLabel(key),
                      message,
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
        {code === "DUPLICATE_APPLICATION" ? (
          <Alert variant="destructive" title={t("duplicateTitle")}>
            <p>{error?.message}</p>
            <Link
              href="/me/applications"
              className="mt-2 inline-flex min-h-tap items-center text-primary underline underline-offset-4"
            >
              {t("viewDuplicate")}
            </Link>
          </Alert>
        ) : null}
        {code === "APPLICATION_STALE" ? (
          <Alert variant="warning" title={t("staleTitle")}>
            {t("staleBody")}
          </Alert>
        ) : null}
        {error && !problemCount && code !== "DUPLICATE_APPLICATION" && code !== "APPLICATION_STALE" ? (
          <Alert variant="destructive">{error.message}</Alert>
        ) : null}
      </div>

      <ReviewSection id="review-service" title={t("service")}>
        <p className="text-lg font-medium">{en ? app.service.nameEn : app.service.name}</p>
      </ReviewSection>

      <ReviewSection id="review-answers" title={t("answers")}>
        <ApplicationAnswers
          schema={app.service.formSchema}
          values={app.formData}
          stations={app.answerStations}
          en={en}
          emptyLabel={t("empty")}
          errors={Object.fromEntries(Object.entries(problems).filter(([k]) => !k.startsWith(materialPrefix)))}
          change={{
            href: (f) => editHref(app.id, "form", `field-${f.key}`),
            label: (name) => t("changeNamed", { name }),
            text: t("change"),
            when: (f) => canEditField(f.key),
          }}
        />
      </ReviewSection>

      {app.service.materials.length ? (
        <ReviewSection id="review-materials" title={t("materials")}>
          <ul className="flex flex-col divide-y divide-border rounded-md border border-border">
            {app.service.materials.map((m) => {
              const files = app.materials.filter((f) => f.materialKey === m.key);
              const problem = problems[`${materialPrefix}${m.key}`];
              return (
                <li key={m.key} id={`review-material-${m.key}`} className="flex flex-col gap-2 p-3">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className="font-medium">{m.name}</span>
                    <Badge variant={m.required ? "primary" : "neutral"}>
                      {m.required ? tMaterials("required") : tMaterials("optional")}
                    </Badge>
                    <span className="text-sm text-muted-foreground">
                      {files.length ? t("files", { count: files.length }) : t("missing")}
                    </span>
                    {canEditMaterial(m.key) && steps.includes("materials") ? (
                      <Link
                        href={editHref(app.id, "materials", `material-${m.key}`)}
                        aria-label={t("changeNamed", { name: m.name })}
                        aria-describedby={problem ? `review-material-${m.key}-error` : undefined}
                        className="ms-auto inline-flex min-h-tap items-center text-primary underline underline-offset-4"
                      >
                        {t("change")}
                      </Link>
                    ) : null}
                  </div>
                  {files.length ? (
                    <ul className="flex flex-wrap gap-2">
                      {files.map((file) => (
                        <li key={file.id}>
                          <a
                            href={`/api/blob/${file.blobId}`}
                            target="_blank"
                            rel="noopener"
                            aria-label={tMaterials("open", { name: file.fileName })}
                            className="flex items-center gap-2 rounded border border-border p-1 text-sm"
                          >
                            {file.contentType.startsWith("image/") ? (
                              // A plain img: the blob route authorises each request and forbids caching.
                              <img
                                src={`/api/blob/${file.blobId}`}
                                alt={tMaterials("preview", { name: file.fileName })}
                                className="size-16 rounded object-cover"
                                loading="lazy"
                              />
                            ) : (
                              <span className="flex size-16 flex-col items-center justify-center rounded bg-muted">
                                <FileText aria-hidden="true" className="size-6" />
                                PDF
                              </span>
                            )}
                            <span className="max-w-40 break-all">{file.fileName}</span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {problem ? (
                    <p id={`review-material-${m.key}-error`} className="font-medium text-destructive">
                      {problem}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </ReviewSection>
      ) : null}

      {app.service.postalDelivery && !supplement ? (
        <ReviewSection
          id="review-delivery"
          title={t("delivery")}
          action={
            <Link
              href={editHref(app.id, "delivery")}
              aria-label={t("changeNamed", { name: t("delivery") })}
              className="inline-flex min-h-tap items-center text-primary underline underline-offset-4"
            >
              {t("change")}
            </Link>
          }
        >
          {post ? (
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_minmax(0,1fr)]">
              <dt className="text-muted-foreground">{tStatus("deliveryTitle")}</dt>
              <dd>{tStatus("deliveryPost")}</dd>
              <dt className="text-muted-foreground">{tStatus("recipient")}</dt>
              <dd>
                {post.recipient}（{post.phoneMasked}）
              </dd>
              <dt className="text-muted-foreground">{tStatus("postAddress")}</dt>
              <dd className="break-words">{post.address}</dd>
              <dt className="text-muted-foreground">{tStatus("fee")}</dt>
              <dd className="tabular-nums">
                {tStatus(app.paidAt ? "feePaid" : "feeUnpaid", { fee: yuan(post.feeFen) })}
              </dd>
            </dl>
          ) : (
            <p>{tStatus("deliveryWindow")}</p>
          )}
        </ReviewSection>
      ) : null}

      <section
        aria-labelledby="review-submit"
        className="flex flex-col gap-3 rounded-lg border-2 border-primary bg-primary-soft p-4"
      >
        <h2 id="review-submit" className="sr-only">
          {supplement ? t("resubmit") : t("submit")}
        </h2>
        <p>{t("declaration")}</p>
        {needsPayment && post ? <p className="font-medium">{t("payNote", { fee: yuan(post.feeFen) })}</p> : null}
        {!supplement && post && app.paidAt ? <p>{t("paidNote")}</p> : null}
        <Button
          size="lg"
          className={cn("self-stretch sm:self-start")}
          disabled={busy}
          onClick={() => action.mutate({ id: app.id, expectedVersion: app.version })}
        >
          {busy
            ? submit.isSuccess
              ? t("redirecting")
              : t("submitting")
            : supplement
              ? t("resubmit")
              : needsPayment
                ? t("payAndSubmit")
                : t("submit")}
        </Button>
      </section>
    </div>
  );
}

function ReviewSection({
  id,
  title,
  action,
  children,
}: {
  id: string;
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}
