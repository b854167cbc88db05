import "server-only";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { buildAppointmentCalendar } from "@/server/appointments/build-appointment-calendar";
import { listMyAppointments } from "@/server/appointments/list-my-appointments";
import { localeFromCookieHeader } from "@/server/i18n/config";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

/** An active booking as a calendar file, for its citizen only; anything else is the same 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user || !isCitizen(user) || !uuid.test(id)) return notFound();
  const [booking] = await listMyAppointments(await getDb(), { userId: user.id, appointmentId: id });
  if (!booking || booking.status !== "booked") return notFound();
  const locale = localeFromCookieHeader(request.headers.get("cookie"));
  const en = locale === "en";
  const ics = buildAppointmentCalendar({
    appointmentId: booking.id,
    startsAt: booking.startsAt,
    serviceName: en ? booking.serviceNameEn : booking.serviceName,
    unit: { name: (en && booking.unit.nameEn) || booking.unit.name, address: booking.unit.address },
    window: booking.window,
    locale,
  });
  return new Response(ics, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="appointment-${booking.id.slice(0, 8)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
