"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import type { AppointmentDeskType } from "@/db/schema";

function useRefresh() {
  const router = useRouter();
  return { onSuccess: () => router.refresh() };
}

export function AttendanceButtons({ appointmentId }: { appointmentId: string }) {
  const t = useTranslations("appointments.desk");
  const trpc = useTRPC();
  const record = useMutation(trpc.appointments.recordAttendance.mutationOptions(useRefresh()));
  return (
    <span className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="secondary"
        disabled={record.isPending}
        onClick={() => record.mutate({ appointmentId, outcome: "attended" })}
      >
        {t("attended")}
      </Button>
      <Button
        size="sm"
        variant="outline"
        disabled={record.isPending}
        onClick={() => record.mutate({ appointmentId, outcome: "no_show" })}
      >
        {t("noShow")}
      </Button>
      {record.error ? (
        <span role="alert" className="text-destructive">
          {record.error.message}
        </span>
      ) : null}
    </span>
  );
}

export function TemplateToggle({ templateId, active }: { templateId: string; active: boolean }) {
  const t = useTranslations("appointments.desk");
  const trpc = useTRPC();
  const toggle = useMutation(trpc.appointments.setTemplateActive.mutationOptions(useRefresh()));
  return (
    <Button
      size="sm"
      variant="outline"
      disabled={toggle.isPending}
      onClick={() => toggle.mutate({ templateId, active: !active })}
    >
      {active ? t("deactivate") : t("activate")}
    </Button>
  );
}

const weekdays = [1, 2, 3, 4, 5] as const;

/** The desks the officer staffs decide what a new window handles; an officer at both chooses explicitly. */
export function TemplateForm({ deskTypes }: { deskTypes: AppointmentDeskType[] }) {
  const t = useTranslations("appointments.desk");
  const tw = useTranslations("appointments");
  const trpc = useTRPC();
  const [form, setForm] = useState({ window: "", startTime: "09:00", endTime: "11:30", capacity: "5" });
  const [deskType, setDeskType] = useState<AppointmentDeskType | "">(
    deskTypes.length === 1 ? (deskTypes[0] ?? "") : "",
  );
  const [days, setDays] = useState<number[]>([1, 2, 3, 4, 5]);
  const create = useMutation(trpc.appointments.createTemplate.mutationOptions(useRefresh()));
  const fields = trpcFieldErrors(create.error);
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: e.target.value });
  return (
    <form
      className="grid gap-4 border-t border-border pt-4 sm:grid-cols-2"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate({
          window: form.window,
          weekdays: days,
          startTime: form.startTime,
          endTime: form.endTime,
          capacity: Number(form.capacity),
          ...(deskType ? { deskType } : {}),
        });
      }}
    >
      {deskTypes.length > 1 ? (
        <SelectField
          id="tpl-desk-type"
          label={t("deskType")}
          error={fields.deskType}
          value={deskType}
          onChange={(e) => setDeskType(e.target.value as AppointmentDeskType | "")}
          emptyOption={tw("chooseUnitPlaceholder")}
          options={deskTypes.map((d) => ({ value: d, label: t(`deskTypes.${d}`) }))}
        />
      ) : null}
      <FormField
        id="tpl-window"
        label={tw("window")}
        maxLength={32}
        value={form.window}
        onChange={set("window")}
        error={fields.window}
      />
      <FormField
        id="tpl-capacity"
        type="number"
        min={1}
        max={50}
        label={t("capacity")}
        value={form.capacity}
        onChange={set("capacity")}
        error={fields.capacity}
      />
      <FormField
        id="tpl-start"
        type="time"
        step={1800}
        label={t("startTime")}
        value={form.startTime}
        onChange={set("startTime")}
        error={fields.startTime}
      />
      <FormField
        id="tpl-end"
        type="time"
        step={1800}
        label={t("endTime")}
        value={form.endTime}
        onChange={set("endTime")}
        error={fields.endTime}
      />
      <fieldset className="flex flex-col gap-2 sm:col-span-2">
        <legend className="mb-1 font-medium">{t("weekdaysLabel")}</legend>
        <div className="flex flex-wrap gap-4">
          {weekdays.map((d) => (
            <label key={d} className="flex min-h-tap items-center gap-2">
              <input
                type="checkbox"
                checked={days.includes(d)}
                onChange={(e) => setDays(e.target.checked ? [...days, d] : days.filter((x) => x !== d))}
              />
              {tw(`weekdays.${d}`)}
            </label>
          ))}
        </div>
        {fields.weekdays ? (
          <p role="alert" className="text-sm font-medium text-destructive">
            {fields.weekdays}
          </p>
        ) : null}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={create.isPending}>
          {t("addTemplate")}
        </Button>
        {create.isSuccess ? <span role="status">{t("saved")}</span> : null}
      </div>
      {create.error && !Object.keys(fields).length ? <Alert variant="destructive">{create.error.message}</Alert> : null}
    </form>
  );
}

export function ClosureForm() {
  const t = useTranslations("appointments.desk");
  const tw = useTranslations("appointments");
  const trpc = useTRPC();
  const [day, setDay] = useState("");
  const [reason, setReason] = useState("");
  const add = useMutation(trpc.appointments.addClosure.mutationOptions(useRefresh()));
  const fields = trpcFieldErrors(add.error);
  return (
    <form
      className="grid gap-4 border-t border-border pt-4 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-end"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ day, reason });
      }}
    >
      <FormField
        id="closure-day"
        type="date"
        label={t("day")}
        value={day}
        onChange={(e) => setDay(e.target.value)}
        error={fields.day}
      />
      <FormField
        id="closure-reason"
        label={t("reason")}
        maxLength={100}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={fields.reason}
      />
      <Button type="submit" disabled={add.isPending}>
        {t("addClosure")}
      </Button>
      {add.error && !Object.keys(fields).length ? <Alert variant="destructive">{add.error.message}</Alert> : null}
      {add.isSuccess ? <span role="status">{tw("desk.saved")}</span> : null}
    </form>
  );
}
