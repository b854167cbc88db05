import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { drivingLicences } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";
import { type QueryState, defineQuerySource } from "../query-source";

/** Renewal may be applied for within 90 days before the licence expires (Order 162 art. 72). */
export const renewalWindowDays = 90;

/** JJ037 驾驶证状态查询: whether one's licence is valid, until when, and the renewal when it is close. */
export const licenceStatus = defineQuerySource({
  key: "licence_status",
  register: { name: "机动车驾驶证登记", nameEn: "Driving licence register" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {
    renewal: { name: "驾驶证期满换证", nameEn: "Licence renewal" },
    full_score_study: { name: "满分学习", nameEn: "Full-score study" },
    health_certificate: { name: "提交身体条件证明", nameEn: "Submit a health certificate" },
  },
  input: z.strictObject({}),
  async run({ tx, asker, t, now }) {
    if (!asker) return { records: [] };
    const k = (key: string, values?: Record<string, string | number>) => t(`queries.sources.licence.${key}`, values);
    const [l] = await tx.select().from(drivingLicences).where(eq(drivingLicences.residentId, asker.residentId));
    if (!l) return { records: [], emptyText: k("none") };
    const days = l.validUntil ? daysUntil(l.validUntil, chinaToday(now)) : null;
    let state: QueryState;
    const actions: { kind: "step"; step: string }[] = [];
    if (l.status === "suspended") {
      state = { label: k("statuses.suspended"), tone: "urgent", meaning: k("suspendedMeaning") };
      actions.push({ kind: "step", step: "full_score_study" });
    } else if (l.status !== "valid" || (days !== null && days < 0)) {
      const status = l.status === "valid" ? "expired" : l.status;
      state = { label: k(`statuses.${status}`), tone: "urgent", meaning: k(`${status}Meaning`) };
      if (status === "expired") actions.push({ kind: "step", step: "renewal" });
    } else if (days !== null && days <= renewalWindowDays) {
      state = {
        label: k("expiring", { days }),
        tone: "attention",
        meaning: k("expiringMeaning", { date: l.validUntil ?? "" }),
      };
      actions.push({ kind: "step", step: "renewal" });
    } else {
      state = { label: k("statuses.valid"), tone: "ok", meaning: k("validMeaning") };
    }
    return {
      records: [
        {
          title: k("title"),
          subtitle: l.vehicleClasses,
          fields: [
            { label: k("classes"), value: l.vehicleClasses },
            { label: k("firstIssued"), value: l.firstIssued },
            { label: k("validFrom"), value: l.validFrom },
            { label: k("validUntil"), value: l.validUntil ?? k("longTerm") },
            { label: k("archive"), value: `${l.archiveNumber.slice(0, 4)}****${l.archiveNumber.slice(-2)}` },
            ...(l.healthCertifiedOn ? [{ label: k("health"), value: l.healthCertifiedOn }] : []),
          ],
          state,
          actions,
        },
      ],
    };
  },
});
