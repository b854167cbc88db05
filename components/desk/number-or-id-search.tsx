"use client";

import { useTranslations } from "next-intl";
import { IdNumberSearchForm } from "@/components/ui/id-number-search-form";

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
    name: field,
    id: `${idPrefix}-${field === "number" ? "number" : "id-number"}`,
    pending: pending && searchedBy === field,
    disabled: pending,
    error: searchedBy === field ? fieldErrors?.[field] : undefined,
  });
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <IdNumberSearchForm
        {...form("number")}
        heading={t("byNumber")}
        label={t("number")}
        hint={t("numberHint")}
        submitLabel={t("searchNumber")}
        pendingLabel={t("searching")}
        onSearch={(value) => onSearch({ number: value })}
      />
      <IdNumberSearchForm
        {...form("idNumber")}
        heading={t("byIdNumber")}
        label={t("idNumber")}
        hint={t("idNumberHint")}
        submitLabel={t("searchId")}
        pendingLabel={t("searching")}
        onSearch={(value) => onSearch({ idNumber: value })}
      />
    </div>
  );
}
