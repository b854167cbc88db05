import type { MyApplication } from "@/server/applications/get-my-application";

export type WizardStep = "form" | "materials" | "delivery";

type StepsOf = Pick<MyApplication, "state" | "supplementRequest" | "service">;

/**
 * The wizard's steps for an application: a draft has the form, the guide's materials (if any) and, where
 * the service posts documents, the delivery choice. A supplement opens only the steps the station's
 * request touches; the delivery was settled (and perhaps paid) before submission.
 */
export function wizardSteps(app: StepsOf): WizardStep[] {
  if (app.state === "needs_supplement") {
    const request = app.supplementRequest;
    const steps: WizardStep[] = [];
    if (request?.fields.length) steps.push("form");
    if (request?.materials.length) steps.push("materials");
    return steps.length ? steps : ["form"];
  }
  const steps: WizardStep[] = ["form"];
  if (app.service.materials.length) steps.push("materials");
  if (app.service.postalDelivery) steps.push("delivery");
  return steps;
}

export function editHref(id: string, step: WizardStep, anchor?: string): string {
  return `/me/applications/${id}/edit?step=${step}${anchor ? `#${anchor}` : ""}`;
}
