"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { Field } from "@/components/ui/field";

export type PartyInput = { licenceNumber: string; plateNumber: string; insurerCode: string; phone: string };
export type InsurerOption = { code: string; name: string; nameEn: string };
/** From the driver's own account: their licence number (= ID number) and the plates registered to them. */
export type DriverDefaults = { licenceNumber: string; plates: string[] };

/** A party's form to start with: their own licence number, and their car's plate when they have just one. */
export function partyFrom(me: DriverDefaults): PartyInput {
  return {
    licenceNumber: me.licenceNumber,
    plateNumber: me.plates.length === 1 ? (me.plates[0] ?? "") : "",
    insurerCode: "",
    phone: "",
  };
}

/** A party's own details, the same for the reporter and for those who join. */
export function PartyFields({
  value,
  onChange,
  insurers,
  plates,
  errors,
  en,
}: {
  value: PartyInput;
  onChange: (v: PartyInput) => void;
  insurers: InsurerOption[];
  /** The driver's own registered vehicles, offered as suggestions; another car's plate can still be typed. */
  plates: string[];
  errors: Record<string, string>;
  en: boolean;
}) {
  const t = useTranslations("accidents.party");
  const set = (k: keyof PartyInput) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    onChange({ ...value, [k]: e.target.value });
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-lg font-semibold">{t("title")}</legend>
      <FormField
        id="party-licence"
        label={t("licenceNumber")}
        hint={t("licenceHint")}
        autoComplete="off"
        inputMode="text"
        maxLength={18}
        value={value.licenceNumber}
        onChange={set("licenceNumber")}
        error={errors.licenceNumber}
      />
      <FormField
        id="party-plate"
        label={t("plateNumber")}
        hint={t("plateHint")}
        autoComplete="off"
        maxLength={12}
        list={plates.length ? "party-plates" : undefined}
        value={value.plateNumber}
        onChange={set("plateNumber")}
        error={errors.plateNumber}
      />
      {plates.length ? (
        <datalist id="party-plates">
          {plates.map((plate) => (
            <option key={plate} value={plate} />
          ))}
        </datalist>
      ) : null}
      <Field id="party-insurer" label={t("insurer")} error={errors.insurerCode}>
        {(control) => (
          <Select {...control} value={value.insurerCode} onChange={set("insurerCode")}>
            <option value="">{t("insurerPlaceholder")}</option>
            {insurers.map((i) => (
              <option key={i.code} value={i.code}>
                {en ? i.nameEn : i.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FormField
        id="party-phone"
        label={t("phone")}
        hint={t("phoneHint")}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        maxLength={11}
        value={value.phone}
        onChange={set("phone")}
        error={errors.phone}
      />
    </fieldset>
  );
}
