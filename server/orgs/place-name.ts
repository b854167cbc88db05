/**
 * The place a police unit is named after: "郑州市公安局" → "郑州市", "金水区公安分局" → "金水区",
 * "Zhengzhou Public Security Bureau" → "Zhengzhou". For choices about where people live or where something
 * happened, which name places, not the bureaus that police them.
 */
export function placeName(unitName: string): string {
  return unitName.replace(/公安(分)?局$/, "");
}

export function placeNameEn(unitNameEn: string): string {
  return unitNameEn.replace(/ Public Security Bureau$/, "");
}
