"use client";

import { useState } from "react";
import type { FormError } from "./read-trpc-error";

/**
 * The state every multi-step account form keeps: the current step, whether the person has moved yet
 * (the new step's heading takes the focus only then), whether they tried to go on (local problems show
 * only after that), and the server's last refusal, whose field messages win over the local ones.
 */
export function useStepFlow<Step extends string>(first: Step) {
  const [step, setStep] = useState<Step>(first);
  const [moved, setMoved] = useState(false);
  const [tried, setTried] = useState(false);
  const [formError, setFormError] = useState<FormError | null>(null);

  function go(next: Step, error: FormError | null = null) {
    setStep(next);
    setMoved(true);
    setTried(false);
    setFormError(error);
  }

  function fieldError(field: string, local: string | null | undefined): string | undefined {
    return formError?.fields[field] ?? (tried && local ? local : undefined);
  }

  /** A refusal about the form as a whole (no field to put it beside). */
  const generalError = formError && Object.keys(formError.fields).length === 0 ? formError.message : null;

  return { step, moved, tried, setTried, formError, setFormError, go, fieldError, generalError };
}
