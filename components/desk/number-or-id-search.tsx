"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { Button } from "@/components/ui/button";

export type NumberOrIdQuery = { number: string } | { idNumber: string };
type Field = "number" | "idNumber";

/**
 * The counter's two ways to find a person's item: the application number, or the ID card they hand over.
 * The ID number is sent in the request body by the caller's mutation, never put in a URL.
 */
export function NumberOrIdSearch({
  idPrefix,
  pending,
  searchedBy,
  fieldErrors,
  onSearch,
}: {
  idPrefix: string;
  pending: boolean;
  searchedBy: Field;
  fieldErrors: Record<string, string> | undefined;
  onSearch: (query: NumberOrIdQuery) => void;
}) {
  const t = useTranslations("desk.window");
  const form = (field: Field) => ({
    field,
    id: `${idPrefix}-${field === "number" ? "number" : "id-number"}`,
    pending: pending && searchedBy === field,
    disabled: pending,
    error: searchedBy === field ? fieldErrors?.[field] : undefined,
  });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <SearchForm
        {...form("number")}
        labels={{ form: t("byNumber"), field: t("number"), hint: t("numberHint"), submit: t("searchNumber"), searching: t("searching") }}
        onSearch={(value) => onSearch({ number: value })}
      />
      <SearchForm
        {...form("idNumber")}
        labels={{ form: t("byIdNumber"), field: t("idNumber"), hint: t("idNumberHint"), submit: t("searchId"), searching: t("searching") }}
        onSearch={(value) => onSearch({ idNumber: value })}
      />
    </div>
  );
}

function SearchForm(p: {
  field: Field;
  id: string;
  pending: boolean;
  disabled: boolean;
  error: string | undefined;
  labels: { form: string; field: string; hint: string; submit: string; searching: string };
  onSearch: (value: string) => void;
}) {
  const [value, setValue] = useState("");
  return (
    <form
      role="search"
      aria-label={p.labels.form}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-border p-4"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSearch(value.trim());
      }}
    >
      <h2 className="font-semibold">{p.labels.form}</h2>
      <FormField
        id={p.id}
        name={p.field}
        label={p.labels.field}
        hint={p.labels.hint}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={p.error}
      />
      <div>
        <Button type="submit" disabled={p.disabled}>
          {p.pending ? p.labels.searching : p.labels.submit}
        </Button>
      </div>
    </form>
  );
}
