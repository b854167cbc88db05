"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PhoneNumberField } from "./phone-number-field";
import { SmsCodeField } from "./sms-code-field";
import { StepSubmitButton } from "./step-submit-button";
import { useSmsCodeSender } from "./use-sms-code-sender";
import type { useStepFlow } from "./use-step-flow";

type Flow = Pick<ReturnType<typeof useStepFlow<"phone" | "code">>, "go" | "setTried" | "setFormError" | "fieldError">;
type RequestCode = Parameters<typeof useSmsCodeSender>[0];

const codePattern = /^\d{6}$/;

/** The phone and code a phone-first account flow collects, and sending the code to the phone. */
export function usePhoneCode(flow: Flow, requestCode: RequestCode) {
  const [phone, setPhone] = useState("");
  const [code, setCode] = useState("");
  const sender = useSmsCodeSender(requestCode, flow.setFormError);

  /** Sends a fresh code; the one typed so far is cleared, since it no longer counts. */
  function sendCode(onSent?: () => void) {
    sender.send(phone, () => {
      setCode("");
      onSent?.();
    });
  }

  return { phone, setPhone, code, setCode, sender, sendCode };
}

export type PhoneCode = ReturnType<typeof usePhoneCode>;

/**
 * The first two screens of registration and password reset: the phone number ("get a code"), then the
 * 6-digit code with resend and "change phone". Going back to the phone screen with the same number reuses
 * the code still on its way; the code is checked by the caller (`onCode`) once it has six digits.
 */
export function PhoneCodeSteps({
  step,
  idPrefix,
  flow,
  phoneCode,
  phoneValid,
  phoneHint,
  heading,
  serverMessage,
  sentNotice,
  checking,
  onCode,
}: {
  step: "phone" | "code";
  idPrefix: string;
  flow: Flow;
  phoneCode: PhoneCode;
  /** The phone number's format, checked by the caller with the shared rule. */
  phoneValid: boolean;
  phoneHint?: string;
  heading: React.ReactNode;
  serverMessage: React.ReactNode;
  /** What the code screen says first ("a code was sent to 138****8000"). */
  sentNotice: React.ReactNode;
  checking: boolean;
  onCode: (phone: string, code: string) => void;
}) {
  const tf = useTranslations("accountFlow");
  const te = useTranslations("errors");
  const { phone, setPhone, code, setCode, sender, sendCode } = phoneCode;

  if (step === "phone") {
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          flow.setTried(true);
          if (!phoneValid) return;
          if (sender.stillValidFor(phone)) return flow.go("code");
          sendCode(() => flow.go("code"));
        }}
        noValidate
        className="flex flex-col gap-4"
      >
        {heading}
        {serverMessage}
        <PhoneNumberField
          id={`${idPrefix}-phone`}
          label={tf("phone")}
          hint={phoneHint}
          value={phone}
          onChange={setPhone}
          error={flow.fieldError("phone", phoneValid ? null : te("PHONE_INVALID"))}
        />
        <div className="flex justify-end">
          <StepSubmitButton label={tf("getCode")} busy={sender.sending} busyLabel={tf("sending")} />
        </div>
      </form>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        flow.setTried(true);
        if (codePattern.test(code)) onCode(phone.trim(), code);
      }}
      noValidate
      className="flex flex-col gap-4"
    >
      {heading}
      {sentNotice}
      {serverMessage}
      <SmsCodeField
        id={`${idPrefix}-code`}
        value={code}
        onChange={setCode}
        error={flow.fieldError("code", codePattern.test(code) ? null : te("CODE_FORMAT"))}
        secondsLeft={sender.secondsLeft}
        sending={sender.sending}
        onResend={() => sendCode()}
      />
      <div className="flex flex-col gap-3 sm:flex-row sm:justify-between">
        <Button variant="secondary" size="lg" className="w-full sm:w-auto" onClick={() => flow.go("phone")}>
          {tf("changePhone")}
        </Button>
        <StepSubmitButton label={tf("next")} busy={checking} busyLabel={tf("checking")} />
      </div>
    </form>
  );
}
