import { fenToYuan } from "@/server/money/fen-to-yuan";

/** A fee as the citizen reads it: "¥15.00". */
export const yuan = (fen: number) => `¥${fenToYuan(fen)}`;
