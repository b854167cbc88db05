"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { compressPhoto } from "@/components/applications/upload-material-file";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { SelectField } from "@/components/ui/select-field";
import { chinaLocalMinute } from "@/server/dates/china-local-minute";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { formatPlateNumber, type PlateType, plateTypes } from "@/server/traffic/plate-number";
import type { ViolationCode } from "@/server/traffic/violation-codes";

const pointValues = [0, 1, 3, 6, 9, 12] as const;

type Photo =
  | { state: "uploading" }
  | { state: "done"; blobId: string; preview: string; name: string }
  | { state: "failed"; message: string };

/** The service names fields by what it stores; the form by what the officer types. */
const formField = (key: string) => (key === "fineFen" ? "fineYuan" : key);

/**
 * The traffic officer's record form: plate, time, place, the code (its fine and points fill in and may
 * be changed within the law), and an optional photo uploaded as soon as it is chosen.
 */
export function RecordViolationForm({ codes }: { codes: readonly ViolationCode[] }) {
  const t = useTranslations("traffic.record");
  const tTypes = useTranslations("traffic.plateTypes");
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const router = useRouter();
  const doneRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const [plateNumber, setPlateNumber] = useState("");
  const [plateType, setPlateType] = useState<PlateType>("02");
  const [occurredAt, setOccurredAt] = useState("");
  const [place, setPlace] = useState("");
  const [actCode, setActCode] = useState("");
  const [fineYuan, setFineYuan] = useState("");
  const [points, setPoints] = useState("");
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const code = codes.find((c) => c.code === actCode);

  useEffect(() => setOccurredAt((v) => v || chinaLocalMinute()), []);

  const record = useMutation(
    trpc.traffic.recordViolation.mutationOptions({
      onSuccess: (result) => {
        setDone(
          t("done", {
            plate: formatPlateNumber(result.plateNumber),
            act: code ? (en ? code.nameEn : code.name) : actCode,
          }),
        );
        setPlateNumber("");
        setPlace("");
        setActCode("");
        setFineYuan("");
        setPoints("");
        setPhoto(null);
        if (fileRef.current) fileRef.current.value = "";
        setOccurredAt(chinaLocalMinute());
        router.refresh();
      },
    }),
  );
  const errors = Object.fromEntries(Object.entries(trpcFieldErrors(record.error)).map(([k, v]) => [formField(k), v]));
  const hasFieldErrors = Object.keys(errors).length > 0;

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function upload(file: File) {
    setPhoto({ state: "uploading" });
    try {
      const ready = await compressPhoto(file, new AbortController().signal);
      const form = new FormData();
      form.append("file", ready, ready.name);
      const response = await fetch("/api/traffic/violation-photos", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { blobId?: string; message?: string } | null;
      if (response.status !== 201 || !body?.blobId) throw new Error(body?.message ?? t("photoFailed"));
      setPhoto({ state: "done", blobId: body.blobId, preview: URL.createObjectURL(ready), name: file.name });
    } catch (error) {
      setPhoto({
        state: "failed",
        message: error instanceof Error && error.message ? error.message : t("photoFailed"),
      });
    }
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        record.mutate({
          plateNumber: plateNumber.trim(),
          plateType,
          occurredAt,
          place: place.trim(),
          actCode,
          fineYuan: fineYuan === "" ? undefined : fineYuan,
          points: points === "" ? undefined : Number(points),
          photoBlobId: photo?.state === "done" ? photo.blobId : null,
        });
      }}
    >
      {done ? (
        <div ref={doneRef} tabIndex={-1}>
          <Alert variant="success">{done}</Alert>
        </div>
      ) : null}
      {record.error && !hasFieldErrors ? <Alert variant="destructive">{record.error.message}</Alert> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField
          id="record-plate"
          name="plateNumber"
          label={t("plate")}
          hint={t("plateHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          required
          value={plateNumber}
          onChange={(e) => setPlateNumber(e.target.value)}
          error={errors.plateNumber}
        />
        <SelectField
          id="record-plate-type"
          label={t("plateType")}
          name="plateType"
          value={plateType}
          onChange={(e) => setPlateType(e.target.value as PlateType)}
          options={plateTypes.map((type) => ({ value: type, label: tTypes(type) }))}
        />
        <FormField
          id="record-occurred-at"
          name="occurredAt"
          type="datetime-local"
          label={t("occurredAt")}
          required
          value={occurredAt}
          onChange={(e) => setOccurredAt(e.target.value)}
          error={errors.occurredAt}
        />
        <FormField
          id="record-place"
          name="place"
          label={t("place")}
          hint={t("placeHint")}
          maxLength={100}
          required
          value={place}
          onChange={(e) => setPlace(e.target.value)}
          error={errors.place}
        />
      </div>

      <Field
        id="record-code"
        label={t("code")}
        hint={code ? t("codeDescription", { description: code.description, legalBasis: code.legalBasis }) : undefined}
        error={errors.actCode}
      >
        {(control) => (
          <Select
            {...control}
            name="actCode"
            required
            value={actCode}
            onChange={(e) => {
              setActCode(e.target.value);
              setFineYuan("");
              setPoints("");
            }}
          >
            <option value="">{t("codeChoose")}</option>
            {codes.map((c) => (
              <option key={c.code} value={c.code}>
                {t("codeOption", { code: c.code, name: en ? c.nameEn : c.name })}
              </option>
            ))}
          </Select>
        )}
      </Field>

      {code ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="record-fine"
            name="fineYuan"
            type="number"
            inputMode="numeric"
            min={code.minFineFen / 100}
            max={code.maxFineFen / 100}
            step={1}
            label={t("fine")}
            hint={t("fineHint", { min: code.minFineFen / 100, max: code.maxFineFen / 100, fine: code.fineFen / 100 })}
            value={fineYuan === "" ? fenToYuan(code.fineFen, { short: true }) : fineYuan}
            onChange={(e) => setFineYuan(e.target.value)}
            error={errors.fineYuan}
          />
          <Field id="record-points" label={t("points")} hint={t("pointsHint", { points: code.points })}>
            {(control) => (
              <Select
                {...control}
                name="points"
                value={points === "" ? String(code.points) : points}
                onChange={(e) => setPoints(e.target.value)}
              >
                {pointValues.map((p) => (
                  <option key={p} value={p}>
                    {t("pointsOption", { points: p })}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
      ) : null}

      <div className="flex flex-col gap-1.5">
        <Label htmlFor="record-photo">{t("photo")}</Label>
        <p id="record-photo-hint" className="text-sm text-muted-foreground">
          {t("photoHint")}
        </p>
        <input
          ref={fileRef}
          id="record-photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={errors.photo ? "record-photo-hint record-photo-error" : "record-photo-hint"}
          className="block w-full text-base file:me-3 file:min-h-tap file:rounded-md file:border file:border-border file:bg-surface file:px-4"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void upload(file);
            else setPhoto(null);
          }}
        />
        <div aria-live="polite">
          {photo?.state === "uploading" ? <p className="text-sm">{t("photoUploading")}</p> : null}
          {photo?.state === "failed" ? <p className="text-sm font-medium text-destructive">{photo.message}</p> : null}
          {photo?.state === "done" ? (
            <div className="mt-2 flex flex-wrap items-center gap-3">
              {/* A local preview of the file just chosen (an object URL), not a stored image. */}
              <img
                src={photo.preview}
                alt={photo.name}
                className="h-24 w-40 rounded border border-border object-cover"
              />
              <span className="text-sm">{t("photoUploaded")}</span>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  setPhoto(null);
                  if (fileRef.current) fileRef.current.value = "";
                }}
              >
                {t("photoRemove")}
              </Button>
            </div>
          ) : null}
        </div>
        {errors.photo ? (
          <p id="record-photo-error" role="alert" className="text-sm font-medium text-destructive">
            {errors.photo}
          </p>
        ) : null}
      </div>

      <div>
        <Button type="submit" size="lg" disabled={record.isPending || photo?.state === "uploading"}>
          {record.isPending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
