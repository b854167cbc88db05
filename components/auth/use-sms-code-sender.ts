"use client";

import type { UseMutationResult } from "@tanstack/react-query";
import { useState } from "react";
import { type FormError, readTrpcError } from "./read-trpc-error";
import { useCountdown } from "./use-countdown";

type RequestCode = UseMutationResult<
  { cooldownSeconds: number },
  { message: string; data?: { domainCode?: string | null; fieldErrors?: Record<string, unknown> } | null },
  { phone: string },
  unknown
>;

/**
 * The "send me a code" half of every phone-first account flow: sends, remembers where it sent, runs
 * the resend countdown the server dictates, and hands a refusal to the form.
 */
export function useSmsCodeSender(requestCode: RequestCode, onResult: (error: FormError | null) => void) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [secondsLeft, startCountdown] = useCountdown();

  function send(phone: string, onSent?: () => void) {
    const target = phone.trim();
    requestCode.mutate(
      { phone: target },
      {
        onSuccess: (result) => {
          setSentTo(target);
          startCountdown(result.cooldownSeconds);
          onResult(null);
          onSent?.();
        },
        onError: (error) => onResult(readTrpcError(error)),
      },
    );
  }

  /** Back on the phone step with the same number: the code already sent still works. */
  function stillValidFor(phone: string) {
    return sentTo === phone.trim() && secondsLeft > 0;
  }

  return { send, stillValidFor, secondsLeft, sending: requestCode.isPending };
}
