import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApplicationWizard } from "@/components/applications/application-wizard";
import { type WizardStep, wizardSteps } from "@/components/applications/wizard-steps";
import { loadMyApplication } from "../load-my-application";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { editableApplication } from "@/components/applications/editable-application";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ step?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t, locale] = await Promise.all([params, getTranslations("applications.wizard"), getLocale()]);
  const app = await loadMyApplication(id, `/me/applications/${id}/edit`);
  const service = locale === "en" ? app.service.nameEn : app.service.name;
  return {
    title: t(app.state === "needs_supplement" ? "supplementTitle" : "title", { service }),
    robots: { index: false },
  };
}

/** The wizard for a draft, or for the parts of a submitted application the station asked to be fixed. */
export default async function EditApplicationPage({ params, searchParams }: Props) {
  const [{ id }, { step }] = await Promise.all([params, searchParams]);
  const app = await loadMyApplication(id, `/me/applications/${id}/edit`);
  if (app.state !== "draft" && app.state !== "needs_supplement") redirect(`/me/applications/${id}`);
  const [t, tList, tApp, locale] = await Promise.all([
    getTranslations("applications.wizard"),
    getTranslations("applications.list"),
    getTranslations("applications"),
    getLocale(),
  ]);
  const service = locale === "en" ? app.service.nameEn : app.service.name;
  const steps = wizardSteps(app);
  const initialStep = steps.find((s) => s === step) ?? (steps[0] as WizardStep);

  return (
    <div className="flex flex-col gap-6">
      <Breadcrumb
        label={tApp("breadcrumb")}
        items={[{ label: tList("title"), href: "/me/applications" }, { label: service }]}
      />
      <h1 className="text-2xl font-bold text-primary md:text-3xl">
        {t(app.state === "needs_supplement" ? "supplementTitle" : "title", { service })}
      </h1>
      <ApplicationWizard key={app.version} initialStep={initialStep} application={editableApplication(app)} />
    </div>
  );
}
