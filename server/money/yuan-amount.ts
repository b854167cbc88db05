import { z } from "zod";
import { parseYuan } from "./parse-yuan";

/**
 * A yuan amount typed into a form ("3280.5"), checked the same way in the browser and in the router and
 * handed on as whole fen. `message` is the field's own `i18n:` key when it can say more (its range, say);
 * otherwise the shared one, in Chinese and English like every validation message.
 */
export function yuanAmount(p: { minFen?: number; maxFen: number; message?: string }) {
  const message = p.message ?? "i18n:errors.yuanAmount";
  const minFen = p.minFen ?? 0;
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      const fen = parseYuan(text);
      if (fen === null || fen < minFen || fen > p.maxFen) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return fen;
    });
}
