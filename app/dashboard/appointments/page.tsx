import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/ui/field";
import { Table } from "@/components/ui/table";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { appointmentDeskRoles } from "@/server/appointments/appointment-desk";
import { deskTypesOf } from "@/server/appointments/desk-type";
import { chinaToday } from "@/server/dates/china-today";
import { AttendanceButtons, ClosureForm, TemplateForm, TemplateToggle } from "./desk-forms";

export async function generateMetadata() {
  const t = await getTranslations("appointments.desk");
  return { title: t("title") };
}

const isDay = (v: string | undefined): v is string =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

/** The desk's appointments: one day's list with attendance, the unit's templates and closed days. */
export default async function DeskAppointmentsPage({ searchParams }: { searchParams: Promise<{ day?: string }> }) {
  const user = await requireDashboardPage("/dashboard/appointments");
  if (!user.roles.some((r) => (appointmentDeskRoles as readonly string[]).includes(r))) redirect("/forbidden");
  const { day: dayParam } = await searchParams;
  const day = isDay(dayParam) ? dayParam : chinaToday();
  const queryClient = getQueryClient();
  const [t, tw, format, bookings, schedule] = await Promise.all([
    getTranslations("appointments.desk"),
    getTranslations("appointments"),
    getFormatter(),
    queryClient.fetchQuery(trpc.appointments.dayBookings.queryOptions({ day })),
    queryClient.fetchQuery(trpc.appointments.schedule.queryOptions()),
  ]);
  const now = Date.now();
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </div>
      <Card aria-labelledby="desk-bookings">
        <CardHeader className="flex flex-col gap-3">
          <CardTitle id="desk-bookings">{t("bookings", { day })}</CardTitle>
          <form className="flex flex-wrap items-end gap-3" method="get">
            <Field id="desk-day" label={t("day")}>
              {(control) => <Input {...control} name="day" type="date" defaultValue={day} />}
            </Field>
            <Button type="submit" variant="secondary">
              {t("show")}
            </Button>
          </form>
        </CardHeader>
        <CardContent>
          {bookings.length === 0 ? (
            <p className="text-muted-foreground">{t("noBookings")}</p>
          ) : (
            <Table
              rows={bookings}
              rowKey={(b) => b.id}
              rowProps={() => ({ "data-testid": "desk-booking" })}
              columns={[
                {
                  key: "when",
                  header: tw("when"),
                  numeric: true,
                  cell: (b) => format.dateTime(b.startsAt, { timeStyle: "short" }),
                },
                {
                  key: "window",
                  header: tw("window"),
                  cell: (b) => (
                    <>
                      {b.unitName} · {b.window}
                    </>
                  ),
                },
                { key: "service", header: t("service"), cell: (b) => b.serviceName },
                { key: "name", header: t("name"), cell: (b) => b.maskedName },
                {
                  key: "status",
                  header: tw("status"),
                  cell: (b) =>
                    b.status === "booked" && b.startsAt.getTime() <= now ? (
                      <AttendanceButtons appointmentId={b.id} />
                    ) : (
                      <Badge>{tw(`statuses.${b.status}`)}</Badge>
                    ),
                },
              ]}
            />
          )}
        </CardContent>
      </Card>

      <Card aria-labelledby="desk-templates">
        <CardHeader>
          <CardTitle id="desk-templates">{t("templates")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {schedule.templates.length === 0 ? <p className="text-muted-foreground">{t("noTemplates")}</p> : null}
          <ul className="flex flex-col gap-2">
            {schedule.templates.map((tpl) => (
              <li
                key={tpl.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border p-3"
              >
                <span>
                  <span className="font-semibold">{tpl.window}</span> · {t(`deskTypes.${tpl.deskType}`)} ·{" "}
                  {tpl.weekdays.map((d) => tw(`weekdays.${d}` as "weekdays.1")).join(" ")} ·{" "}
                  <span className="tabular-nums">
                    {tpl.startTime}–{tpl.endTime}
                  </span>{" "}
                  · {t("capacity")} {tpl.capacity}
                </span>
                <span className="flex items-center gap-2">
                  <Badge variant={tpl.active ? "success" : "neutral"}>{tpl.active ? t("active") : t("inactive")}</Badge>
                  <TemplateToggle templateId={tpl.id} active={tpl.active} />
                </span>
              </li>
            ))}
          </ul>
          <TemplateForm deskTypes={deskTypesOf(user.roles)} />
        </CardContent>
      </Card>

      <Card aria-labelledby="desk-closures">
        <CardHeader>
          <CardTitle id="desk-closures">{t("closures")}</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          {schedule.closures.length === 0 ? <p className="text-muted-foreground">{t("noClosures")}</p> : null}
          <ul className="flex flex-col gap-1">
            {schedule.closures.map((c) => (
              <li key={c.id}>
                <span className="tabular-nums">{c.day}</span> · {c.reason}
              </li>
            ))}
          </ul>
          <ClosureForm />
        </CardContent>
      </Card>
    </div>
  );
}
