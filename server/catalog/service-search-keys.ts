import { customPinyin, pinyin } from "pinyin-pro";

// Words of the catalogue that pinyin-pro's dictionary reads wrongly out of context.
customPinyin({ 重名: "chóng míng" });

/**
 * The pinyin keys search matches Latin queries against: full pinyin and initials of the name, then of
 * each synonym, space-separated so a query word never matches across two of them. "ü" is written "v",
 * as pinyin keyboards type it.
 */
export function serviceSearchKeys(p: { name: string; synonyms: readonly string[] }): {
  pinyin: string;
  pinyinInitials: string;
} {
  const phrases = [p.name, ...p.synonyms];
  const full = phrases.map((s) => syllables(s).join(""));
  const initials = phrases.map((s) =>
    syllables(s)
      .map((x) => x[0] ?? "")
      .join(""),
  );
  return { pinyin: unique(full).join(" "), pinyinInitials: unique(initials).join(" ") };
}

function syllables(text: string): string[] {
  const han = text.replace(/[^\u3400-\u9fff]/g, "");
  if (!han) return [];
  return pinyin(han, { toneType: "none", type: "array", v: true }).map((s) => s.toLowerCase());
}

function unique(items: string[]): string[] {
  return [...new Set(items.filter(Boolean))];
}
