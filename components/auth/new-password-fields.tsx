"use client";

import { Check, Eye, EyeOff, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { checkPasswordRule } from "@/server/accounts/password-rule";
import { FormField } from "@/components/ui/form-field";

/** Whether both fields are filled in acceptably: the rule is met and the two entries agree. */
export function newPasswordReady(password: string, confirm: string): boolean {
  return checkPasswordRule(password).length === 0 && password === confirm;
}

/**
 * A new password and its confirmation, with the rule spelled out beside the field and ticked off as the
 * person types (announced politely to screen readers), so nobody has to guess it from an error.
 */
export function NewPasswordFields({
  idPrefix,
  label,
  password,
  confirm,
  onPassword,
  onConfirm,
  showConfirmError,
  error,
}: {
  idPrefix: string;
  label: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  /** Set once the person tried to go on, so a half-typed confirmation is not flagged too early. */
  showConfirmError: boolean;
  error?: string;
}) {
  const t = useTranslations("accountFlow");
  const [visible, setVisible] = useState(false);
  const problems = checkPasswordRule(password);
  const rules = [
    {
      key: "ruleLength",
      met: password.length > 0 && !problems.includes("PASSWORD_TOO_SHORT") && !problems.includes("PASSWORD_TOO_LONG"),
    },
    { key: "ruleMix", met: password.length > 0 && !problems.includes("PASSWORD_ONE_CLASS") },
  ] as const;
  const id = `${idPrefix}-password`;
  const confirmError = showConfirmError && confirm !== password ? t("confirmMismatch") : undefined;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={id}>{label}</Label>
        <div className="flex gap-2">
          <Input
            id={id}
            name="password"
            type={visible ? "text" : "password"}
            autoComplete="new-password"
            maxLength={128}
            required
            value={password}
            onChange={(e) => onPassword(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={[`${id}-rules`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
          />
          <Button
            variant="secondary"
            size="icon"
            onClick={() => setVisible((v) => !v)}
            aria-pressed={visible}
            aria-label={visible ? t("hidePassword") : t("showPassword")}
            title={visible ? t("hidePassword") : t("showPassword")}
          >
            {visible ? <EyeOff aria-hidden="true" /> : <Eye aria-hidden="true" />}
          </Button>
        </div>
        {error ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-destructive">
            {error}
          </p>
        ) : null}
        <div id={`${id}-rules`} className="rounded-md bg-muted p-3">
          <p className="text-sm font-medium">{t("passwordRuleTitle")}</p>
          <ul className="mt-1 flex flex-col gap-1" aria-live="polite">
            {rules.map((rule) => (
              <li
                key={rule.key}
                className={cn("flex items-center gap-2", rule.met ? "text-success" : "text-muted-foreground")}
              >
                {rule.met ? (
                  <Check aria-hidden="true" className="size-4 shrink-0" />
                ) : (
                  <X aria-hidden="true" className="size-4 shrink-0" />
                )}
                <span>
                  {t(rule.key)}
                  <span className="sr-only">{rule.met ? t("ruleMet") : t("ruleNotMet")}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <FormField
        id={`${idPrefix}-confirm`}
        name="confirm"
        type={visible ? "text" : "password"}
        autoComplete="new-password"
        maxLength={128}
        required
        label={t("confirmPassword")}
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        error={confirmError}
      />
    </div>
  );
}
