"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";

/** The 6-digit code box with its "send a new code" button, which waits out the per-phone cool-down. */
export function SmsCodeField({
  id,
  value,
  onChange,
  error,
  secondsLeft,
  sending,
  onResend,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  secondsLeft: number;
  sending: boolean;
  onResend: () => void;
}) {
  const t = useTranslations("accountFlow");
  return (
    <div className="flex flex-col gap-2">
      <FormField
        id={id}
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="\d{6}"
        maxLength={6}
        required
        label={t("code")}
        hint={t("codeHint")}
        value={value}
        onChange={(e) => onChange(e.target.value.replace(/\s/g, ""))}
        error={error}
      />
      <Button variant="outline" className="self-start" onClick={onResend} disabled={sending || secondsLeft > 0}>
        {sending ? t("sending") : secondsLeft > 0 ? t("resendIn", { seconds: secondsLeft }) : t("resend")}
      </Button>
    </div>
  );
}
