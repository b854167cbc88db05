"use client";

import { useMutation } from "@tanstack/react-query";
import { Check, CircleAlert, LoaderCircle } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { FormSchema } from "@/server/applications/form-schema";
import type { Locale } from "@/server/i18n/config";
import { ApplicationAnswers } from "./application-answers";
import { ApplicationFormFields } from "./application-form-fields";
import { checkDelivery, DeliveryChoice, type DeliveryDraft, type DeliveryErrors } from "./delivery-choice";
import { MaterialCard } from "./material-card";
import type { UploadedMaterial } from "./upload-material-file";
import { type WizardStep, wizardSteps } from "./wizard-steps";
import type { EditableApplication } from "./editable-application";

type SaveState = { status: "idle" } | { status: "saving" } | { status: "saved"; at: Date } | { status: "error" };

const autosaveDelayMs = 1000;

/**
 * The application wizard: the form (saved to the server a second after typing stops, on leaving a
 * field and on every step change, so a draft resumes on any device), one card per guide material, and
 * the delivery choice where the service posts documents; then on to "check your answers". For a
 * supplement only what the station named is open, with its note on top; the rest is read back as is.
 */
export function ApplicationWizard({
  application,
  initialStep,
}: {
  application: EditableApplication;
  initialStep: WizardStep;
}) {
  const t = useTranslations("applications.wizard");
  const tErrors = useTranslations("errors");
  const tApp = useTranslations("applications");
  const locale = useLocale() as Locale;
  const en = locale === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const app = application;
  const supplement = app.state === "needs_supplement" ? app.supplementRequest : null;
  const steps = useMemo(() => wizardSteps(app), [app]);
  const [step, setStep] = useState<WizardStep>(steps.includes(initialStep) ? initialStep : steps[0]!);
  const heading = useRef<HTMLHeadingElement>(null);
  const movedByUser = useRef(false);

  // --- the form and its autosave ---
  const [values, setValues] = useState<Record<string, unknown>>(app.formData);
  const latest = useRef(values);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const [save, setSave] = useState<SaveState>({ status: "idle" });
  const [shapeErrors, setShapeErrors] = useState<Record<string, string>>({});
  // mutateAsync is stable across renders, so the debounce timer survives re-renders while typing.
  const { mutateAsync: saveDraftAsync } = useMutation(trpc.applications.saveDraft.mutationOptions());

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return true;
    dirty.current = false;
    setSave({ status: "saving" });
    const run = saveDraftAsync({ id: app.id, formData: latest.current })
      .then((r) => {
        setSave({ status: "saved", at: new Date(r.savedAt) });
        setShapeErrors(r.fieldErrors);
        return true;
      })
      .catch(() => {
        dirty.current = true;
        setSave({ status: "error" });
        return false;
      })
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    return run;
  }, [app.id, saveDraftAsync]);

  const onFieldChange = useCallback(
    (key: string, value: unknown) => {
      const next = { ...latest.current, [key]: value };
      latest.current = next;
      setValues(next);
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), autosaveDelayMs);
    },
    [flush],
  );

  useEffect(() => {
    const retry = () => {
      if (dirty.current) void flush();
    };
    const warn = (e: BeforeUnloadEvent) => {
      if (!dirty.current && !inFlight.current) return;
      void flush();
      e.preventDefault();
    };
    window.addEventListener("online", retry);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", warn);
    };
  }, [flush]);

  useEffect(() => () => clearTimeout(timer.current), []);

  // --- materials ---
  const [materials, setMaterials] = useState<UploadedMaterial[]>(app.materials);

  // --- delivery ---
  const saved = app.delivery;
  const [delivery, setDelivery] = useState<DeliveryDraft>({
    method: saved.method,
    recipient: saved.method === "post" ? saved.recipient : "",
    phone: "",
    address: saved.method === "post" ? saved.address : "",
  });
  const [deliveryDirty, setDeliveryDirty] = useState(false);
  const [deliveryErrors, setDeliveryErrors] = useState<DeliveryErrors>({});
  const setDeliveryMutation = useMutation(trpc.applications.setDelivery.mutationOptions());

  async function saveDelivery(): Promise<boolean> {
    if (!deliveryDirty) return true;
    const errors = checkDelivery(delivery, {
      recipient: tApp("recipientRequired"),
      phone: tErrors("PHONE_INVALID"),
      address: tApp("addressTooShort"),
    });
    setDeliveryErrors(errors);
    if (Object.keys(errors).length) return false;
    try {
      await setDeliveryMutation.mutateAsync({
        id: app.id,
        delivery:
          delivery.method === "window"
            ? { method: "window" }
            : {
                method: "post",
                recipient: delivery.recipient.trim(),
                phone: delivery.phone.replace(/[\s-]/g, ""),
                address: delivery.address.trim(),
              },
      });
      setDeliveryDirty(false);
      return true;
    } catch {
      return false;
    }
  }

  // --- steps ---
  async function goTo(next: WizardStep | "review") {
    const formSaved = await flush();
    if (step === "delivery" && !(await saveDelivery())) return;
    if (next === "review") {
      if (!formSaved) return;
      router.push(`/me/applications/${app.id}/review`);
      return;
    }
    movedByUser.current = true;
    setStep(next);
    window.history.replaceState(null, "", `?step=${next}`);
  }

  useEffect(() => {
    // Focus follows a step change so screen readers start at the new step; the first render keeps the
    // browser's own focus (or the #anchor a "change" link aimed at).
    if (movedByUser.current) {
      heading.current?.focus();
      window.scrollTo({ top: 0 });
      return;
    }
    const anchor = decodeURIComponent(window.location.hash.slice(1));
    if (anchor) focusAnchor(anchor);
  }, [step]);

  const index = steps.indexOf(step);
  const previous = steps[index - 1];
  const next = steps[index + 1];

  // --- the form step's parts ---
  const requestedFields = new Set(supplement?.fields ?? []);
  const requestedMaterials = new Set(supplement?.materials ?? []);
  const schema = app.service.formSchema;
  const editableSchema: FormSchema = supplement
    ? {
        ...schema,
        sections: schema.sections
          .map((s) => ({ ...s, fields: s.fields.filter((f) => requestedFields.has(f.key)) }))
          .filter((s) => s.fields.length),
      }
    : schema;
  const translatedShapeErrors = Object.fromEntries(
    Object.entries(shapeErrors).map(([k, key]) => [
      k,
      tErrors.has(key as never) ? tErrors(key as never) : tErrors("BAD_INPUT"),
    ]),
  );
  const requiredMissing = app.service.materials.filter(
    (m) => m.required && !materials.some((f) => f.materialKey === m.key),
  ).length;

  return (
    <div className="flex flex-col gap-6">
      <nav aria-label={t("steps")}>
        <ol className="flex flex-wrap gap-2">
          {steps.map((s, i) => {
            const current = s === step;
            return (
              <li key={s}>
                <button
                  type="button"
                  onClick={() => void goTo(s)}
                  aria-current={current ? "step" : undefined}
                  className={cn(
                    "flex min-h-tap items-center gap-2 rounded-full border px-3 py-1 text-start",
                    current
                      ? "border-primary bg-primary text-primary-foreground"
                      : "border-border bg-surface hover:bg-muted",
                  )}
                >
                  <span
                    aria-hidden="true"
                    className={cn(
                      "flex size-7 shrink-0 items-center justify-center rounded-full text-sm font-semibold",
                      current ? "bg-surface text-primary" : "bg-muted",
                    )}
                  >
                    {i + 1}
                  </span>
                  <span className="sr-only">{t("stepPrefix", { n: i + 1, total: steps.length + 1 })}</span>
                  {t(`step.${s}`)}
                </button>
              </li>
            );
          })}
          <li>
            <button
              type="button"
              onClick={() => void goTo("review")}
              className="flex min-h-tap items-center gap-2 rounded-full border border-border bg-surface px-3 py-1 hover:bg-muted"
            >
              <span
                aria-hidden="true"
                className="flex size-7 shrink-0 items-center justify-center rounded-full bg-muted text-sm font-semibold"
              >
                {steps.length + 1}
              </span>
              <span className="sr-only">{t("stepPrefix", { n: steps.length + 1, total: steps.length + 1 })}</span>
              {t("step.review")}
            </button>
          </li>
        </ol>
      </nav>

      {supplement ? (
        <Alert variant="warning" role="note" title={t("supplementComment")}>
          <p className="whitespace-pre-line">{supplement.comment}</p>
          <p className="mt-2 text-sm">{t("supplementLead")}</p>
        </Alert>
      ) : null}

      {/* On phones the save status keeps a line of its own, so "正在保存…" appearing never pushes the form down under a finger. */}
      <div className="flex flex-col gap-1 md:flex-row md:items-center md:justify-between md:gap-3">
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
          {t("stepOf", { n: index + 1, total: steps.length + 1, name: t(`step.${step}`) })}
        </h2>
        {step === "form" ? <SaveStatus state={save} onRetry={() => void flush()} /> : null}
      </div>

      {step === "form" ? (
        <div
          className="flex flex-col gap-6"
          onBlur={() => {
            if (dirty.current) void flush();
          }}
        >
          {!supplement ? <p className="text-muted-foreground">{t("draftNote")}</p> : null}
          {Object.keys(translatedShapeErrors).length ? (
            <Alert variant="warning">{t("fieldProblems", { count: Object.keys(translatedShapeErrors).length })}</Alert>
          ) : null}
          {editableSchema.sections.length ? (
            <ApplicationFormFields
              schema={editableSchema}
              values={values}
              onChange={onFieldChange}
              errors={translatedShapeErrors}
              locale={locale}
            />
          ) : (
            <p>{t("noFieldsToFix")}</p>
          )}
          {supplement ? (
            <section aria-labelledby="read-only-answers" className="flex flex-col gap-3">
              <h3 id="read-only-answers" className="text-lg font-semibold">
                {t("readOnlyAnswers")}
              </h3>
              <ApplicationAnswers
                schema={schema}
                values={values}
                stations={app.answerStations}
                en={en}
                emptyLabel="—"
                hideEmpty
                only={(f) => !requestedFields.has(f.key)}
              />
            </section>
          ) : null}
        </div>
      ) : null}

      {step === "materials" ? (
        <div className="flex flex-col gap-4">
          <p className="text-muted-foreground">{tApp("materials.lead")}</p>
          {!supplement && requiredMissing > 0 ? (
            <p className="font-medium">{tApp("materials.missingRequired", { count: requiredMissing })}</p>
          ) : null}
          {app.service.materials.map((m) => (
            <MaterialCard
              key={m.key}
              applicationId={app.id}
              material={m}
              files={materials.filter((f) => f.materialKey === m.key)}
              editable={!supplement || requestedMaterials.has(m.key)}
              mustReplace={requestedMaterials.has(m.key)}
              since={supplement?.requestedAt}
              onUploaded={(added) => setMaterials((list) => [...list, added])}
              onRemoved={(removedId) => setMaterials((list) => list.filter((f) => f.id !== removedId))}
            />
          ))}
        </div>
      ) : null}

      {step === "delivery" ? (
        <div className="flex flex-col gap-4">
          {setDeliveryMutation.error ? <Alert variant="destructive">{setDeliveryMutation.error.message}</Alert> : null}
          <DeliveryChoice
            value={delivery}
            onChange={(d) => {
              setDelivery(d);
              setDeliveryDirty(true);
            }}
            errors={deliveryErrors}
            feeFen={app.service.postageFeeFen}
            paid={!!app.paidAt}
            savedPhoneMasked={saved.method === "post" ? saved.phoneMasked : null}
          />
        </div>
      ) : null}

      {/* Stacked on a phone in the order Tab reaches them (back, then next), never reversed. */}
      <div className="flex flex-col gap-3 border-t border-border pt-4 sm:flex-row sm:justify-between">
        {previous ? (
          <Button variant="secondary" onClick={() => void goTo(previous)}>
            {t("previous")}
          </Button>
        ) : (
          <Link href={`/me/applications/${app.id}`} className={buttonVariants({ variant: "ghost" })}>
            {t("backToStatus")}
          </Link>
        )}
        <Button onClick={() => void goTo(next ?? "review")} disabled={setDeliveryMutation.isPending}>
          {next ? t("next") : t("toReview")}
        </Button>
      </div>
    </div>
  );
}

