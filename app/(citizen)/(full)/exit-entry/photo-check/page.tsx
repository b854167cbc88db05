import { getTranslations } from "next-intl/server";
import { Card, CardContent } from "@/components/ui/card";
import { travelPhotoRules } from "@/server/exit-entry/check-travel-photo";
import { PhotoCheckForm } from "./photo-check-form";

export async function generateMetadata() {
  const t = await getTranslations("queriesPublic.photoCheck");
  return { title: t("title") };
}

/** CR015: anyone checks a photo for an exit-entry document before the window; nothing is stored. */
export default async function PhotoCheckPage() {
  const t = await getTranslations("queriesPublic.photoCheck");
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-primary md:text-3xl">{t("title")}</h1>
        <p className="text-muted-foreground">{t("intro")}</p>
      </header>
      <Card>
        <CardContent className="flex flex-col gap-4 pt-4 sm:pt-5">
          <ul className="list-disc ps-5 text-sm text-muted-foreground">
            <li>{t("ruleSize", { width: travelPhotoRules.width, height: travelPhotoRules.height })}</li>
            <li>{t("ruleBackground")}</li>
            <li>{t("ruleFace")}</li>
            <li>{t("rulePrivacy")}</li>
          </ul>
          <PhotoCheckForm />
        </CardContent>
      </Card>
    </div>
  );
}
