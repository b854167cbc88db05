"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Textarea } from "@/components/ui/textarea";
import { Field } from "@/components/ui/field";
import type { ApplicationAction } from "@/server/applications/application-transitions";

type Option = { key: string; label: string };

/** Codes after which the page no longer shows what the engine holds: reloading is the way forward. */
const staleCodes = new Set(["APPLICATION_STALE", "APPLICATION_ILLEGAL_TRANSITION", "APPLICATION_LOCKED", "NOT_FOUND"]);

/**
 * The decisions this officer may take now, as the state machine lists them for the page: nothing else is
 * offered. Every request names the version the page showed, so a colleague's earlier decision is never
 * overwritten; when that happens the message says so and offers to reload.
 */
export function ReviewActions({
  id,
  version,
  actions,
  lockedByOther,
  fields,
  materials,
  windowHref,
}: {
  id: string;
  version: number;
  actions: ApplicationAction[];
  lockedByOther: boolean;
  fields: Option[];
  materials: Option[];
  windowHref: string | null;
}) {
  const t = useTranslations("desk.actions");
  const desk = useTranslations("desk");
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const [done, setDone] = useState<string | null>(null);
  const onSuccess = (action: ApplicationAction) => () => {
    setDone(t("done", { action: desk(`events.${action}`) }));
    router.refresh();
  };
  const requestSupplement = useMutation(
    trpc.applicationDesk.requestSupplement.mutationOptions({ onSuccess: onSuccess("request_supplement") }),
  );
  const forward = useMutation(trpc.applicationDesk.forward.mutationOptions({ onSuccess: onSuccess("forward") }));
  const stationApprove = useMutation(
    trpc.applicationDesk.stationApprove.mutationOptions({ onSuccess: onSuccess("station_approve") }),
  );
  const reject = useMutation(trpc.applicationDesk.reject.mutationOptions({ onSuccess: onSuccess("reject") }));
  const approve = useMutation(trpc.applicationDesk.approve.mutationOptions({ onSuccess: onSuccess("approve") }));
  const sendBack = useMutation(trpc.applicationDesk.sendBack.mutationOptions({ onSuccess: onSuccess("send_back") }));
  const overrule = useMutation(
    trpc.applicationDesk.overrule.mutationOptions({ onSuccess: onSuccess("overrule_approval") }),
  );
  const all = [requestSupplement, forward, stationApprove, reject, approve, sendBack, overrule];
  const pending = all.some((m) => m.isPending);
  const failed = all.map((m) => readTrpcError(m.error)).find((e) => e && staleCodes.has(e.code ?? ""));
  const start = () => {
    setDone(null);
    for (const m of all) m.reset();
  };
  const target = { id, expectedVersion: version };
  const deskActions = actions.filter((a) => a !== "complete" && a !== "void");

  return (
    <Card aria-labelledby="actions-title">
      <CardHeader>
        <CardTitle id="actions-title">{t("title")}</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        {done ? <Alert variant="success">{done}</Alert> : null}
        {failed ? (
          <Alert variant="destructive" title={t("staleHint")}>
            <p>{failed.message}</p>
            <a href={pathname} className="text-primary underline underline-offset-4">
              {t("refresh")}
            </a>
          </Alert>
        ) : null}
        {windowHref ? (
          <Link href={windowHref} className="text-primary underline underline-offset-4">
            {t("toWindow")}
          </Link>
        ) : null}
        {!deskActions.length && !windowHref ? <p>{t("none")}</p> : null}
        {lockedByOther ? null : (
          <>
            {deskActions.includes("request_supplement") ? (
              <SupplementForm
                fields={fields}
                materials={materials}
                pending={pending}
                error={requestSupplement.error}
                onSubmit={(v) => {
                  start();
                  requestSupplement.mutate({ ...target, ...v });
                }}
              />
            ) : null}
            {deskActions.includes("forward") ? (
              <CommentForm
                title={t("forward.title")}
                submit={t("forward.submit")}
                label={t("comment")}
                hint={t("commentHint")}
                pending={pending}
                error={forward.error}
                onSubmit={(comment) => {
                  start();
                  forward.mutate({ ...target, comment: comment || undefined });
                }}
              />
            ) : null}
            {deskActions.includes("station_approve") ? (
              <CommentForm
                title={t("stationApprove.title")}
                intro={t("stationApprove.intro")}
                submit={t("stationApprove.submit")}
                label={t("comment")}
                hint={t("commentHint")}
                pending={pending}
                error={stationApprove.error}
                onSubmit={(comment) => {
                  start();
                  stationApprove.mutate({ ...target, comment: comment || undefined });
                }}
              />
            ) : null}
            {deskActions.includes("approve") ? (
              <CommentForm
                title={t("approve.title")}
                intro={t("approve.intro")}
                submit={t("approve.submit")}
                label={t("comment")}
                hint={t("commentHint")}
                pending={pending}
                error={approve.error}
                onSubmit={(comment) => {
                  start();
                  approve.mutate({ ...target, comment: comment || undefined });
                }}
              />
            ) : null}
            {deskActions.includes("send_back") ? (
              <CommentForm
                title={t("sendBack.title")}
                submit={t("sendBack.submit")}
                label={t("sendBack.comment")}
                hint={t("sendBack.commentHint")}
                required
                errorField="comment"
                pending={pending}
                error={sendBack.error}
                onSubmit={(comment) => {
                  start();
                  sendBack.mutate({ ...target, comment });
                }}
              />
            ) : null}
            {deskActions.includes("overrule_approval") || deskActions.includes("overrule_completion") ? (
              <CommentForm
                title={t("overrule.title")}
                intro={t("overrule.hint")}
                submit={t("overrule.submit")}
                label={t("reject.reason")}
                hint={t("reject.reasonHint")}
                required
                destructive
                errorField="reason"
                pending={pending}
                error={overrule.error}
                onSubmit={(reason) => {
                  start();
                  overrule.mutate({ ...target, reason });
                }}
              />
            ) : null}
            {deskActions.includes("reject") ? (
              <CommentForm
                title={t("reject.title")}
                submit={t("reject.submit")}
                label={t("reject.reason")}
                hint={t("reject.reasonHint")}
                required
                destructive
                errorField="reason"
                pending={pending}
                error={reject.error}
                onSubmit={(reason) => {
                  start();
                  reject.mutate({ ...target, reason });
                }}
              />
            ) : null}
          </>
        )}
      </CardContent>
    </Card>
  );
}

