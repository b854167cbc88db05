import type { Liability } from "@/db/schema";

export const maxParties = 5;

/**
 * The eligibility questions of 快处快赔, each answered yes for the online flow: in Henan, motor vehicles
 * only, nobody hurt, vehicles still drivable, and every driver licensed, every vehicle plated, nobody
 * suspected of drink or drug driving. One "no" means the scene must stay as it is and 122 be called.
 */
export const gateQuestions = [
  // Asked first: someone hurt needs 120 and 122 before anything else.
  "nobodyInjured",
  "inHenan",
  "motorVehiclesOnly",
  "vehiclesDrivable",
  "allLicensed",
  "allPlated",
  "noDrinkOrDrugs",
] as const;
export type GateQuestion = (typeof gateQuestions)[number];
export type GateAnswers = Record<GateQuestion, boolean>;

export function gatePasses(answers: GateAnswers): boolean {
  return gateQuestions.every((q) => answers[q] === true);
}

export const partyShots = ["driver_licence", "vehicle_licence", "plate"] as const;
export const sceneShots = ["collision", "panorama"] as const;
export type ShotKind = (typeof partyShots)[number] | (typeof sceneShots)[number];

/** Every photo an accident needs: each party's licences and plate, then the collision point and the panorama. */
export function requiredSlots(partyCount: number): string[] {
  const slots: string[] = [];
  for (let p = 1; p <= partyCount; p++) for (const shot of partyShots) slots.push(`p${p}.${shot}`);
  return [...slots, ...sceneShots];
}

export function slotKind(slot: string): ShotKind {
  return (slot.includes(".") ? slot.split(".")[1] : slot) as ShotKind;
}

/**
 * Whether the liabilities the parties state (or an officer sets) fit together: one party fully liable and
 * the others not; one mainly and the others secondarily (or not) liable, at least one secondarily; or two
 * or more equally liable and any others not. Anything else (two parties "fully", nobody liable…) is refused.
 */
export function liabilitiesConsistent(values: readonly Liability[]): boolean {
  if (values.length < 2) return false;
  const count = (l: Liability) => values.filter((v) => v === l).length;
  const full = count("full");
  const main = count("main");
  const equal = count("equal");
  const secondary = count("secondary");
  const none = count("none");
  if (full === 1) return none === values.length - 1;
  if (main === 1) return secondary >= 1 && secondary + none === values.length - 1;
  if (equal >= 2) return none === values.length - equal;
  return false;
}

/** Which party is which on documents: 甲, 乙, 丙, 丁, 戊. */
export const partyLetters = ["甲", "乙", "丙", "丁", "戊"] as const;
export const partyLettersEn = ["A", "B", "C", "D", "E"] as const;
