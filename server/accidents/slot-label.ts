import { partyLetters, slotKind } from "./accident-rules";

const shotLabel = {
  driver_licence: "驾驶证",
  vehicle_licence: "行驶证",
  plate: "车辆号牌",
  collision: "碰撞部位",
  panorama: "事故现场全景",
} as const;

/** "p2.plate" → "乙方车辆号牌", for SMS texts (always Chinese). */
export function slotLabel(slot: string): string {
  const match = /^p(\d)\./.exec(slot);
  const who = match ? `${partyLetters[Number(match[1]) - 1] ?? ""}方` : "";
  return `${who}${shotLabel[slotKind(slot)]}`;
}
