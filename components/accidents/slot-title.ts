import { partyLetters, partyLettersEn, slotKind } from "@/server/accidents/accident-rules";

/** "p2.plate" → "乙方车辆号牌" / "Party B: Number plate", with the `accidents` namespace's translator. */
export function slotTitle(
  slot: string,
  t: (key: string, values?: Record<string, string>) => string,
  en: boolean,
): string {
  const match = /^p(\d)\./.exec(slot);
  const shot = t(`shots.${slotKind(slot)}.title`);
  if (!match) return shot;
  const i = Number(match[1]) - 1;
  return t("slot.party", { letter: (en ? partyLettersEn[i] : partyLetters[i]) ?? "", shot });
}
