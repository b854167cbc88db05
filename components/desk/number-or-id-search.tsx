"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/auth/form-field";
import { Button } from "@/components/ui/button";

export type NumberOrIdQuery = { number: string } | { idNumber: string };

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
  searchedBy: "number" | "idNumber";
  fieldErrors: Record<string, string> | undefined;
  onSearch: (query: NumberOrIdQuery) => void;
}) {
  const t = useTranslations("desk.window");
  const [number, setNumber] = useState("");
  const [idNumber, setIdNumber] = useState("");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        role="search"
        aria-label={t("byNumber")}
        noValidate
        className="flex flex-col gap-3 rounded-md border border-border p-4"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch({ number: number.trim() });
        }}
      >
        <h2 className="font-semibold">{t("byNumber")}</h2>
        <FormField
          id={`${idPrefix}-number`}
          name="number"
          label={t("number")}
          hint={t("numberHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={24}
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          error={searchedBy === "number" ? fieldErrors?.number : undefined}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {pending && searchedBy === "number" ? t("searching") : t("searchNumber")}
          </Button>
        </div>
      </form>
      <form
        role="search"
        aria-label={t("byIdNumber")}
        noValidate
        className="flex flex-col gap-3 rounded-md border border-border p-4"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch({ idNumber: idNumber.trim() });
        }}
      >
        <h2 className="font-semibold">{t("byIdNumber")}</h2>
        <FormField
          id={`${idPrefix}-id-number`}
          name="idNumber"
          label={t("idNumber")}
          hint={t("idNumberHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={24}
          value={idNumber}
          onChange={(e) => setIdNumber(e.target.value)}
          error={searchedBy === "idNumber" ? fieldErrors?.idNumber : undefined}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {pending && searchedBy === "idNumber" ? t("searching") : t("searchId")}
          </Button>
        </div>
      </form>
    </div>
  );
}
