import type { Tx } from "@/db/client";
import type { AutoRuleKey } from "../engine-config";

/** One condition a rule checked, as the officer and the citizen read it. */
export type RuleCheck = { condition: string; passed: boolean };

/**
 * What a rule decided: approve (the window completes), complete (the outcome is issued at once) or refer (the
 * first review step looks, with the reason). `checks` lists every condition tested, for the timeline.
 */
export type AutoDecision = (
  { decision: "approve" } | { decision: "complete" } | { decision: "refer"; reason: string }
) & { checks?: RuleCheck[] };

export type AutoRuleInput = {
  tx: Tx;
  applicationId: string;
  serviceId: number;
  serviceCode: string;
  /** The answers as validated for submission. */
  values: Record<string, unknown>;
  applicant: { userId: string; residentId: string | null };
  /** Keys of the materials uploaded. */
  materials: ReadonlySet<string>;
  now: Date;
};

/** An automatic rule: what it checks in words (for the README table and the officer), and the check itself. */
export type AutoRule = {
  key: AutoRuleKey;
  name: string;
  nameEn: string;
  conditions: string[];
  decide(input: AutoRuleInput): Promise<AutoDecision>;
};
