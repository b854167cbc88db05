import type { ServiceGuide } from "@/db/schema";
import type { DocumentTemplate, EngineConfig } from "@/server/applications/engine-config";
import type { FormSchema } from "@/server/applications/form-schema";

/** The blank starting points for a new service; copying an existing service is the other way to start. */
export const blankTemplateKeys = ["station_review", "auto_filing", "prereview_window"] as const;
export type BlankTemplateKey = (typeof blankTemplateKeys)[number];

export type ServiceTemplate = { guide: ServiceGuide; form: FormSchema; engine: EngineConfig };

/** The one question every new form starts with; the admin adds the service's own fields. */
const form: FormSchema = {
  version: 1,
  sections: [
    {
      key: "request",
      title: "申请事项",
      titleEn: "Your request",
      fields: [
        {
          key: "reason",
          type: "textarea",
          label: "申请事由",
          labelEn: "Reason for the application",
          required: true,
          maxLength: 500,
        },
      ],
    },
  ],
  routing: { kind: "applicant" },
};

/** A new list each time, so a caller adding facts to one template leaves the next one alone. */
const facts = (): DocumentTemplate["facts"] => [
  { label: "申请人", labelEn: "Applicant", source: { from: "applicant_name" } },
  { label: "证件号码", labelEn: "ID number", source: { from: "applicant_id_masked" } },
  { label: "办理事项", labelEn: "Service", source: { from: "service_name" } },
  { label: "受理编号", labelEn: "Application number", source: { from: "application_number" } },
  { label: "办理单位", labelEn: "Handling unit", source: { from: "handling_unit" } },
];

function guide(p: { steps: ServiceGuide["steps"]; window: string; timeLimitNote: string; days: number }): ServiceGuide {
  return {
    eligibility: "符合本事项办理条件的申请人（发布前请按实际办理条件改写）。",
    steps: p.steps,
    materials: [],
    fees: [],
    timeLimitDays: p.days,
    timeLimitNote: p.timeLimitNote,
    window: p.window,
    legalBasis: ["发布前请填写本事项的法律依据。"],
  };
}

/**
 * The three blank shapes the engine supports: reviewed at the applicant's station, filed automatically
 * with a review only when the rule refers, and pre-reviewed online before a booked window visit. The
 * window template needs the appointment service the citizen books, which the admin chooses.
 */
export function blankServiceTemplate(key: BlankTemplateKey, appointmentService?: string): ServiceTemplate {
  switch (key) {
    case "station_review":
      return {
        guide: guide({
          steps: [
            { title: "在线申请", detail: "填写申请并上传材料。" },
            { title: "派出所审核", detail: "户籍地派出所审核后出具结果。" },
          ],
          window: "户籍地派出所",
          timeLimitNote: "5个工作日",
          days: 5,
        }),
        form,
        engine: {
          version: 1,
          applicant: "person",
          handler: { unitType: "station" },
          decision: { kind: "review", steps: [{ title: "派出所审核", titleEn: "Station review", slaDays: 5 }] },
          outcome: {
            kind: "document",
            template: { title: "办理结果通知书", titleEn: "Notice of result", facts: facts() },
          },
          delivery: { window: true, post: { allowed: false } },
        },
      };
    case "auto_filing":
      return {
        guide: guide({
          steps: [
            { title: "在线申请", detail: "填写申请，系统即时核验。" },
            { title: "取得回执", detail: "核验通过即出具电子备案回执。" },
          ],
          window: "网上办理",
          timeLimitNote: "即时办结；需人工复核的3个工作日",
          days: 3,
        }),
        form,
        engine: {
          version: 1,
          applicant: "person",
          handler: { unitType: "station" },
          decision: {
            kind: "auto",
            rule: "formal_filing",
            review: [{ title: "人工复核", titleEn: "Manual review", slaDays: 3 }],
          },
          outcome: { kind: "document", template: { title: "备案回执", titleEn: "Filing receipt", facts: facts() } },
          delivery: { window: true, post: { allowed: false } },
        },
      };
    case "prereview_window":
      return {
        guide: guide({
          steps: [
            { title: "在线预审", detail: "上传材料，由办理单位在线预审。" },
            { title: "预约到窗口", detail: "预审通过后预约时段，携带原件到窗口办结。" },
          ],
          window: "县（市、区）公安局办证窗口",
          timeLimitNote: "预审3个工作日，窗口当场办结",
          days: 3,
        }),
        form,
        engine: {
          version: 1,
          applicant: "person",
          handler: { unitType: "county_bureau" },
          decision: {
            kind: "prereview_window",
            review: [{ title: "材料预审", titleEn: "Pre-review of materials", slaDays: 3 }],
            appointmentService: appointmentService ?? "",
          },
          outcome: {
            kind: "window_visit",
            template: { title: "办结凭证", titleEn: "Completion slip", facts: facts() },
          },
          delivery: { window: true, post: { allowed: false } },
        },
      };
  }
}
