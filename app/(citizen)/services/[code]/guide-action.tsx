import { CircleCheck, CircleDashed, LogIn } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { buttonVariants } from "@/components/ui/button";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import type { ServiceGuideView } from "@/server/catalog/get-service-guide";

/**
 * What a visitor can do with the service, by its kind. Online applying, booking and looking up open
 * with their systems: until then this says so plainly and shows what applying will need, rather than
 * offering a button that leads nowhere.
 */
export async function GuideAction({ service }: { service: Pick<ServiceGuideView, "code" | "kind" | "mode" | "maintenance"> }) {
  const [t, user] = await Promise.all([getTranslations("catalog.action"), currentUser()]);
  const title = t(`title.${service.kind}`);

  if (service.kind === "notice") {
    return (
      <ActionPanel title={title}>
        <p>{t("noticeBody")}</p>
      </ActionPanel>
    );
  }

  if (!user) {
    const next = encodeURIComponent(`/services/${service.code}`);
    return (
      <ActionPanel title={title}>
        <p>{t("guestBody")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={`/login?next=${next}`} className={buttonVariants({ size: "lg" })}>
            <LogIn aria-hidden="true" />
            {t(`signIn.${service.kind}`)}
          </Link>
          <Link href="/register" className={buttonVariants({ variant: "outline", size: "lg" })}>
            {t("register")}
          </Link>
        </div>
      </ActionPanel>
    );
  }

  if (!isCitizen(user)) {
    return (
      <ActionPanel title={title}>
        <p>{t("staffNote")}</p>
      </ActionPanel>
    );
  }

  if (service.kind === "appointment" || service.kind === "query") {
    return (
      <ActionPanel title={title}>
        <p className="font-semibold">{t(`${service.kind}Unavailable`)}</p>
        <p>{t(`${service.kind}NotYet`)}</p>
      </ActionPanel>
    );
  }

  const status = await getQueryClient().fetchQuery(trpc.registration.status.queryOptions());
  const verified = status.verification === "verified";
  return (
    <ActionPanel title={title}>
      {service.mode === "window" ? (
        <p>{t("windowOnly")}</p>
      ) : (
        <>
          <p>{t("needs")}</p>
          <ul className="flex flex-col gap-1.5">
            <li className="flex items-start gap-2">
              {verified ? (
                <CircleCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-success" />
              ) : (
                <CircleDashed aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-warning" />
              )}
              <span>
                {t("needVerified")}（{verified ? t("verifiedYes") : t("verifiedNo")}）
              </span>
            </li>
            <li className="flex items-start gap-2">
              <CircleDashed aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-muted-foreground" />
              <span>{t("needMaterials")}</span>
            </li>
          </ul>
          <p className="font-semibold">{t("handleUnavailable")}</p>
          <p>{t("handleNotYet")}</p>
        </>
      )}
    </ActionPanel>
  );
}

function ActionPanel({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="guide-action" data-print-hide className="flex flex-col gap-3 rounded-lg border-2 border-primary bg-primary-soft p-4 sm:p-5">
      <h2 id="guide-action" className="text-xl font-semibold text-primary">
        {title}
      </h2>
      {children}
    </section>
  );
}
