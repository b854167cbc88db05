"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { MaterialViewer, type ViewerFile } from "@/components/desk/material-viewer";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { SelectField } from "@/components/ui/select-field";
import { DocumentPdfLink } from "@/components/documents/document-pdf-link";

type Material = { key: string; name: string; files: ViewerFile[] };

const staleCodes = new Set(["APPLICATION_STALE", "APPLICATION_ILLEGAL_TRANSITION", "APPLICATION_LOCKED"]);
const carriers = ["ems", "sf", "jd"] as const;

/**
 * The window's comparison: each upload beside a tick "the original matches", then complete (all ticked)
 * or void (the unticked ones are recorded as not matching). Postal applications are completed by
 * recording the tracking number instead. The finished document's PDF and verify code are shown at once.
 */
export function WindowCheck({
  id,
  version,
  canAct,
  postal,
  materials,
  notice,
}: {
  id: string;
  version: number;
  canAct: boolean;
  postal: boolean;
  materials: Material[];
  /** Why the application cannot be worked here, when it cannot; not shown once this officer has just ended it. */
  notice?: string;
}) {
  const t = useTranslations("desk.window");
  const actions = useTranslations("desk.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const [matching, setMatching] = useState<string[]>([]);
  const [reason, setReason] = useState("");
  const [carrier, setCarrier] = useState<(typeof carriers)[number]>("ems");
  const [tracking, setTracking] = useState("");
  // Voiding ends the case for good: the first press asks, the second (on the confirmation) does it.
  const [confirmingVoid, setConfirmingVoid] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirmingVoid) confirmRef.current?.focus();
  }, [confirmingVoid]);
  const refresh = () => router.refresh();
  const complete = useMutation(trpc.applicationDesk.complete.mutationOptions({ onSuccess: refresh }));
  const voidIt = useMutation(trpc.applicationDesk.void.mutationOptions({ onSuccess: refresh }));
  const post = useMutation(trpc.applicationDesk.post.mutationOptions({ onSuccess: refresh }));
  const pending = complete.isPending || voidIt.isPending || post.isPending;
  const errors = [complete.error, voidIt.error, post.error].map((e) => readTrpcError(e));
  const stale = errors.find((e) => e && staleCodes.has(e.code ?? ""));
  const issued = complete.data ?? post.data;
  const target = { id, expectedVersion: version };
  const reset = () => {
    complete.reset();
    voidIt.reset();
    post.reset();
  };

  if (issued) {
    return (
      <Alert variant="success" title={post.data ? t("posted") : t("completed")}>
        <p className="tabular-nums">{t("verifyCode", { code: issued.documentCode })}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <DocumentPdfLink blobId={issued.pdfBlobId} className="text-primary underline underline-offset-4">
            {t("download")}
          </DocumentPdfLink>
          <Link href={`/verify/${issued.documentCode}`} className="text-primary underline underline-offset-4">
            {t("verifyPage")}
          </Link>
        </p>
      </Alert>
    );
  }
  if (voidIt.isSuccess) return <Alert variant="success">{t("voided")}</Alert>;

  const completeError = errors[0];
  const voidError = errors[1];
  const postError = errors[2];
  const reasonError = voidError?.fields.reason ?? voidError?.fields.comment;

  return (
    <div className="flex flex-col gap-6">
      {notice ? (
        <Alert variant="info" role="note">
          {notice}
        </Alert>
      ) : null}
      {stale ? (
        <Alert variant="destructive" title={actions("staleHint")}>
          <p>{stale.message}</p>
          <a href={pathname} className="text-primary underline underline-offset-4">
            {actions("refresh")}
          </a>
        </Alert>
      ) : null}

      {postal ? null : (
        <Card aria-labelledby="compare-title">
          <CardHeader>
            <CardTitle id="compare-title">{t("compareTitle")}</CardTitle>
            <p className="text-sm text-muted-foreground">{t("compareIntro")}</p>
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            {materials.length ? (
              materials.map((m) => (
                <section
                  key={m.key}
                  aria-label={m.name}
                  className="flex flex-col gap-2 rounded-md border border-border p-3"
                  data-material={m.key}
                >
                  <h3 className="font-semibold">{m.name}</h3>
                  <MaterialViewer materialName={m.name} files={m.files} />
                  {canAct ? (
                    <label className="flex items-start gap-2 font-medium">
                      <input
                        type="checkbox"
                        className="mt-1 size-5"
                        aria-label={t("matchesLabel", { material: m.name })}
                        checked={matching.includes(m.key)}
                        onChange={(e) =>
                          setMatching(e.target.checked ? [...matching, m.key] : matching.filter((k) => k !== m.key))
                        }
                      />
                      <span>{t("matches")}</span>
                    </label>
                  ) : null}
                </section>
              ))
            ) : (
              <p>{t("noMaterials")}</p>
            )}
            {canAct ? (
              <div className="flex flex-col gap-2">
                {completeError && !staleCodes.has(completeError.code ?? "") ? (
                  <Alert variant="destructive">{completeError.message}</Alert>
                ) : null}
                <div>
                  <Button
                    size="lg"
                    disabled={pending}
                    onClick={() => {
                      reset();
                      complete.mutate({
                        ...target,
                        checks: materials.map((m) => ({ materialKey: m.key, matches: matching.includes(m.key) })),
                      });
                    }}
                  >
                    {complete.isPending ? t("completing") : t("complete")}
                  </Button>
                </div>
              </div>
            ) : null}
          </CardContent>
        </Card>
      )}

      {canAct && postal ? (
        <form
          className="flex flex-col gap-3 rounded-md border border-border p-4"
          aria-labelledby="post-title"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            reset();
            post.mutate({ ...target, carrier, trackingNumber: tracking });
          }}
        >
          <h2 id="post-title" className="text-lg font-semibold">
            {t("postTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("postIntro")}</p>
          {postError && !postError.fields.trackingNumber && !staleCodes.has(postError.code ?? "") ? (
            <Alert variant="destructive">{postError.message}</Alert>
          ) : null}
          <SelectField
            id="post-carrier"
            label={t("carrier")}
            value={carrier}
            onChange={(e) => setCarrier(e.target.value as (typeof carriers)[number])}
            options={carriers.map((c) => ({ value: c, label: t(`carriers.${c}`) }))}
          />
          <Field id="post-tracking" label={t("trackingNumber")} error={postError?.fields.trackingNumber}>
            {(control) => (
              <Input
                {...control}
                autoComplete="off"
                spellCheck={false}
                maxLength={40}
                value={tracking}
                onChange={(e) => setTracking(e.target.value)}
              />
            )}
          </Field>
          <div>
            <Button type="submit" disabled={pending}>
              {post.isPending ? t("completing") : t("post")}
            </Button>
          </div>
        </form>
      ) : null}

      {canAct ? (
        <form
          className="flex flex-col gap-3 rounded-md border border-destructive/40 p-4"
          aria-labelledby="void-title"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            // Without a reason the server's "give a reason" comes first; there is nothing to confirm yet.
            if (!confirmingVoid && reason.trim()) {
              setConfirmingVoid(true);
              return;
            }
            setConfirmingVoid(false);
            reset();
            voidIt.mutate({
              ...target,
              reason: reason.trim(),
              mismatched: postal ? [] : materials.filter((m) => !matching.includes(m.key)).map((m) => m.key),
            });
          }}
        >
          <h2 id="void-title" className="text-lg font-semibold">
            {t("voidTitle")}
          </h2>
          <p className="text-sm text-muted-foreground">{postal ? t("voidIntroPost") : t("voidIntro")}</p>
          {voidError && !reasonError && !staleCodes.has(voidError.code ?? "") ? (
            <Alert variant="destructive">{voidError.message}</Alert>
          ) : null}
          <Field id="void-reason" label={t("voidReason")} hint={t("voidReasonHint")} error={reasonError}>
            {(control) => (
              <Textarea
                {...control}
                rows={2}
                maxLength={500}
                required
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          {confirmingVoid ? (
            <div
              ref={confirmRef}
              tabIndex={-1}
              role="group"
              aria-labelledby="void-confirm-title"
              className="flex flex-col gap-3 rounded-md bg-destructive-soft p-3"
            >
              <p id="void-confirm-title" className="font-semibold text-destructive">
                {t("voidConfirm")}
              </p>
              <div className="flex flex-wrap gap-3">
                <Button type="submit" variant="destructive" disabled={pending}>
                  {t("voidConfirmYes")}
                </Button>
                <Button variant="secondary" onClick={() => setConfirmingVoid(false)}>
                  {t("voidConfirmNo")}
                </Button>
              </div>
            </div>
          ) : (
            <div>
              <Button type="submit" variant="destructive" disabled={pending}>
                {voidIt.isPending ? actions("working") : t("void")}
              </Button>
            </div>
          )}
        </form>
      ) : null}
    </div>
  );
}
