import "server-only";
import { z } from "zod";
import { maskName } from "@/server/crypto/mask";
import { defineQuerySource } from "../query-source";
import { myApplications, postalFields } from "./application-progress";

/**
 * ZH021 证照邮寄查询: every document the citizen chose to receive by post — waiting to be posted, or posted
 * with the carrier and tracking number to follow it by.
 */
export const postalDeliveries = defineQuerySource({
  key: "postal_deliveries",
  register: { name: "证照邮寄登记", nameEn: "Postal delivery of documents" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {},
  input: z.strictObject({}),
  async run(ctx) {
    const { t, locale } = ctx;
    const posted = (await myApplications(ctx.tx, ctx)).filter((r) => r.delivery.method === "post");
    return {
      emptyText: t("queries.sources.postal.none"),
      records: posted.map((r) => {
        const d = r.delivery.method === "post" ? r.delivery : null;
        const sent = !!d?.trackingNumber;
        const waiting = !sent && (r.state === "approved" || r.state === "completed");
        return {
          title: locale === "en" ? r.nameEn : r.name,
          subtitle: r.number ? t("queries.sources.progress.number", { number: r.number }) : undefined,
          fields: [
            ...(d ? [{ label: t("queries.sources.postal.recipient"), value: maskName(d.recipient) }] : []),
            ...postalFields(r.delivery, t),
          ],
          state: sent
            ? {
                label: t("queries.sources.postal.sent"),
                tone: "ok" as const,
                meaning: t("queries.sources.postal.sentMeaning"),
              }
            : waiting
              ? {
                  label: t("queries.sources.postal.waiting"),
                  tone: "neutral" as const,
                  meaning: t("queries.sources.postal.waitingMeaning"),
                }
              : {
                  label: t(`applications.states.${r.state}`),
                  tone: "neutral" as const,
                  meaning: t("queries.sources.postal.notYet"),
                },
          actions: [
            { kind: "link" as const, label: t("queries.sources.progress.open"), href: `/me/applications/${r.id}` },
          ],
        };
      }),
    };
  },
});
