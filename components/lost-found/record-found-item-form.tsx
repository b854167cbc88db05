"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { Textarea } from "@/components/ui/textarea";
import { type LostFoundCategory, lostFoundCategories } from "@/db/schema/lost-found-vocabulary";
import { chinaToday } from "@/server/dates/china-today";

/**
 * Records property handed in at the station: what the public may see (kind, description, place, day) and,
 * apart, the marks only the owner can describe, which stay inside the dashboard.
 */
export function RecordFoundItemForm() {
  const t = useTranslations("lostFound.desk");
  const tCategory = useTranslations("lostFound.categories");
  const trpc = useTRPC();
  const router = useRouter();
  const doneRef = useRef<HTMLDivElement>(null);
  const [category, setCategory] = useState<LostFoundCategory | "">("");
  const [description, setDescription] = useState("");
  const [identifyingMarks, setMarks] = useState("");
  const [foundPlace, setPlace] = useState("");
  const [foundOn, setFoundOn] = useState("");
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => setFoundOn((v) => v || chinaToday()), []);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const record = useMutation(
    trpc.lostFound.record.mutationOptions({
      onSuccess: (result) => {
        setDone(t("recorded", { itemNumber: result.itemNumber }));
        setCategory("");
        setDescription("");
        setMarks("");
        setPlace("");
        router.refresh();
      },
    }),
  );
  const errors = trpcFieldErrors(record.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        if (!category) return;
        record.mutate({ category, description, identifyingMarks, foundPlace, foundOn });
      }}
    >
      {done ? (
        <div ref={doneRef} tabIndex={-1}>
          <Alert variant="success">{done}</Alert>
        </div>
      ) : null}
      {record.error && !hasFieldErrors ? <Alert variant="destructive">{record.error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="found-category"
          name="category"
          label={t("category")}
          required
          value={category}
          emptyOption={t("categoryChoose")}
          onChange={(e) => setCategory(e.target.value as LostFoundCategory | "")}
          options={lostFoundCategories.map((c) => ({ value: c, label: tCategory(c) }))}
          error={errors.category}
        />
        <FormField
          id="found-on"
          name="foundOn"
          type="date"
          label={t("foundOn")}
          required
          value={foundOn}
          onChange={(e) => setFoundOn(e.target.value)}
          error={errors.foundOn}
        />
        <FormField
          id="found-description"
          name="description"
          label={t("description")}
          hint={t("descriptionHint")}
          maxLength={100}
          required
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={errors.description}
        />
        <FormField
          id="found-place"
          name="foundPlace"
          label={t("foundPlace")}
          maxLength={100}
          required
          value={foundPlace}
          onChange={(e) => setPlace(e.target.value)}
          error={errors.foundPlace}
        />
      </div>
      <Field id="found-marks" label={t("marks")} hint={t("marksHint")} required error={errors.identifyingMarks}>
        {(control) => (
          <Textarea
            {...control}
            name="identifyingMarks"
            rows={3}
            maxLength={300}
            value={identifyingMarks}
            onChange={(e) => setMarks(e.target.value)}
          />
        )}
      </Field>
      <div>
        <Button type="submit" disabled={record.isPending || !category}>
          {t("record")}
        </Button>
      </div>
    </form>
  );
}
