"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";

/** A full mainland ID number as typed; anything else is searched as words. */
const looksLikeIdNumber = /^\s*\d{17}[\dXx]\s*$/;

/**
 * Searches a register by words, or by person: a typed ID number is posted and swapped for the person's key
 * before the page is opened, so the number never stands in the address bar, browser history or access logs.
 */
export function RegisterSearchForm({
  base,
  status,
  q,
  filtered,
}: {
  base: string;
  status?: string;
  q?: string;
  /** Whether words or a person narrow the list now (offer to clear them). */
  filtered: boolean;
}) {
  const t = useTranslations("registers.desk");
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState(q ?? "");
  const open = (params: Record<string, string>) => {
    const query = new URLSearchParams({ ...(status ? { status } : {}), ...params });
    router.push(`${base}?${query.toString()}`);
  };
  const personKey = useMutation(
    trpc.registers.personKey.mutationOptions({
      onSuccess: ({ person }) => {
        setText("");
        open({ person });
      },
    }),
  );
  const error = trpcFieldErrors(personKey.error).idNumber;
  return (
    <form
      role="search"
      aria-label={t("search")}
      noValidate
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        if (looksLikeIdNumber.test(text)) personKey.mutate({ idNumber: text.trim() });
        else if (text.trim()) open({ q: text.trim() });
        else router.push(status ? `${base}?status=${status}` : base);
      }}
    >
      <FormField
        id="register-search"
        name="q"
        type="search"
        label={t("searchLabel")}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error}
        maxLength={60}
        autoComplete="off"
        className="sm:w-80"
      />
      <Button type="submit" variant="secondary" disabled={personKey.isPending}>
        {t("searchButton")}
      </Button>
      {filtered ? (
        <Link
          href={status ? `${base}?status=${status}` : base}
          className="inline-flex min-h-tap items-center text-primary underline underline-offset-4"
        >
          {t("clear")}
        </Link>
      ) : null}
    </form>
  );
}
