/** 失物招领's fixed lists, apart from the table so that client components can import them without the ORM. */
export const lostFoundCategories = [
  "documents",
  "phone",
  "electronics",
  "wallet",
  "bag",
  "keys",
  "jewellery",
  "clothing",
  "other",
] as const;
export type LostFoundCategory = (typeof lostFoundCategories)[number];

/** held → returned (to the owner) or handed_over (to the state after a year unclaimed). */
export const lostFoundStatuses = ["held", "returned", "handed_over"] as const;
export type LostFoundStatus = (typeof lostFoundStatuses)[number];
