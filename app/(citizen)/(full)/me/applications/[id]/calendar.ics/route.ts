import "server-only";
import { bringList } from "@/components/applications/bring-list";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { isDomainError } from "@/server/errors";
import { buildWindowVisitCalendar } from "@/server/applications/build-window-visit-calendar";
import { getMyApplication } from "@/server/applications/get-my-application";
import { localeFromCookieHeader } from "@/server/i18n/config";
import { translator } from "@/server/i18n/translate";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

/**
 * The window visit of an approved application as a calendar file. Only its applicant gets it, and only
 * while there is a visit to make: anyone else, and any other state, gets the same 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await currentUser();
  if (!user || !isCitizen(user) || !uuid.test(id)) return notFound();
  let application;
  try {
    application = await getMyApplication(await getDb(), { userId: user.id, applicationId: id });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
  const { windowDeadline, station, number } = application;
  if (
    application.state !== "approved" ||
    application.delivery.method !== "window" ||
    !windowDeadline ||
    !station ||
    !number
  ) {
    return notFound();
  }
  const locale = localeFromCookieHeader(request.headers.get("cookie"));
  const en = locale === "en";
  const ics = buildWindowVisitCalendar({
    applicationId: application.id,
    number,
    serviceName: en ? application.service.nameEn : application.service.name,
    deadline: windowDeadline,
    station: {
      name: (en && station.nameEn) || station.name,
      address: station.address,
      phone: station.phone,
      household: station.unitType === "station",
    },
    bring: bringList(application, translator(locale)("applications.idCardOriginal")),
    kind: application.approvalKind === "originals" ? "originals" : "collect",
    locale,
  });
  return new Response(ics, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${number}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
