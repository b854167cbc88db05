import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import type { MyAppointment } from "@/server/appointments/list-my-appointments";
import { CancelAppointmentButton } from "./cancel-appointment-button";

export async function generateMetadata() {
  const t = await getTranslations("appointments");
  return { title: t("title"), robots: { index: false } };
}

const statusBadge: Record<MyAppointment["status"], "primary" | "neutral" | "success" | "destructive"> = {
  booked: "primary",
  cancelled: "neutral",
  attended: "success",
  no_show: "destructive",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The citizen's bookings, with cancel, reschedule and the calendar file while they can still be changed.
 * Coming back from booking or moving one (`?booked=` / `?rescheduled=` its id), it says so at the top.
 */
export default async function MyAppointmentsPage({ searchParams }: { searchParams: SearchParams }) {
  await requireCitizenPage("/appointments");
  const query = await searchParams;
  const [t, format, locale, mine] = await Promise.all([
    getTranslations("appointments"),
    getFormatter(),
    getLocale(),
    getQueryClient().fetchQuery(trpc.appointments.mine.queryOptions()),
  ]);
  const en = locale === "en";
  const when = (a: MyAppointment) => format.dateTime(a.startsAt, { dateStyle: "full", timeStyle: "short" });
  const summary = (a: MyAppointment) =>
    t("summary", {
      service: en ? a.serviceNameEn : a.serviceName,
      when: when(a),
      place: `${(en && a.unit.nameEn) || a.unit.name} · ${a.window}`,
    });
  const doneKind = query.booked ? "booked" : query.rescheduled ? "rescheduled" : null;
  const done = mine.find((a) => a.status === "booked" && a.id === (query.booked ?? query.rescheduled));
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      {doneKind && done ? (
        <Alert variant="success" title={t(doneKind === "booked" ? "bookedTitle" : "rescheduledTitle")}>
          {t("doneBody", { summary: summary(done) })}
        </Alert>
      ) : null}
      {mine.length === 0 ? <p className="text-muted-foreground">{t("none")}</p> : null}
      <ul className="flex flex-col gap-4">
        {mine.map((a) => (
          <li key={a.id}>
            <Card data-testid="my-appointment">
              <CardContent className="flex flex-col gap-3 pt-6">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="text-lg font-semibold">{en ? a.serviceNameEn : a.serviceName}</h2>
                  <Badge variant={statusBadge[a.status]}>{t(`statuses.${a.status}`)}</Badge>
                </div>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[6rem_minmax(0,1fr)]">
                  <dt className="text-muted-foreground">{t("when")}</dt>
                  <dd className="tabular-nums">{when(a)}</dd>
                  <dt className="text-muted-foreground">{t("unit")}</dt>
                  <dd>
                    {(en && a.unit.nameEn) || a.unit.name} · {a.window}
                    {a.unit.address ? (
                      <span className="block text-sm text-muted-foreground">{a.unit.address}</span>
                    ) : null}
                  </dd>
                </dl>
                {a.status === "booked" ? (
                  <div className="flex flex-wrap gap-2">
                    <a href={`/appointments/${a.id}/calendar.ics`} className={buttonVariants({ variant: "secondary" })}>
                      {t("calendar")}
                    </a>
                    {a.changeable ? (
                      <>
                        <Link
                          href={`/appointments/book?service=${a.serviceCode}&reschedule=${a.id}`}
                          className={buttonVariants({ variant: "outline" })}
                        >
                          {t("reschedule")}
                        </Link>
                        <CancelAppointmentButton appointmentId={a.id} summary={summary(a)} />
                      </>
                    ) : (
                      <p className="text-sm text-muted-foreground">{t("locked")}</p>
                    )}
                  </div>
                ) : null}
              </CardContent>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