type ErrorLike = Parameters<typeof readTrpcError>[0];

/** A titled form with one text box and one button: forward, approve, send back, reject. */
function CommentForm({
  title,
  intro,
  submit,
  label,
  hint,
  required,
  destructive,
  errorField,
  pending,
  error,
  onSubmit,
}: {
  title: string;
  intro?: string;
  submit: string;
  label: string;
  hint: string;
  required?: boolean;
  destructive?: boolean;
  /** The input's name in the procedure; the engine reports a missing comment as "comment". */
  errorField?: string;
  pending: boolean;
  error: ErrorLike;
  onSubmit: (comment: string) => void;
}) {
  const t = useTranslations("desk.actions");
  const id = useId();
  const [comment, setComment] = useState("");
  const problem = readTrpcError(error);
  const fieldError = errorField ? (problem?.fields[errorField] ?? problem?.fields.comment) : undefined;
  const otherError = problem && !fieldError && !staleCodes.has(problem.code ?? "") ? problem.message : null;
  return (
    <form
      className="flex flex-col gap-3 rounded-md border border-border p-4"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(comment.trim());
      }}
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {title}
      </h3>
      {intro ? <p className="text-sm text-muted-foreground">{intro}</p> : null}
      {otherError ? <Alert variant="destructive">{otherError}</Alert> : null}
      <Field id={`${id}-comment`} label={label} hint={hint} error={fieldError}>
        {(control) => (
          <Textarea
            {...control}
            rows={2}
            maxLength={500}
            required={required}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </Field>
      <div>
        <Button type="submit" variant={destructive ? "destructive" : "primary"} disabled={pending}>
          {pending ? t("working") : submit}
        </Button>
      </div>
    </form>
  );
}

/** Ticks the fields and materials the citizen must fix, with the comment they will read. */
function SupplementForm({
  fields,
  materials,
  pending,
  error,
  onSubmit,
}: {
  fields: Option[];
  materials: Option[];
  pending: boolean;
  error: ErrorLike;
  onSubmit: (v: { fields: string[]; materials: string[]; comment: string }) => void;
}) {
  const t = useTranslations("desk.actions");
  const id = useId();
  const [pickedFields, setPickedFields] = useState<string[]>([]);
  const [pickedMaterials, setPickedMaterials] = useState<string[]>([]);
  const [comment, setComment] = useState("");
  const problem = readTrpcError(error);
  const itemsError = problem?.fields.items;
  const commentError = problem?.fields.comment;
  const otherError =
    problem && !itemsError && !commentError && !staleCodes.has(problem.code ?? "") ? problem.message : null;
  const toggle = (list: string[], key: string, on: boolean) => (on ? [...list, key] : list.filter((k) => k !== key));
  const group = (legend: string, options: Option[], picked: string[], set: (v: string[]) => void, prefix: string) => (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.key} className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1 size-5"
              name={`${prefix}-${o.key}`}
              checked={picked.includes(o.key)}
              onChange={(e) => set(toggle(picked, o.key, e.target.checked))}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <form
      className="flex flex-col gap-4 rounded-md border border-border p-4"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ fields: pickedFields, materials: pickedMaterials, comment: comment.trim() });
      }}
    >
      <h3 id={`${id}-title`} className="font-semibold">
        {t("requestSupplement.title")}
      </h3>
      <p className="text-sm text-muted-foreground">{t("requestSupplement.intro")}</p>
      {otherError ? <Alert variant="destructive">{otherError}</Alert> : null}
      {group(t("requestSupplement.materials"), materials, pickedMaterials, setPickedMaterials, "material")}
      {group(t("requestSupplement.fields"), fields, pickedFields, setPickedFields, "field")}
      {itemsError ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {itemsError}
        </p>
      ) : null}
      <Field id={`${id}-comment`} label={t("requestSupplement.comment")} hint={t("commentHint")} error={commentError}>
        {(control) => (
          <Textarea
            {...control}
            rows={3}
            maxLength={500}
            required
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("working") : t("requestSupplement.submit")}
        </Button>
      </div>
    </form>
  );
}
