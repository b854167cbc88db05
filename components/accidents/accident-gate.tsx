"use client";

import { Phone } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { type GateAnswers, type GateQuestion, gateQuestions } from "@/server/accidents/accident-rules";

/**
 * The eligibility questions. One "no" stops the flow here with the instruction to stay and call 122; the
 * server refuses the same answers, so nothing is recorded either way.
 */
export function AccidentGate({ onPass }: { onPass: (answers: GateAnswers) => void }) {
  const t = useTranslations("accidents.gate");
  const [answers, setAnswers] = useState<Partial<Record<GateQuestion, boolean>>>({});
  const [stopped, setStopped] = useState(false);
  const complete = gateQuestions.every((q) => answers[q] !== undefined);

  if (stopped) {
    return (
      <div className="flex flex-col gap-4" data-testid="accident-stop">
        <Alert variant="destructive" title={t("stopTitle")}>
          {t("stopBody")}
        </Alert>
        <a href="tel:122" className={buttonVariants({ variant: "destructive", size: "lg" })}>
          <Phone aria-hidden="true" />
          {t("call122")}
        </a>
        <Button variant="secondary" onClick={() => setStopped(false)}>
          {t("change")}
        </Button>
      </div>
    );
  }

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!complete) return;
        if (gateQuestions.some((q) => answers[q] === false)) setStopped(true);
        else onPass(answers as GateAnswers);
      }}
    >
      <p className="text-muted-foreground">{t("lead")}</p>
      {gateQuestions.map((q) => (
        <fieldset key={q} className="flex flex-col gap-2 rounded-md border border-border p-3">
          <legend className="px-1 font-medium">{t(`questions.${q}`)}</legend>
          <div className="flex gap-6">
            {([true, false] as const).map((v) => (
              <label key={String(v)} className="flex min-h-tap items-center gap-2">
                <input
                  type="radio"
                  name={`gate-${q}`}
                  className="size-5"
                  checked={answers[q] === v}
                  onChange={() => setAnswers((a) => ({ ...a, [q]: v }))}
                />
                {v ? t("yes") : t("no")}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <Button type="submit" size="lg" disabled={!complete}>
        {t("continue")}
      </Button>
    </form>
  );
}
