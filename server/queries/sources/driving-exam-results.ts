import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { type DrivingExamResult, type ExamSubject, drivingExamResults, examSubject } from "@/db/schema";
import { type QueryRecord, type QueryState, defineQuerySource } from "../query-source";

/** Which booking each subject is taken under: 科目三's safety part is examined with the road test. */
const bookingStep: Record<ExamSubject, string> = {
  theory: "book_theory",
  site: "book_site",
  road: "book_road",
  safety: "book_road",
};

/** JJ024 驾驶人考试成绩查询: per subject of the class applied for, the latest result and the attempts. */
export const drivingExamResultsSource = defineQuerySource({
  key: "driving_exam_results",
  register: { name: "驾驶人考试成绩登记", nameEn: "Driving test results register" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {
    book_theory: { name: "科目一考试预约", nameEn: "Book the theory test" },
    book_site: { name: "科目二考试预约", nameEn: "Book the site test" },
    book_road: { name: "科目三考试预约", nameEn: "Book the road test" },
  },
  input: z.strictObject({}),
  async run({ tx, asker, t }) {
    const k = (key: string, values?: Record<string, string | number>) => t(`queries.sources.exams.${key}`, values);
    if (!asker) return { records: [] };
    const rows = await tx
      .select()
      .from(drivingExamResults)
      .where(eq(drivingExamResults.residentId, asker.residentId))
      .orderBy(asc(drivingExamResults.examDate), asc(drivingExamResults.attempt));
    const latest = rows.at(-1);
    if (!latest) return { records: [], emptyText: k("none") };
    // Only the class of the latest test is in progress; an earlier licence's tests are history.
    const current = rows.filter((r) => r.licenceClass === latest.licenceClass);
    const bySubject = new Map<ExamSubject, DrivingExamResult[]>();
    for (const r of current) bySubject.set(r.subject, [...(bySubject.get(r.subject) ?? []), r]);
    const next = examSubject.enumValues.find((s) => !bySubject.get(s)?.at(-1)?.passed);
    const nextFailed = next ? bySubject.get(next)?.at(-1) : undefined;
    const summaryState: QueryState = !next
      ? { label: k("allPassed"), tone: "ok", meaning: k("allPassedMeaning") }
      : nextFailed
        ? {
            label: k("failedSubject", { subject: k(`subjects.${next}`) }),
            tone: "attention",
            meaning: k("retakeMeaning"),
          }
        : {
            label: k("nextSubject", { subject: k(`subjects.${next}`) }),
            tone: "neutral",
            meaning: k("nextMeaning", { subject: k(`subjects.${next}`) }),
          };
    const summary: QueryRecord = {
      title: k("title", { class: latest.licenceClass }),
      fields: [
        {
          label: k("passedSubjects"),
          value:
            examSubject.enumValues
              .filter((s) => bySubject.get(s)?.at(-1)?.passed)
              .map((s) => k(`subjects.${s}`))
              .join(k("separator")) || k("noneYet"),
        },
      ],
      state: summaryState,
      actions: next ? [{ kind: "step", step: bookingStep[next] }] : [],
    };
    const subjects: QueryRecord[] = examSubject.enumValues.flatMap((subject) => {
      const attempts = bySubject.get(subject);
      const last = attempts?.at(-1);
      if (!attempts || !last) return [];
      return [
        {
          title: k(`subjects.${subject}`),
          subtitle: latest.licenceClass,
          fields: [
            { label: k("score"), value: String(last.score) },
            { label: k("examDate"), value: last.examDate },
            { label: k("venue"), value: last.venue },
            { label: k("attempts"), value: String(attempts.length) },
          ],
          state: last.passed
            ? { label: k("passed"), tone: "ok", meaning: k("passedMeaning") }
            : { label: k("failed"), tone: "attention", meaning: k("retakeMeaning") },
          timeline: attempts.toReversed().map((a) => ({
            at: new Date(`${a.examDate}T00:00:00+08:00`),
            label: k(a.passed ? "attemptPassed" : "attemptFailed", { attempt: a.attempt, score: a.score }),
            detail: a.venue,
          })),
          actions: [],
        },
      ];
    });
    return { records: [summary, ...subjects] };
  },
});
