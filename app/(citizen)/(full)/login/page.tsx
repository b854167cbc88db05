import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser } from "@/server/accounts/current-user";
import { homePath } from "@/server/accounts/home-path";
import { safeNextPath } from "@/server/accounts/safe-next-path";
import { PasswordSignInForm } from "./password-sign-in-form";
import { SmsSignInForm } from "./sms-sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("login.title"), robots: { index: false } };
}

type Search = { next?: string | string[]; method?: string | string[]; reset?: string | string[] };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const next = safeNextPath(search.next);
  const user = await currentUser();
  if (user) redirect(next ?? homePath(user));

  const t = await getTranslations("auth");
  const method = search.method === "sms" ? "sms" : "password";
  const hrefFor = (m: "password" | "sms") => {
    const params = new URLSearchParams(m === "sms" ? { method: "sms" } : {});
    if (next) params.set("next", next);
    const query = params.toString();
    return query ? `/login?${query}` : "/login";
  };
  const staffHref = next ? `/staff/login?next=${encodeURIComponent(next)}` : "/staff/login";

  return (
    <div className="mx-auto w-full max-w-md">
      <Card>
        <CardHeader>
          <CardTitle as="h1" className="text-2xl">
            {t("login.heading")}
          </CardTitle>
          <CardDescription className="text-base">{t("login.intro")}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <nav aria-label={t("login.methods")}>
            <ul className="grid grid-cols-2 rounded-md border border-border bg-muted p-1">
              {(["password", "sms"] as const).map((m) => (
                <li key={m}>
                  <Link
                    href={hrefFor(m)}
                    replace
                    aria-current={m === method ? "page" : undefined}
                    className={cn(
                      "flex min-h-tap items-center justify-center rounded px-2 text-center font-medium no-underline",
                      m === method
                        ? "bg-surface text-primary shadow-sm"
                        : "text-muted-foreground hover:text-foreground",
                    )}
                  >
                    {m === "password" ? t("login.methodPassword") : t("login.methodSms")}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {search.reset === "1" ? <Alert variant="success">{t("login.resetDone")}</Alert> : null}
          {method === "password" ? <PasswordSignInForm next={next} /> : <SmsSignInForm next={next} />}
          <ul className="flex flex-col gap-2 sm:flex-row sm:justify-between">
            <li>
              <Link
                href="/login/reset"
                className="inline-flex min-h-tap items-center font-medium text-primary underline"
              >
                {t("login.forgotPassword")}
              </Link>
            </li>
            <li>
              {t("login.noAccount")}{" "}
              <Link href="/register" className="inline-flex min-h-tap items-center font-medium text-primary underline">
                {t("login.registerLink")}
              </Link>
            </li>
          </ul>
          <p className="border-t border-border pt-4">
            <Link href={staffHref} className="font-medium text-primary underline">
              {t("login.staffLink")}
            </Link>
          </p>
        </CardContent>
      </Card>
    </div>
  );
}
