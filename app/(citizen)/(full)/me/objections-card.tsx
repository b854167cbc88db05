import { MessageSquareWarning } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** The way from the profile to the citizen's objections to notices and their answers. */
export async function ObjectionsCard() {
  const t = await getTranslations("notices.mine");
  return (
    <Card aria-labelledby="me-objections">
      <CardHeader>
        <CardTitle id="me-objections" className="flex items-center gap-2">
          <MessageSquareWarning aria-hidden="true" className="size-5 text-primary" />
          {t("title")}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <p className="text-muted-foreground">{t("intro")}</p>
        <Link href="/me/objections" className={buttonVariants({ variant: "outline", className: "self-start" })}>
          {t("open")}
        </Link>
      </CardContent>
    </Card>
  );
}
