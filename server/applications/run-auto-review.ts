import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, applicationMaterials } from "@/db/schema";
import type { AutoDecision } from "@/server/applications/auto-rules/auto-rule";
import { autoRules } from "@/server/applications/auto-rules/auto-rules";
import type { AutoRuleKey } from "@/server/applications/engine-config";
import type { SmsTemplate } from "@/server/notify/templates";
import { approvalTemplate } from "./approval-template";
import { applyTransition } from "./apply-transition";
import { issueApplicationResult } from "./issue-application-result";
import type { ApplicationService } from "./load-application";
import { loadApplicantRecipient, notifyApplicant } from "./notify-applicant";
import { numberApplication } from "./number-application";
import { windowDeadlineFor } from "./window-deadline";

/**
 * The service's rule, run against the registers. A configuration naming a rule the code does not have is
 * referred to the review step: switching a service to automatic must never let applications through unchecked.
 */
async function decide(
  tx: Tx,
  p: {
    application: Application;
    service: ApplicationService;
    values: Record<string, unknown>;
    applicantResidentId: string | null;
    now: Date;
  },
): Promise<{ rule: AutoRuleKey | null; decision: AutoDecision }> {
  const decision = p.service.engine.decision;
  const rule = decision.kind === "auto" ? autoRules[decision.rule] : undefined;
  if (!rule) {
    return {
      rule: null,
      decision: { decision: "refer", reason: "该事项尚未配置自动审核规则，转人工审核。" },
    };
  }
  const uploaded = await tx
    .selectDistinct({ key: applicationMaterials.materialKey })
    .from(applicationMaterials)
    .where(eq(applicationMaterials.applicationId, p.application.id));
  return {
    rule: rule.key,
    decision: await rule.decide({
      tx,
      applicationId: p.application.id,
      serviceId: p.service.id,
      serviceCode: p.service.code,
      values: p.values,
      applicant: { userId: p.application.applicantId, residentId: p.applicantResidentId },
      materials: new Set(uploaded.map((m) => m.key)),
      now: p.now,
    }),
  };
}

/**
 * Decides an automatically reviewed application right after submission, in the submitting transaction, and
 * numbers it:
 * approved (window deadline set, or waiting for the post), completed (register changed and the result
 * issued), or referred to the station with the reason on the timeline.
 */
export async function runAutoReview(
  tx: Tx,
  p: {
    application: Application;
    service: ApplicationService;
    values: Record<string, unknown>;
    residents: Record<string, string>;
    applicantResidentId: string | null;
    now: Date;
  },
): Promise<Application> {
  const system = { kind: "system" as const };
  const service = p.service;
  let current = await applyTransition(tx, {
    application: p.application,
    service,
    action: "start_auto_review",
    actor: system,
    now: p.now,
  });
  const { rule, decision } = await decide(tx, { ...p, application: current });
  // Numbered once decided: the number locks the day's counter until commit, so the rules' reads of the
  // registers and the SMS recipient's run before it; what is left (the register change, the document row,
  // the SMS) carries it.
  const template: SmsTemplate =
    decision.decision === "refer"
      ? "application_submitted"
      : decision.decision === "approve"
        ? approvalTemplate(current, service)
        : "application_completed";
  const recipient = await loadApplicantRecipient(tx, current, template);
  current = await numberApplication(tx, { application: current, now: p.now });
  // Which rule decided and what it checked stays on the timeline: the officer reads it to overrule.
  const details = { rule, checks: decision.checks ?? [] };

  if (decision.decision === "refer") {
    current = await applyTransition(tx, {
      application: current,
      service,
      action: "auto_refer",
      actor: system,
      comment: decision.reason,
      details,
      set: { outcomeReason: decision.reason },
      now: p.now,
    });
    await notifyApplicant(tx, { application: current, template, recipient });
    return current;
  }

  if (decision.decision === "approve") {
    current = await applyTransition(tx, {
      application: current,
      service,
      action: "auto_approve",
      actor: system,
      details,
      set: { windowDeadline: windowDeadlineFor(p.now) },
      now: p.now,
    });
    await notifyApplicant(tx, { application: current, template, recipient });
    return current;
  }

  // The submission holds the day's counter until it commits: its caller draws the PDF after that.
  const issued = await issueApplicationResult(tx, {
    application: current,
    service: p.service,
    residents: p.residents,
    issuedBy: null,
    pdf: "after_commit",
  });
  current = await applyTransition(tx, {
    application: current,
    service,
    action: "auto_complete",
    actor: system,
    set: { documentId: issued.documentId },
    details: { ...details, documentCode: issued.code },
    now: p.now,
  });
  await notifyApplicant(tx, { application: current, template, recipient });
  return current;
}
