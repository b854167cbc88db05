import { z } from "zod";

/**
 * How the one application engine handles a service, stored as data beside its form (services.engine) and
 * edited by admins with history: who handles it, how it is decided, what the outcome is and how it reaches
 * the citizen. Everything here is plain JSON; code exists only per kind of automatic rule and register change,
 * which configurations name by key.
 */

/** The kinds of unit in the org tree; specialised desks sit under a city bureau (org level "desk"). */
export const unitTypes = [
  "bureau",
  "station",
  "vehicle_admin",
  "exit_entry",
  "cyber",
  "public_order",
  "narcotics",
  "custody",
  "criminal",
  "inspection",
] as const;
export type UnitType = (typeof unitTypes)[number];

/** The desks one per city bureau: 车管所, 出入境, 网安, 治安, 禁毒, 监管, 刑侦, 督察. */
export const deskUnitTypes = [
  "vehicle_admin",
  "exit_entry",
  "cyber",
  "public_order",
  "narcotics",
  "custody",
  "criminal",
  "inspection",
] as const satisfies readonly UnitType[];
export type DeskUnitType = (typeof deskUnitTypes)[number];

/**
 * Who handles an application: the form's routing finds the place (a police station: the applicant's household,
 * a chosen station, a named person's household); the handler is the unit of this type serving that place —
 * the station itself, its county bureau, or the city's desk of that type.
 */
export type HandlerRule = { unitType: "station" | "county_bureau" | DeskUnitType };

/**
 * The automatic rules, each a function in server/applications/auto-rules keyed here. A rule answers approve
 * (window completes), complete (outcome issued at once) or refer (to the first review step, reason shown).
 */
export const autoRuleKeys = [
  "hukou_book_reissue",
  "address_detail_correction",
  "licence_renewal",
  "licence_reissue",
  "vehicle_licence_reissue",
  "plate_reissue",
  "inspection_exemption_label",
  "electronic_licence",
  "entry_exit_record_certificate",
  "no_criminal_record_certificate",
  "dog_annual_inspection",
  "vehicle_owner_contact_change",
  "special_trade_employee",
  "formal_filing",
] as const;
export type AutoRuleKey = (typeof autoRuleKeys)[number];

/**
 * One review step. The first step is worked at the handling unit by its reviewing officers
 * (station_officer), the second by the approvers of the unit above (county_approver: the county bureau over a
 * station, the city bureau over a desk). slaDays are working days.
 */
export type ReviewStep = { title: string; titleEn: string; slaDays: number };

export type DecisionRule =
  /** Decided against the registers at once; `review` is who looks when the rule refers. */
  | { kind: "auto"; rule: AutoRuleKey; review: [ReviewStep] }
  | { kind: "review"; steps: [ReviewStep] | [ReviewStep, ReviewStep] }
  /**
   * Window-only by law: the desk pre-reviews the materials online, then the citizen books a slot of the
   * appointment service `appointmentService` and the window completes or refuses with the dossier.
   */
  | { kind: "prereview_window"; review: [ReviewStep]; appointmentService: string };

/** Register changes that need code; a new kind of change is a new key and a function, never a new page. */
export const registerEffectKeys = [
  "household",
  "licence_renewal",
  "licence_reissue",
  "vehicle_document_reissue",
  "inspection_label",
  "electronic_licence",
  "dog_annual_inspection",
  "vehicle_owner_contact",
  "special_trade_employee",
] as const;
export type RegisterEffectKey = (typeof registerEffectKeys)[number];

/** A fact printed on the issued document: a form answer, or something the engine knows. */
export type DocumentFactSource =
  | { field: string }
  | { from: "applicant_name" | "applicant_id_masked" | "service_name" | "application_number" | "handling_unit" };

export type DocumentTemplate = {
  title: string;
  titleEn: string;
  facts: { label: string; labelEn: string; source: DocumentFactSource }[];
  /** Days the document stays valid (a certificate's period); none for a permanent record. */
  validDays?: number;
};

export type OutcomeRule =
  /** A document issued from the template (PDF with QR), nothing else changes. */
  | { kind: "document"; template: DocumentTemplate }
  /** A register change by key; the effect describes the document that records it. */
  | { kind: "register_change"; effect: RegisterEffectKey }
  /** A record routed to the handling desk with replies (reports, complaints); no document. */
  | { kind: "record"; anonymousAllowed: boolean; emergencyBanner: boolean }
  /** The citizen comes to the window at a booked slot; the window's completion is the outcome. */
  | { kind: "window_visit"; template: DocumentTemplate };

export type DeliveryRule = { window: boolean; post: { allowed: false } | { allowed: true; postageFen: number } };

export type EngineConfig = {
  version: 1;
  applicant: "person" | "organisation";
  handler: HandlerRule;
  decision: DecisionRule;
  outcome: OutcomeRule;
  delivery: DeliveryRule;
};

/** The processing mode the state machine reads, which follows from the decision rule. */
export function modeOf(decision: DecisionRule): "auto" | "station" | "station_county" | "window" {
  switch (decision.kind) {
    case "auto":
      return "auto";
    case "review":
      return decision.steps.length === 2 ? "station_county" : "station";
    case "prereview_window":
      return "window";
  }
}

const bilingual = { title: z.string().trim().min(1).max(60), titleEn: z.string().trim().min(1).max(120) };
const reviewStep = z.strictObject({ ...bilingual, slaDays: z.number().int().min(1).max(60) });
const factSource = z.union([
  z.strictObject({ field: z.string().min(1).max(64) }),
  z.strictObject({
    from: z.enum(["applicant_name", "applicant_id_masked", "service_name", "application_number", "handling_unit"]),
  }),
]);
const documentTemplate = z.strictObject({
  ...bilingual,
  facts: z
    .array(
      z.strictObject({
        label: z.string().trim().min(1).max(30),
        labelEn: z.string().trim().min(1).max(60),
        source: factSource,
      }),
    )
    .min(1)
    .max(10),
  validDays: z.number().int().min(1).max(3650).optional(),
});

/** The stored shape; the rules between its parts and the form are in validateServiceConfig (server/catalog). */
export const engineConfigSchema = z.strictObject({
  version: z.literal(1),
  applicant: z.enum(["person", "organisation"]),
  handler: z.strictObject({ unitType: z.enum(["station", "county_bureau", ...deskUnitTypes]) }),
  decision: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("auto"), rule: z.enum(autoRuleKeys), review: z.tuple([reviewStep]) }),
    z.strictObject({
      kind: z.literal("review"),
      steps: z.union([z.tuple([reviewStep]), z.tuple([reviewStep, reviewStep])]),
    }),
    z.strictObject({
      kind: z.literal("prereview_window"),
      review: z.tuple([reviewStep]),
      appointmentService: z.string().regex(/^[A-Z]{2}\d{3}$/),
    }),
  ]),
  outcome: z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("document"), template: documentTemplate }),
    z.strictObject({ kind: z.literal("register_change"), effect: z.enum(registerEffectKeys) }),
    z.strictObject({ kind: z.literal("record"), anonymousAllowed: z.boolean(), emergencyBanner: z.boolean() }),
    z.strictObject({ kind: z.literal("window_visit"), template: documentTemplate }),
  ]),
  delivery: z.strictObject({
    window: z.boolean(),
    post: z.union([
      z.strictObject({ allowed: z.literal(false) }),
      z.strictObject({ allowed: z.literal(true), postageFen: z.number().int().min(0).max(100_00) }),
    ]),
  }),
}) satisfies z.ZodType<EngineConfig>;
