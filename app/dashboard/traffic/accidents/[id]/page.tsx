import { TRPCError } from "@trpc/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AccidentPartiesFacts } from "@/components/accidents/accident-parties-facts";
import { DecideAccidentForm } from "@/components/accidents/decide-accident-form";
import { PhotoGallery } from "@/components/accidents/photo-gallery";
import { slotTitle } from "@/components/accidents/slot-title";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { partyLetters, partyLettersEn } from "@/server/accidents/accident-rules";
import { accidentOfficerRoles } from "@/server/accidents/load-accident-for-actor";
import { requireDashboardPage } from "@/server/accounts/page-guards";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata() {
  const t = await getTranslations("accidents.queue");
  return { title: t("title") };
}

/**
 * One accident for the traffic officer: the photos (zoomable), the parties' statements next to what the
 * registers say, and the decision or a retake request. Opening it is audited (it reads register data).
 */
export default async function AccidentDecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDashboardPage(`/dashboard/traffic/accidents/${id}`);
  if (!user.roles.some((r) => (accidentOfficerRoles as readonly string[]).includes(r))) redirect("/forbidden");
  if (!uuid.test(id)) notFound();
  const [t, format, en] = await Promise.all([
    getTranslations("accidents"),
    getFormatter(),
    getLocale().then((l) => l === "en"),
  ]);
  const accident = await getQueryClient()
    .fetchQuery({ ...trpc.accidents.forOfficer.queryOptions({ id }), staleTime: 0 })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
      throw error;
    });
  const tr = t as never;
  const letter = (position: number) => (en ? partyLettersEn : partyLetters)[position - 1] ?? "";
  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <Link href="/dashboard/traffic/accidents" className="text-primary underline underline-offset-4">
        {t("officer.back")}
      </Link>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold">{t("officer.title", { code: accident.code })}</h1>
        <p className="text-muted-foreground">
          {format.dateTime(accident.occurredAt, { dateStyle: "medium", timeStyle: "short" })} · {accident.place}
        </p>
      </div>
      <Card aria-labelledby="officer-photos">
        <CardHeader>
          <CardTitle id="officer-photos">{t("officer.photos")}</CardTitle>
        </CardHeader>
        <CardContent>
          <PhotoGallery
            photos={accident.slots.map((s) => ({ slot: s.slot, blobId: s.blobId, title: slotTitle(s.slot, tr, en) }))}
          />
        </CardContent>
      </Card>
      <Card aria-labelledby="officer-parties">
        <CardHeader>
          <CardTitle id="officer-parties">{t("officer.parties")}</CardTitle>
        </CardHeader>
        <CardContent>
          <AccidentPartiesFacts accident={accident} register={accident.register} en={en} />
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-5">
          {accident.status === "awaiting_determination" ? (
            <DecideAccidentForm
              id={accident.id}
              parties={accident.parties.map((p) => ({
                id: p.id,
                label: t("officer.liabilityOf", { letter: letter(p.position) }),
              }))}
              slots={accident.slots.map((s) => ({ slot: s.slot, title: slotTitle(s.slot, tr, en) }))}
            />
          ) : accident.status === "determined" ? (
            <Alert variant="success" data-testid="officer-decided">
              {t("officer.decided")}
            </Alert>
          ) : (
            <Alert variant="info">{t("officer.notWaiting", { status: t(`statuses.${accident.status}`) })}</Alert>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
