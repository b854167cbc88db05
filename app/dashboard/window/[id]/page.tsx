import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import {
  ApplicationSummary,
  ApplicationTimeline,
  FormAnswers,
  RegisterPanel,
} from "@/components/desk/application-panels";
import { loadOfficerApplication } from "@/components/desk/load-officer-application";
import { LockControl } from "@/components/desk/lock-control";
import { Alert } from "@/components/ui/alert";
import { requireDashboardPage } from "@/server/accounts/page-guards";
import { WindowCheck } from "./window-check";

export async function generateMetadata() {
  const t = await getTranslations("desk.window");
  return { title: t("title") };
}

export default async function WindowCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireDashboardPage(`/dashboard/window/${id}`);
  if (!user.roles.includes("window_officer")) redirect("/forbidden");
  const [t, review, desk] = await Promise.all([
    getTranslations("desk.window"),
    getTranslations("desk.review"),
    getTranslations("desk"),
  ]);
  const app = await loadOfficerApplication(id);
  if (app === "forbidden") {
    return (
      <div className="flex max-w-3xl flex-col gap-4">
        <Alert variant="destructive">{review("outOfJurisdiction")}</Alert>
        <Link href="/dashboard/window" className="text-primary underline underline-offset-4">
          {review("backToWindow")}
        </Link>
      </div>
    );
  }
  const canAct = app.actions.includes("complete") || app.actions.includes("void");

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/dashboard/window" className="text-sm text-primary underline underline-offset-4">
          {review("backToWindow")}
        </Link>
        <h1 className="text-2xl font-bold tabular-nums">{review("title", { number: app.number ?? "" })}</h1>
        {canAct ? (
          <LockControl
            id={app.id}
            number={app.number ?? ""}
            version={app.version}
            lock={app.lock}
            canAssign={app.canAssign}
          />
        ) : null}
      </div>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="flex flex-col gap-6">
          <ApplicationSummary app={app} now={new Date()} />
          <FormAnswers app={app} />
        </div>
        <WindowCheck
          id={app.id}
          version={app.version}
          canAct={canAct && !(app.lock && !app.lock.isMe)}
          postal={app.delivery.method === "post"}
          materials={app.materials
            .filter((m) => m.files.length)
            .map((m) => ({ key: m.key, name: m.name, files: m.files }))}
          notice={canAct ? undefined : t("notApproved", { state: desk(`states.${app.state}`) })}
        />
      </div>
      <RegisterPanel app={app} />
      <ApplicationTimeline app={app} />
    </div>
  );
}
