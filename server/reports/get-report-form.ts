import "server-only";
import type { Db } from "@/db/client";
import type { FormSchema } from "@/server/applications/form-schema";
import { loadReportService } from "./load-report-service";

export type ReportForm = {
  code: string;
  name: string;
  nameEn: string;
  formSchema: FormSchema;
  anonymousAllowed: boolean;
  emergencyBanner: boolean;
  slaDays: number;
};

/** What the filing page needs of a report service; public, like the catalogue guide it comes from. */
export async function getReportForm(db: Db, code: string): Promise<ReportForm> {
  const s = await loadReportService(db, code);
  return {
    code: s.code,
    name: s.name,
    nameEn: s.nameEn,
    formSchema: s.formSchema,
    anonymousAllowed: s.record.anonymousAllowed,
    emergencyBanner: s.record.emergencyBanner,
    slaDays: s.step.slaDays,
  };
}
