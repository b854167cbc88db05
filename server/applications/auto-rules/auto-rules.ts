import "server-only";
import type { AutoRuleKey } from "../engine-config";
import { addressDetailCorrection } from "./address-detail-correction";
import type { AutoRule } from "./auto-rule";
import { hukouBookReissue } from "./hukou-book-reissue";

/**
 * Every automatic rule by key. A configuration naming a key without a rule here is refused on save, and
 * an application that reaches one anyway is referred to the review step: never let through unchecked.
 */
export const autoRules: Partial<Record<AutoRuleKey, AutoRule>> = {
  hukou_book_reissue: hukouBookReissue,
  address_detail_correction: addressDetailCorrection,
};
