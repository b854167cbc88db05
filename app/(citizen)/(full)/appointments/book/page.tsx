import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { chinaDayAndTime } from "@/server/appointments/appointment-rules";
import { serviceCodeSchema } from "@/server/catalog/catalog-codes";
import { BookingForm } from "./booking-form";

type SearchParams = Promise<{ service?: string; reschedule?: string; application?: string }>;

export async function generateMetadata() {
  const t = await getTranslations("appointments");
  return { title: t("title"), robots: { index: false } };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Booking (or moving a booking) of an appointment-kind service: where, which day, which half hour. */
export default async function BookAppointmentPage({ searchParams }: { searchParams: SearchParams }) {
  const { service: code = "", reschedule, application } = await searchParams;
  await requireCitizenPage(
    `/appointments/book?service=${encodeURIComponent(code)}${application ? `&application=${encodeURIComponent(application)}` : ""}`,
  );
  if (
    !serviceCodeSchema.safeParse(code).success ||
    (reschedule && !uuid.test(reschedule)) ||
    (application && !uuid.test(application))
  )
    notFound();
  const queryClient = getQueryClient();
  // Unknown, disabled and non-appointment services are simply not there.
  const orNotFound = (error: unknown): never => {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    // Already booked, or no longer waiting for its window visit: the application's page says where it stands.
    if (application && error instanceof TRPCError && ["CONFLICT", "BAD_REQUEST"].includes(error.code)) {
      redirect(`/me/applications/${application}`);
    }
    throw error;
  };
  const [t, locale, units, service, mine] = await Promise.all([
    getTranslations("appointments"),
    getLocale(),
    queryClient
      .fetchQuery(
        trpc.appointments.units.queryOptions({
          serviceCode: code,
          ...(application ? { applicationId: application } : {}),
        }),
      )
      .catch(orNotFound),
    queryClient.fetchQuery(trpc.catalog.guide.queryOptions({ code })).catch(orNotFound),
    queryClient.fetchQuery(trpc.appointments.mine.queryOptions()),
  ]);
  if (service.kind !== "appointment") notFound();
  const moving = reschedule
    ? mine.find((a) => a.id === reschedule && a.serviceCode === code && a.changeable)
    : undefined;
  if (reschedule && !moving) notFound();
  const name = locale === "en" ? service.nameEn : service.name;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">
          {t(moving ? "rescheduleTitle" : "bookTitle", { service: name })}
        </h1>
        <p className="text-muted-foreground">{t("bookIntro")}</p>
      </header>
      {units.length === 0 ? (
        <Alert variant="info">{t("noUnits")}</Alert>
      ) : (
        <BookingForm
          serviceCode={code}
          rescheduleId={moving?.id ?? null}
          applicationId={application ?? null}
          units={units.map((u) => ({ id: u.id, name: (locale === "en" && u.nameEn) || u.name, address: u.address }))}
          initialUnitId={moving?.unit.id ?? null}
          initialDay={moving ? chinaDayAndTime(moving.startsAt).day : null}
        />
      )}
    </div>
  );
}
