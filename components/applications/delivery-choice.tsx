"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormField } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { Textarea } from "@/components/ui/textarea";
import { Field } from "@/components/ui/field";
import { phoneNumberPattern } from "@/server/accounts/phone-number";
import { yuan } from "./format-fee";

export type DeliveryDraft = { method: "window" | "post"; recipient: string; phone: string; address: string };
export type DeliveryErrors = Partial<Record<"recipient" | "phone" | "address", string>>;

/**
 * The same rules as the procedure's input schema, checked here because the schema's errors for the
 * nested delivery object arrive as one message for the whole object, not per field.
 */
export function checkDelivery(
  d: DeliveryDraft,
  t: { recipient: string; phone: string; address: string },
): DeliveryErrors {
  if (d.method === "window") return {};
  const errors: DeliveryErrors = {};
  if (!d.recipient.trim()) errors.recipient = t.recipient;
  if (!phoneNumberPattern.test(d.phone.replace(/[\s-]/g, ""))) errors.phone = t.phone;
  if (Array.from(d.address.trim()).length < 8) errors.address = t.address;
  return errors;
}

/**
 * Window collection or postal delivery, as radio cards, with the address fields when posting. The phone
 * of a saved postal choice comes back masked (shown as the placeholder), so it is typed again only when
 * the citizen changes the choice.
 */
export function DeliveryChoice({
  value,
  onChange,
  errors,
  feeFen,
  paid,
  savedPhoneMasked,
}: {
  value: DeliveryDraft;
  onChange: (next: DeliveryDraft) => void;
  errors: DeliveryErrors;
  feeFen: number;
  paid: boolean;
  savedPhoneMasked: string | null;
}) {
  const t = useTranslations("applications.delivery");
  const id = useId();
  const option = (method: DeliveryDraft["method"], title: string, hint: string) => (
    <label
      className={cn(
        "flex cursor-pointer items-start gap-3 rounded-lg border p-4 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
        value.method === method ? "border-primary bg-primary-soft" : "border-border bg-surface",
        paid && "cursor-not-allowed opacity-80",
      )}
    >
      <input
        type="radio"
        name={`${id}-method`}
        value={method}
        checked={value.method === method}
        disabled={paid}
        onChange={() => onChange({ ...value, method })}
        className="mt-1 size-5 accent-primary"
        aria-describedby={`${id}-${method}-hint`}
      />
      <span className="flex flex-col gap-1">
        <span className="font-semibold">{title}</span>
        <span id={`${id}-${method}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </span>
      </span>
    </label>
  );

  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-lg font-semibold">{t("legend")}</legend>
        {option("window", t("window"), t("windowHint"))}
        {option("post", t("post", { fee: yuan(feeFen) }), t("postHint"))}
      </fieldset>
      {paid ? <Alert variant="info">{t("paid")}</Alert> : null}
      {value.method === "post" ? (
        <div className="flex flex-col gap-4 rounded-lg border border-border p-4">
          <FormField
            id={`${id}-recipient`}
            label={t("recipient")}
            autoComplete="name"
            maxLength={40}
            required
            value={value.recipient}
            onChange={(e) => onChange({ ...value, recipient: e.target.value })}
            error={errors.recipient}
          />
          <FormField
            id={`${id}-phone`}
            label={t("phone")}
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={13}
            required
            placeholder={savedPhoneMasked ?? undefined}
            value={value.phone}
            onChange={(e) => onChange({ ...value, phone: e.target.value })}
            error={errors.phone}
          />
          <Field id={`${id}-address`} label={t("address")} hint={t("addressHint")} error={errors.address} required>
            {(control) => (
              <Textarea
                {...control}
                rows={3}
                maxLength={200}
                autoComplete="street-address"
                required
                value={value.address}
                onChange={(e) => onChange({ ...value, address: e.target.value })}
              />
            )}
          </Field>
          <p>{t("feeLine", { fee: yuan(feeFen) })}</p>
        </div>
      ) : null}
    </div>
  );
}
