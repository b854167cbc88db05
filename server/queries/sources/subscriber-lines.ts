import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { subscriberLines } from "@/db/schema";
import { defineQuerySource, type QueryState } from "../query-source";

/**
 * WA008 名下电话卡和账户核查 (一证通查): every phone card, bank account and payment account opened in the
 * asker's name as operators and banks report them, so a card they never opened — a tool for fraud in their
 * name — stands out. Sensitive: the engine asks for an SMS confirmation first.
 */
export const subscriberLinesSource = defineQuerySource({
  key: "subscriber_lines",
  register: {
    name: "电话卡和账户实名登记（运营商、银行报送）",
    nameEn: "Phone lines and accounts (operator and bank reports)",
  },
  access: "own",
  sensitive: true,
  fields: [],
  nextSteps: { report: { name: "网络违法犯罪举报", nameEn: "Report online crime" } },
  input: z.strictObject({}),
  async run({ tx, t, asker }) {
    if (!asker) return { records: [] };
    const lines = await tx
      .select()
      .from(subscriberLines)
      .where(eq(subscriberLines.holderIdHash, asker.idNumberHash))
      .orderBy(asc(subscriberLines.kind), asc(subscriberLines.openedOn));
    const active = lines.filter((l) => l.status === "active");
    return {
      note: t("queriesPublic.subscriberLines.note", {
        cards: active.filter((l) => l.kind === "phone_card").length,
        accounts: active.filter((l) => l.kind !== "phone_card").length,
      }),
      emptyText: t("queriesPublic.subscriberLines.empty"),
      records: lines.map((l) => {
        const state: QueryState =
          l.status === "active"
            ? {
                label: t("queriesPublic.subscriberLines.active"),
                tone: "neutral",
                meaning: t(`queriesPublic.subscriberLines.activeMeaning_${l.kind}`),
              }
            : {
                label: t(`queriesPublic.subscriberLines.${l.status}`),
                tone: "neutral",
                meaning: t(`queriesPublic.subscriberLines.${l.status}Meaning`),
              };
        return {
          title: t("queriesPublic.subscriberLines.title", { provider: l.provider, lastFour: l.lastFour }),
          subtitle: t(`queriesPublic.subscriberLines.kinds.${l.kind}`),
          fields: [
            { label: t("queriesPublic.subscriberLines.openedOn"), value: l.openedOn },
            { label: t("queriesPublic.subscriberLines.openedAt"), value: l.openedAt },
          ],
          state,
          actions: l.status === "active" ? [{ kind: "step" as const, step: "report" }] : [],
        };
      }),
    };
  },
});
