"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { isChangeable } from "@/server/appointments/appointment-rules";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { chinaMoment } from "@/server/dates/china-moment";

type Unit = { id: number; name: string; address: string | null };

/** Unit, then day, then a half-hour slot as radio buttons (keyboard and screen readers get a plain radio group). */
export function BookingForm({
  serviceCode,
  rescheduleId,
  applicationId,
  units,
  initialUnitId,
  initialDay,
}: {
  serviceCode: string;
  rescheduleId: string | null;
  /** The pre-reviewed application this window visit completes. */
  applicationId: string | null;
  units: Unit[];
  initialUnitId: number | null;
  /** The China day to open on: a moved booking's own day. */
  initialDay: string | null;
}) {
  const t = useTranslations("appointments");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [unitId, setUnitId] = useState<number | null>(
    initialUnitId ?? (units.length === 1 ? (units[0]?.id ?? null) : null),
  );
  const [day, setDay] = useState<string | null>(initialDay);
  const [choice, setChoice] = useState<string | null>(null);
  const slots = useQuery({
    ...trpc.appointments.slots.queryOptions({ orgUnitId: unitId ?? 0, serviceCode }),
    enabled: unitId !== null,
  });
  const book = useMutation(
    trpc.appointments.book.mutationOptions({ onSuccess: (a) => router.push(`/appointments?booked=${a.id}`) }),
  );
  const reschedule = useMutation(
    trpc.appointments.reschedule.mutationOptions({
      onSuccess: (a) => router.push(`/appointments?rescheduled=${a.id}`),
    }),
  );
  const pending = book.isPending || reschedule.isPending;
  const error = book.error ?? reschedule.error;

  const days = slots.data ?? [];
  const chosenDay = days.find((d) => d.day === day) ?? days.find((d) => d.slots.some((s) => s.remaining > 0));
  const dayLabel = (d: string) => format.dateTime(chinaMoment(d), { month: "long", day: "numeric", weekday: "short" });
  const chosenSlot = chosenDay?.slots.find((s) => `${s.templateId}@${new Date(s.startsAt).toISOString()}` === choice);

  return (
    <form
      className="flex flex-col gap-5"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosenSlot) return;
        const slot = { templateId: chosenSlot.templateId, startsAt: new Date(chosenSlot.startsAt).toISOString() };
        if (rescheduleId) reschedule.mutate({ appointmentId: rescheduleId, ...slot });
        else book.mutate({ serviceCode, ...slot, ...(applicationId ? { applicationId } : {}) });
      }}
    >
      <Field id="booking-unit" label={t("chooseUnit")}>
        {(control) => (
          <Select
            {...control}
            value={unitId ?? ""}
            onChange={(e) => {
              setUnitId(e.target.value ? Number(e.target.value) : null);
              setDay(null);
              setChoice(null);
            }}
          >
            <option value="">{t("chooseUnitPlaceholder")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {unitId !== null && days.length > 0 && chosenDay ? (
        <>
          <Field id="booking-day" label={t("chooseDay")}>
            {(control) => (
              <Select
                {...control}
                value={chosenDay.day}
                onChange={(e) => {
                  setDay(e.target.value);
                  setChoice(null);
                }}
              >
                {days.map((d) => (
                  <option key={d.day} value={d.day}>
                    {dayLabel(d.day)}
                    {d.closed ? `（${t("closedDay")}）` : ""}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1.5 font-medium">{t("chooseSlot")}</legend>
            {chosenDay.closed ? <p className="text-muted-foreground">{t("closedDay")}</p> : null}
            {!chosenDay.closed && chosenDay.slots.length === 0 ? (
              <p className="text-muted-foreground">{t("noSlots")}</p>
            ) : null}
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {chosenDay.slots.map((s) => {
                const value = `${s.templateId}@${new Date(s.startsAt).toISOString()}`;
                const full = s.remaining === 0;
                return (
                  <label
                    key={value}
                    className={cn(
                      "flex min-h-tap cursor-pointer flex-col rounded-md border border-border p-2 has-[:checked]:border-primary has-[:checked]:bg-primary-soft has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
                      full && "cursor-not-allowed opacity-60",
                    )}
                  >
                    <span className="flex items-center gap-2">
                      <input
                        type="radio"
                        name="slot"
                        value={value}
                        disabled={full}
                        checked={choice === value}
                        onChange={() => setChoice(value)}
                      />
                      <span className="font-semibold tabular-nums">{s.time}</span>
                    </span>
                    <span className="text-sm text-muted-foreground">
                      {s.window} · {full ? t("full") : t("remaining", { count: s.remaining })}
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
        </>
      ) : null}
      {unitId !== null && slots.isSuccess && !chosenDay ? <Alert variant="info">{t("noSlots")}</Alert> : null}
      {chosenSlot && !isChangeable(new Date(chosenSlot.startsAt), new Date()) ? (
        <Alert variant="warning" data-testid="slot-locked-warning">
          {t("lockedOnBooking")}
        </Alert>
      ) : null}
      {error ? <Alert variant="destructive">{error.message}</Alert> : null}
      <div>
        <Button type="submit" size="lg" disabled={!chosenSlot || pending}>
          {pending ? t("booking") : rescheduleId ? t("reschedule") : t("book")}
        </Button>
      </div>
    </form>
  );
}
