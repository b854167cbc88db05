import "server-only";
import { z } from "zod";
import { lostFoundCategories } from "@/db/schema/lost-found-vocabulary";
import { searchFoundItems } from "@/server/lost-found/search-found-items";
import { defineQuerySource } from "../query-source";
import { optionalDay, optionalText } from "./query-inputs";

const categoryLabels: Record<(typeof lostFoundCategories)[number], [string, string]> = {
  documents: ["证件", "Documents"],
  phone: ["手机", "Phone"],
  electronics: ["电子产品", "Electronics"],
  wallet: ["钱包", "Wallet"],
  bag: ["箱包", "Bag"],
  keys: ["钥匙", "Keys"],
  jewellery: ["首饰", "Jewellery"],
  clothing: ["衣物", "Clothing"],
  other: ["其他", "Other"],
};

/** ZA036 失物招领查询: property handed in at stations and still awaiting its owner, without what proves ownership. */
export const foundItems = defineQuerySource({
  key: "found_items",
  register: { name: "拾得物品登记（派出所）", nameEn: "Found property book (stations)" },
  access: "public",
  sensitive: false,
  fields: [
    {
      key: "category",
      type: "select",
      label: "物品类别",
      labelEn: "Category",
      required: false,
      options: lostFoundCategories.map((c) => ({
        value: c,
        label: categoryLabels[c][0],
        labelEn: categoryLabels[c][1],
      })),
    },
    { key: "from", type: "date", label: "拾得日期（起）", labelEn: "Found from", required: false },
    { key: "to", type: "date", label: "拾得日期（止）", labelEn: "Found until", required: false },
    {
      key: "keyword",
      type: "text",
      label: "地点或物品关键词",
      labelEn: "Place or item words",
      hint: "如：花园路 公交 钱包",
      hintEn: "e.g. Huayuan Road, bus, wallet",
      required: false,
      maxLength: 40,
    },
  ],
  nextSteps: {},
  input: z.strictObject({
    category: z
      .union([z.literal(""), z.enum(lostFoundCategories)])
      .optional()
      .transform((v) => v || undefined),
    from: optionalDay,
    to: optionalDay,
    keyword: optionalText(40),
  }),
  async run({ tx, t, now }, input) {
    const items = await searchFoundItems(tx, { ...input, now });
    return {
      note: t("queriesPublic.foundItems.note"),
      emptyText: t("queriesPublic.foundItems.empty"),
      records: items.map((item) => ({
        title: `${t(`lostFound.categories.${item.category}`)} · ${item.description}`,
        subtitle: t("queriesPublic.foundItems.number", { itemNumber: item.itemNumber }),
        fields: [
          { label: t("queriesPublic.foundItems.place"), value: item.foundPlace },
          { label: t("queriesPublic.foundItems.day"), value: item.foundOn },
          { label: t("queriesPublic.foundItems.keeper"), value: item.keeper.name },
          ...(item.keeper.address
            ? [{ label: t("queriesPublic.foundItems.address"), value: item.keeper.address }]
            : []),
          ...(item.keeper.phone ? [{ label: t("queriesPublic.foundItems.phone"), value: item.keeper.phone }] : []),
        ],
        state: {
          label: t("queriesPublic.foundItems.held"),
          tone: "attention" as const,
          meaning: t("queriesPublic.foundItems.heldMeaning", { claimBy: item.claimBy }),
        },
        actions: [],
      })),
    };
  },
});