/**
 * Where a "change" link from the check-your-answers page points: `material-<key>` is a material card's id;
 * `field-<key>` is found by the control's name, since the form's ids are generated (radio groups carry the
 * key in their shared name).
 */
function focusAnchor(anchor: string) {
  const key = anchor.startsWith("field-") ? CSS.escape(anchor.slice("field-".length)) : null;
  const target = key
    ? document.querySelector<HTMLElement>(`[name="${key}"], [name="${key}.idNumber"], [name$="-${key}-choice"]`)
    : document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  target.focus();
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const t = useTranslations("applications.wizard");
  const format = useFormatter();
  return (
    <div role="status" className="flex min-h-tap items-center gap-2 text-sm">
      {state.status === "saving" ? (
        <>
          <LoaderCircle aria-hidden="true" className="size-4 animate-spin" />
          {t("saving")}
        </>
      ) : state.status === "saved" ? (
        <>
          <Check aria-hidden="true" className="size-4 text-success" />
          {t("saved", { time: format.dateTime(state.at, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }) })}
        </>
      ) : state.status === "error" ? (
        <>
          <CircleAlert aria-hidden="true" className="size-4 text-destructive" />
          <span className="font-medium text-destructive">{t("saveFailed")}</span>
          <Button variant="link" size="sm" onClick={onRetry}>
            {t("retry")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
