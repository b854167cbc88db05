"use client";

import { useMutation } from "@tanstack/react-query";
import { LocateFixed } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SelectField } from "@/components/ui/select-field";
import type { GateAnswers } from "@/server/accidents/accident-rules";
import { nearestCounty } from "@/server/accidents/county-seats";
import { chinaLocalMinute, parseChinaLocalMinute } from "@/server/dates/china-local-minute";
import { AccidentGate } from "./accident-gate";
import { type DriverDefaults, type InsurerOption, PartyFields, type PartyInput, partyFrom } from "./party-fields";

type UnitOption = { code: string; name: string; nameEn: string | null; cityName: string; cityNameEn: string | null };

/** The reporter's flow: the gate, then time, place, district and their own details; answers the accident code. */
export function AccidentReportForm({
  insurers,
  units,
  me,
}: {
  insurers: InsurerOption[];
  units: UnitOption[];
  me: DriverDefaults;
}) {
  const t = useTranslations("accidents.report");
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const [gate, setGate] = useState<GateAnswers | null>(null);
  const [occurredAt, setOccurredAt] = useState("");
  const [place, setPlace] = useState("");
  const [position, setPosition] = useState<{ lat: number; lng: number } | null>(null);
  const [locating, setLocating] = useState<"idle" | "busy" | "failed">("idle");
  const [unitCode, setUnitCode] = useState("");
  const [unitGuessed, setUnitGuessed] = useState(false);
  /** The district as chosen so far, read by the position's callback, which must not override a choice. */
  const unitRef = useRef("");
  const chooseUnit = (code: string, guessed: boolean) => {
    unitRef.current = code;
    setUnitCode(code);
    setUnitGuessed(guessed);
  };
  const [partyCount, setPartyCount] = useState(2);
  const [party, setParty] = useState<PartyInput>(() => partyFrom(me));
  useEffect(() => setOccurredAt((v) => v || chinaLocalMinute()), []);

  // The position preselects the district (the driver checks it); without one, the driver picks it.
  const locate = useCallback(() => {
    if (!navigator.geolocation) return setLocating("failed");
    setLocating("busy");
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const at = { lat: Math.round(p.coords.latitude * 1e5) / 1e5, lng: Math.round(p.coords.longitude * 1e5) / 1e5 };
        setPosition(at);
        setLocating("idle");
        const nearest = nearestCounty(
          at,
          units.map((u) => u.code),
        );
        if (nearest && !unitRef.current) chooseUnit(nearest, true);
      },
      () => setLocating("failed"),
      { enableHighAccuracy: true, timeout: 10_000 },
    );
  }, [units]);
  useEffect(() => {
    if (gate) locate();
  }, [gate, locate]);

  const create = useMutation(
    trpc.accidents.create.mutationOptions({ onSuccess: (r) => router.push(`/traffic/accident/${r.id}`) }),
  );
  const errors = trpcFieldErrors(create.error);
  const fieldless = create.error && Object.keys(errors).length === 0;

  if (!gate) return <AccidentGate onPass={setGate} />;

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({
          gate,
          occurredAt: parseChinaLocalMinute(occurredAt) ?? new Date(Number.NaN),
          place: place.trim(),
          latitude: position?.lat ?? null,
          longitude: position?.lng ?? null,
          unitCode,
          partyCount,
          party,
        });
      }}
    >
      {fieldless ? <Alert variant="destructive">{create.error.message}</Alert> : null}
      <FormField
        id="accident-time"
        type="datetime-local"
        label={t("occurredAt")}
        value={occurredAt}
        onChange={(e) => setOccurredAt(e.target.value)}
        error={errors.occurredAt}
      />
      <FormField
        id="accident-place"
        label={t("place")}
        hint={t("placeHint")}
        value={place}
        maxLength={100}
        onChange={(e) => setPlace(e.target.value)}
        error={errors.place}
      />
      <div className="flex flex-col gap-2">
        <Button type="button" variant="secondary" disabled={locating === "busy"} onClick={locate}>
          <LocateFixed aria-hidden="true" />
          {t("locate")}
        </Button>
        <p role="status" className="text-sm text-muted-foreground">
          {position
            ? t("located", { lat: position.lat, lng: position.lng })
            : locating === "failed"
              ? t("locateFailed")
              : null}
        </p>
      </div>
      <Field
        id="accident-unit"
        label={t("unit")}
        hint={unitGuessed ? t("unitFromPosition") : undefined}
        error={errors.unitCode}
      >
        {(control) => (
          <Select {...control} value={unitCode} onChange={(e) => chooseUnit(e.target.value, false)}>
            <option value="">{t("unitPlaceholder")}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {en ? `${u.cityNameEn ?? u.cityName} · ${u.nameEn ?? u.name}` : `${u.cityName} · ${u.name}`}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <SelectField
        id="accident-parties"
        label={t("partyCount")}
        value={partyCount}
        onChange={(e) => setPartyCount(Number(e.target.value))}
        options={[2, 3, 4, 5].map((n) => ({ value: n, label: n }))}
      />
      <PartyFields value={party} onChange={setParty} insurers={insurers} plates={me.plates} errors={errors} en={en} />
      <Button type="submit" size="lg" disabled={create.isPending}>
        {create.isPending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
