import "server-only";
import { and, eq, ne, notInArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { type Application, applications, households, residents as residentsTable, users } from "@/db/schema";
import { terminalStates } from "./application-transitions";
import { approvalTemplate } from "./approval-template";
import { applyTransition } from "./apply-transition";
import { type AutoDecision, decideAddressDetailCorrection, decideHukouBookReissue } from "./auto-review-rules";
import { issueApplicationResult } from "./issue-application-result";
import type { ApplicationService } from "./load-application";
import { notifyApplicant } from "./notify-applicant";
import { windowDeadlineFor } from "./window-deadline";

/** The applicant's own register record and household, which both automatic rules read. */
async function applicantRecord(tx: Tx, residentId: string | null) {
  if (!residentId) return null;
  const [row] = await tx
    .select({
      status: residentsTable.status,
      householdId: households.id,
      householdType: households.type,
      address: households.address,
    })
    .from(residentsTable)
    .innerJoin(households, eq(households.id, residentsTable.householdId))
    .where(eq(residentsTable.id, residentId));
  return row ?? null;
}

/**
 * The rules per automatically decided service. A service set to "auto" without a rule here is referred to
 * the station: switching a service's mode must never let applications through unchecked.
 */
async function decide(
  tx: Tx,
  p: {
    application: Application;
    service: ApplicationService;
    values: Record<string, unknown>;
    applicantResidentId: string | null;
  },
): Promise<AutoDecision> {
  const record = await applicantRecord(tx, p.applicantResidentId);
  switch (p.service.code) {
    case "HZ023": {
      const sameHousehold = record
        ? await tx
            .select({ id: applications.id })
            .from(applications)
            .innerJoin(users, eq(users.id, applications.applicantId))
            .innerJoin(residentsTable, eq(residentsTable.id, users.residentId))
            .where(
              and(
                eq(applications.serviceId, p.application.serviceId),
                ne(applications.id, p.application.id),
                notInArray(applications.state, ["draft", ...terminalStates]),
                eq(residentsTable.householdId, record.householdId),
              ),
            )
        : [];
      return decideHukouBookReissue({
        residentStatus: record?.status ?? null,
        householdType: record?.householdType ?? null,
        openReissues: sameHousehold.length,
      });
    }
    case "HZ019": {
      if (p.values.item !== "address_detail") {
        return { decision: "refer", reason: "该登记项目的变更更正须核对证明材料，由派出所人工审核。" };
      }
      if (!record) return { decision: "refer", reason: "未找到申请人的户籍登记，须派出所人工核实。" };
      return decideAddressDetailCorrection(record.address, String(p.values.newValue ?? ""));
    }
    default:
      return { decision: "refer", reason: "该事项尚未配置自动审核规则，转派出所人工审核。" };
  }
}

/**
 * Decides an automatically reviewed application right after submission, in the submitting transaction:
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
  const mode = p.service.mode;
  let current = await applyTransition(tx, {
    application: p.application,
    mode,
    action: "start_auto_review",
    actor: system,
    now: p.now,
  });
  const decision = await decide(tx, { ...p, application: current });

  if (decision.decision === "refer") {
    current = await applyTransition(tx, {
      application: current,
      mode,
      action: "auto_refer",
      actor: system,
      comment: decision.reason,
      set: { outcomeReason: decision.reason },
      now: p.now,
    });
    await notifyApplicant(tx, { application: current, template: "application_submitted" });
    return current;
  }

  if (decision.decision === "approve") {
    current = await applyTransition(tx, {
      application: current,
      mode,
      action: "auto_approve",
      actor: system,
      set: { windowDeadline: windowDeadlineFor(p.now) },
      now: p.now,
    });
    await notifyApplicant(tx, { application: current, template: approvalTemplate(current, p.service) });
    return current;
  }

  const issued = await issueApplicationResult(tx, {
    application: current,
    service: p.service,
    residents: p.residents,
    issuedBy: null,
  });
  current = await applyTransition(tx, {
    application: current,
    mode,
    action: "auto_complete",
    actor: system,
    set: { documentId: issued.documentId },
    details: { documentCode: issued.code },
    now: p.now,
  });
  await notifyApplicant(tx, { application: current, template: "application_completed" });
  return current;
}
