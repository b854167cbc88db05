import { FileStack } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { terminalStates } from "@/server/applications/application-transitions";
import type { listMyApplications } from "@/server/applications/list-my-applications";

type Mine = Awaited<ReturnType<typeof listMyApplications>>;

/** The way from the profile to "我的申请", with how many are under way and how many drafts wait. */
export async function ApplicationsCard({ applications }: { applications: Mine }) {
  const t = await getTranslations("applications.list");
  const drafts = applications.filter((a) => a.state === "draft").length;
  const open = applications.filter((a) => a.state !== "draft" && !terminalStates.includes(a.state)).length;
  return (
    <Card aria-labelledby="me-applications">
      <CardHeader>
        <CardTitle id="me-applications" className="flex items-center gap-2">
          <FileStack aria-hidden="true" className="size-5 text-primary" />
          {t("meCardTitle")}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <p className="text-muted-foreground">{t("meCardBody")}</p>
        {applications.length ? <p className="font-medium">{t("meCardCount", { open, drafts })}</p> : null}
        <Link href="/me/applications" className={buttonVariants({ variant: "outline", className: "self-start" })}>
          {t("meCardLink")}
        </Link>
      </CardContent>
    </Card>
  );
}
