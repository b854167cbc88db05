"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { formatPlateNumber, type PlateType, plateTypes } from "@/server/traffic/plate-number";
import type { VehicleViolations } from "@/server/traffic/lookup-violations";
import { ViolationFacts } from "./violation-facts";

/**
 * The public look-up by plate, plate type and VIN tail. The answer lives only in this page's memory:
 * the VIN tail goes in a POST body, never in a URL.
 */
export function ViolationLookup() {
  const t = useTranslations("traffic");
  const trpc = useTRPC();
  const resultId = useId();
  const [plateNumber, setPlateNumber] = useState("");
  const [plateType, setPlateType] = useState<PlateType>("02");
  const [vinTail, setVinTail] = useState("");
  const [result, setResult] = useState<VehicleViolations | null>(null);
  const lookup = useMutation(trpc.traffic.lookup.mutationOptions({ onSuccess: setResult }));
  const fieldErrors = trpcFieldErrors(lookup.error);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;

  return (
    <div className="flex flex-col gap-5">
      <form
        role="search"
        noValidate
        className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)_auto] lg:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          setResult(null);
          lookup.mutate({ plateNumber: plateNumber.trim(), plateType, vinTail: vinTail.trim() });
        }}
      >
        <FormField
          id="lookup-plate"
          name="plateNumber"
          label={t("lookup.plate")}
          hint={t("lookup.plateHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          value={plateNumber}
          onChange={(e) => setPlateNumber(e.target.value)}
          error={fieldErrors.plateNumber}
        />
        <Field id="lookup-plate-type" label={t("lookup.plateType")}>
          {(control) => (
            <Select
              {...control}
              name="plateType"
              value={plateType}
              onChange={(e) => setPlateType(e.target.value as PlateType)}
            >
              {plateTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`plateTypes.${type}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <FormField
          id="lookup-vin"
          name="vinTail"
          label={t("lookup.vin")}
          hint={t("lookup.vinHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          inputMode="text"
          maxLength={12}
          required
          value={vinTail}
          onChange={(e) => setVinTail(e.target.value)}
          error={fieldErrors.vinTail}
        />
        <Button type="submit" size="lg" disabled={lookup.isPending}>
          {lookup.isPending ? t("lookup.searching") : t("lookup.submit")}
        </Button>
      </form>
      {lookup.error && !hasFieldErrors ? <Alert variant="destructive">{lookup.error.message}</Alert> : null}
      {result ? (
        <section aria-labelledby={resultId} className="flex flex-col gap-3" data-testid="lookup-result">
          <h3 id={resultId} className="text-lg font-semibold">
            {t("lookup.resultTitle", {
              plate: formatPlateNumber(result.plateNumber),
              type: t(`plateTypes.${result.plateType as PlateType}`),
            })}
          </h3>
          {result.violations.length === 0 ? (
            <p>{t("lookup.none")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {result.violations.map((v, i) => (
                <li
                  key={`${i}-${v.occurredAt.toISOString()}-${v.actCode}`}
                  className="rounded-lg border border-border bg-surface p-4"
                >
                  <ViolationFacts violation={v} />
                </li>
              ))}
            </ul>
          )}
          {result.violations.some((v) => v.status === "unpaid") ? (
            <p className="text-muted-foreground">{t("lookup.payHint")}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
