import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { AccidentLive } from "@/components/accidents/accident-live";
import { getQueryClient, HydrateClient, trpc } from "@/components/trpc/server";
import { requireCitizenPage } from "@/server/accounts/page-guards";
import { publicBaseUrl } from "@/server/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accidents");
  return { title: t("title"), robots: { index: false } };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One accident, live for its parties: code and QR code while others join, photos, liability, outcome. */
export default async function AccidentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireCitizenPage(`/traffic/accident/${id}`);
  if (!uuid.test(id)) notFound();
  const t = await getTranslations("accidents");
  const accident = await getQueryClient()
    .fetchQuery({ ...trpc.accidents.get.queryOptions({ id }), staleTime: 0 })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    });
  const qrDataUrl =
    accident.status === "gathering"
      ? await QRCode.toDataURL(`${publicBaseUrl()}/traffic/accident/join?code=${accident.code}`, {
          errorCorrectionLevel: "M",
          margin: 2,
          width: 240,
        })
      : null;
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold text-primary">{t("title")}</h1>
      <HydrateClient>
        <AccidentLive id={id} qrDataUrl={qrDataUrl} />
      </HydrateClient>
    </div>
  );
}
