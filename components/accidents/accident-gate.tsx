"use client";

import { Phone } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { type GateAnswers, type GateQuestion, gateQuestions } from "@/server/accidents/accident-rules";

/**
 * Each question is asked the way people say it, so 是 always means what it says: "是否有人受伤？" and
 * "是否有人涉嫌酒驾、毒驾？" stop on 是, the others on 否. The stored answer is whether the accident still
 * qualifies.
 */
const askedInverted = new Set<GateQuestion>(["nobodyInjured", "noDrinkOrDrugs"]);

/**
 * The eligibility questions, one at a time, in order of urgency. The first answer that rules online
 * handling out stops here at once — someone hurt means 120 and 122 now — and moves focus to the
 * instruction; the server refuses the same answers, so nothing is recorded either way.
 */
export function AccidentGate({ onPass }: { onPass: (answers: GateAnswers) => void }) {
  const t = useTranslations("accidents.gate");
  const [answers, setAnswers] = useState<Partial<GateAnswers>>({});
  const [stoppedAt, setStoppedAt] = useState<GateQuestion | null>(null);
  const stopRef = useRef<HTMLHeadingElement>(null);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const index = gateQuestions.findIndex((q) => answers[q] === undefined);
  const current = index >= 0 ? gateQuestions[index] : undefined;

  useEffect(() => {
    if (stoppedAt) stopRef.current?.focus();
  }, [stoppedAt]);
  const answeredCount = Object.keys(answers).length;
  useEffect(() => {
    if (answeredCount > 0) questionRef.current?.focus();
  }, [answeredCount]);

  if (stoppedAt) {
    const injured = stoppedAt === "nobodyInjured";
    return (
      <div className="flex flex-col gap-4" data-testid="accident-stop">
        <Alert variant="destructive">
          <h2 ref={stopRef} tabIndex={-1} className="text-lg font-bold outline-none">
            {injured ? t("injuredTitle") : t("stopTitle")}
          </h2>
          <p>{injured ? t("injuredBody") : t("stopBody")}</p>
        </Alert>
        {injured ? (
          <a href="tel:120" className={buttonVariants({ variant: "destructive", size: "lg" })}>
            <Phone aria-hidden="true" />
            {t("call120")}
          </a>
        ) : null}
        <a href="tel:122" className={buttonVariants({ variant: "destructive", size: "lg" })}>
          <Phone aria-hidden="true" />
          {t("call122")}
        </a>
        <Button
          variant="secondary"
          onClick={() => {
            setAnswers({});
            setStoppedAt(null);
          }}
        >
          {t("change")}
        </Button>
      </div>
    );
  }

  if (!current) return null;

  const answer = (said: boolean) => {
    const qualifies = askedInverted.has(current) ? !said : said;
    const next = { ...answers, [current]: qualifies };
    if (!qualifies) setStoppedAt(current);
    else if (gateQuestions.every((q) => next[q] !== undefined)) onPass(next as GateAnswers);
    setAnswers(next);
  };

  return (
    <div className="flex flex-col gap-4">
      <p className="text-muted-foreground">{t("lead")}</p>
      {answeredCount > 0 ? (
        <ul className="flex flex-col gap-1 text-sm text-muted-foreground" aria-label={t("answered")}>
          {gateQuestions.slice(0, index).map((q) => (
            <li key={q}>
              {t(`questions.${q}`)} {askedInverted.has(q) ? t("no") : t("yes")}
            </li>
          ))}
        </ul>
      ) : null}
      <section aria-labelledby="gate-question" className="flex flex-col gap-3 rounded-md border border-border p-4">
        <p className="text-sm text-muted-foreground">{t("progress", { n: index + 1, total: gateQuestions.length })}</p>
        <h2 id="gate-question" ref={questionRef} tabIndex={-1} className="text-lg font-semibold outline-none">
          {t(`questions.${current}`)}
        </h2>
        <div className="grid grid-cols-2 gap-3">
          <Button size="lg" variant="outline" onClick={() => answer(true)}>
            {t("yes")}
          </Button>
          <Button size="lg" variant="outline" onClick={() => answer(false)}>
            {t("no")}
          </Button>
        </div>
      </section>
    </div>
  );
}
