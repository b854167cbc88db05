"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { Textarea } from "@/components/ui/textarea";
import type { RegisterFieldView } from "@/server/registers/register-fields";
import type { RegisterKey } from "@/server/registers/register-keys";

export type RegisterFieldControlProps = {
  idPrefix: string;
  register: RegisterKey;
  field: RegisterFieldView;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** On an edit, the ID number on record, masked: the input then stays empty unless it is to be replaced. */
  masked?: string;
};

/**
 * One field of a register's form, drawn from its kind with the shared field components: a select for fixed
 * values, a date picker, a text area for long texts and lists (one item per line), a text input otherwise.
 * Labels and hints come from registers.books.<register>; an ID number is never shown, only its mask.
 */
export function RegisterFieldControl({
  idPrefix,
  register,
  field,
  value,
  onChange,
  error,
  masked,
}: RegisterFieldControlProps) {
  const t = useTranslations("registers");
  const book = `books.${register}`;
  const id = `${idPrefix}-${field.key}`;
  const label = t(`${book}.fields.${field.key}`);
  const keeps = field.kind === "id-number" && masked !== undefined;
  const required = !field.optional && !keeps;
  const ownHint = t.has(`${book}.hints.${field.key}`) ? t(`${book}.hints.${field.key}`) : undefined;
  const hint =
    field.kind === "id-number"
      ? [ownHint, keeps ? t("desk.idKeep", { masked }) : t("desk.idHint")].filter(Boolean).join(" ")
      : field.kind === "text-array"
        ? (ownHint ?? t("desk.listHint"))
        : field.kind === "money"
          ? t("desk.moneyHint")
          : ownHint;

  if (field.kind === "enum") {
    return (
      <SelectField
        id={id}
        name={field.key}
        label={label}
        hint={hint}
        required={required}
        value={value}
        emptyOption={t("desk.choose")}
        onChange={(e) => onChange(e.target.value)}
        options={field.values.map((v) => ({ value: v, label: t(`${book}.values.${field.key}.${v}`) }))}
        error={error}
      />
    );
  }
  if (field.multiline) {
    return (
      <Field id={id} label={label} hint={hint} required={required} error={error} className="sm:col-span-2">
        {(control) => (
          <Textarea
            {...control}
            name={field.key}
            rows={3}
            maxLength={field.kind === "text-array" ? undefined : field.maxLength}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
    );
  }
  return (
    <FormField
      id={id}
      name={field.key}
      type={field.kind === "date" ? "date" : "text"}
      label={label}
      hint={hint}
      required={required}
      inputMode={field.kind === "date" ? undefined : field.inputMode}
      maxLength={field.maxLength}
      autoComplete="off"
      spellCheck={field.kind === "text" ? undefined : false}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}

/** A stored value as the form's text. */
export function formText(value: string | number | string[] | null | undefined): string {
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.join("\n") : String(value);
}

/** The form's text as the procedure takes it: numbers for integers, one item per line for lists. */
export function formValue(field: RegisterFieldView, text: string): string | number | string[] | null {
  if (field.kind === "text-array") {
    return text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  }
  if (field.kind === "integer") return text.trim() === "" ? null : Number(text);
  return text;
}
