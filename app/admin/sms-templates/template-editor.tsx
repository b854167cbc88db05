"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { type SmsTemplate, smsTemplateTextProblem } from "@/server/notify/templates";

/** Made-up values for the preview, so an admin reads the message as a citizen or officer would. */
const samples: Record<string, string> = {
  code: "123456",
  minutes: "15",
  time: "2026-11-27 10:00",
  phone: "138****8000",
  service: "出生登记",
  number: "HN20261127000001",
  station: "花园路派出所",
  unit: "花园路派出所",
  deadline: "2027年1月26日",
  carrier: "中国邮政EMS",
  tracking: "1234567890123",
  plate: "豫A·12345",
  count: "2",
  amount: "200.00",
  orderNo: "JM2026112700001",
};

/** Edits one template: the wording is checked as typed against the template's variables, with a live preview. */
export function TemplateEditor({ template, text, edited }: { template: SmsTemplate; text: string; edited: boolean }) {
  const t = useTranslations("smsTemplates");
  const errors = useTranslations("errors");
  const trpc = useTRPC();
  const router = useRouter();
  const [value, setValue] = useState(text);
  const [done, setDone] = useState<string | null>(null);
  const save = useMutation(
    trpc.smsTemplates.save.mutationOptions({
      onSuccess: () => {
        setDone(t("saved"));
        router.refresh();
      },
    }),
  );
  const reset = useMutation(
    trpc.smsTemplates.reset.mutationOptions({
      onSuccess: (r) => {
        setValue(r.text);
        setDone(t("resetDone"));
        router.refresh();
      },
    }),
  );
  const problem = smsTemplateTextProblem(template, value.trim());
  const serverError = trpcFieldErrors(save.error).text ?? save.error?.message ?? reset.error?.message;
  const preview = value
    .trim()
    .replace(/\{([a-zA-Z][a-zA-Z0-9_]*)\}/g, (_m, name: string) => samples[name] ?? `[${name}]`);
  const id = `sms-${template}`;
  return (
    <form
      className="flex flex-col gap-2"
      noValidate
      aria-label={t("editOf", { template })}
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        if (!problem) save.mutate({ template, text: value.trim() });
      }}
    >
      {done ? <Alert variant="success">{done}</Alert> : null}
      <Label htmlFor={id}>{t("text")}</Label>
      <Textarea
        id={id}
        value={value}
        rows={3}
        maxLength={1000}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-problem ${id}-preview`}
        onChange={(e) => {
          setValue(e.target.value);
          setDone(null);
        }}
      />
      <p
        id={`${id}-problem`}
        role={problem || serverError ? "alert" : undefined}
        className="text-sm font-medium text-destructive"
      >
        {problem ? errors(problem) : (serverError ?? "")}
      </p>
      <div
        id={`${id}-preview`}
        className="rounded-md border border-border bg-muted p-3 text-sm"
        data-testid="sms-preview"
      >
        <span className="font-medium">{t("preview")}</span>
        {preview}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={!!problem || save.isPending}>
          {t("save")}
        </Button>
        {edited ? (
          <Button
            type="button"
            size="sm"
            variant="secondary"
            disabled={reset.isPending}
            onClick={() => {
              setDone(null);
              reset.mutate({ template });
            }}
          >
            {t("reset")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
