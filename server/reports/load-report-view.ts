import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { orgUnits, type Report, reportReplies, services } from "@/db/schema";
import type { FormSchema } from "@/server/applications/form-schema";
import { type AnswerLine, describeAnswers } from "./describe-answers";

export type ReportReplyView = { id: string; author: "officer" | "reporter"; body: string; createdAt: Date };

/** What the reporter and the handling unit both see of a report; who filed it is added for officers only. */
export type ReportView = {
  id: string;
  number: string;
  service: { code: string; name: string; nameEn: string };
  state: Report["state"];
  anonymous: boolean;
  createdAt: Date;
  dueAt: Date;
  closedAt: Date | null;
  result: string | null;
  unit: { name: string; nameEn: string | null };
  answers: AnswerLine[];
  replies: ReportReplyView[];
};

export async function loadReportView(db: Db, report: Report): Promise<ReportView> {
  const [[service], units, replies] = await Promise.all([
    db
      .select({ code: services.code, name: services.name, nameEn: services.nameEn, formSchema: services.formSchema })
      .from(services)
      .where(eq(services.id, report.serviceId)),
    db
      .select({ id: orgUnits.id, name: orgUnits.name, nameEn: orgUnits.nameEn })
      .from(orgUnits)
      .where(inArray(orgUnits.id, [report.handlingUnitId, report.placeStationId])),
    db
      .select({
        id: reportReplies.id,
        author: reportReplies.author,
        body: reportReplies.body,
        createdAt: reportReplies.createdAt,
      })
      .from(reportReplies)
      .where(eq(reportReplies.reportId, report.id))
      .orderBy(asc(reportReplies.createdAt), asc(reportReplies.id)),
  ]);
  if (!service) throw new Error(`report ${report.id} names no service`);
  const byId = new Map(units.map((u) => [u.id, u]));
  const unit = byId.get(report.handlingUnitId);
  return {
    id: report.id,
    number: report.number,
    service: { code: service.code, name: service.name, nameEn: service.nameEn },
    state: report.state,
    anonymous: report.anonymous,
    createdAt: report.createdAt,
    dueAt: report.dueAt,
    closedAt: report.closedAt,
    result: report.result,
    unit: { name: unit?.name ?? "", nameEn: unit?.nameEn ?? null },
    answers: service.formSchema ? describeAnswers(service.formSchema as FormSchema, report.answers, byId) : [],
    replies,
  };
}
