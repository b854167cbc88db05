"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";

type Problem = { path: string; message: string };

/** What a validator of validate-service-config.ts answers, as far as the editor reads it. */
export type JsonConfigCheck =
  | { success: true; data: unknown }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

const i18nPrefix = "i18n:serviceConfig.validation.";

/**
 * A service's configuration that is one small object (how a query answers, who publishes on a board), as JSON:
 * checked in the browser by the same validator the server runs on save, each problem shown at its path, then
 * saved through its procedure on top of the version the page was loaded with. What the object may name is
 * listed below it (children).
 */
export function JsonConfigEditor({
  id,
  procedure,
  code,
  version,
  config,
  validate,
  messages,
  justSaved,
  children,
}: {
  id: string;
  procedure: "updateQueryConfig" | "updateNoticeConfig";
  code: string;
  version: number;
  config: Record<string, unknown>;
  validate: (value: unknown) => JsonConfigCheck;
  /** Where the editor's texts are (title, lead, saved, unchanged, problems, json, save). */
  messages: "queries.admin" | "notices.admin";
  justSaved: boolean;
  children?: React.ReactNode;
}) {
  const tv = useTranslations("serviceConfig.validation");
  const t = useTranslations(messages);
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState(() => JSON.stringify(config, null, 2));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<"saved" | "unchanged" | null>(justSaved ? "saved" : null);
  const save = useMutation(
    trpc.catalogAdmin[procedure].mutationOptions({
      onSuccess: (r) => {
        setNotice(r.changes.length ? "saved" : "unchanged");
        if (r.changes.length) router.replace(`?configSaved=${r.version}`, { scroll: false });
      },
    }),
  );
  const serverError = readTrpcError(save.error);

  const submit = () => {
    setNotice(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return setProblems([{ path: "", message: tv("jsonSyntax") }]);
    }
    const checked = validate(parsed);
    if (!checked.success) {
      return setProblems(
        checked.error.issues.map((i) => ({
          path: i.path.map(String).join("."),
          message: i.message.startsWith(i18nPrefix) ? tv(i.message.slice(i18nPrefix.length) as never) : tv("invalid"),
        })),
      );
    }
    setProblems([]);
    save.mutate({ code, expectedVersion: version, config: checked.data as Record<string, unknown> });
  };

  return (
    <section aria-labelledby={`${id}-title`} className="flex max-w-4xl flex-col gap-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-muted-foreground">{t("lead")}</p>
      {notice ? <Alert variant="success">{t(notice)}</Alert> : null}
      {serverError ? <Alert variant="destructive">{serverError.message}</Alert> : null}
      {problems.length ? (
        <Alert variant="destructive" title={t("problems")}>
          <ul className="list-disc ps-5">
            {problems.map((p) => (
              <li key={`${p.path}-${p.message}`}>
                {p.path ? <code className="me-2">{p.path}</code> : null}
                {p.message}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <Field id={`${id}-json`} label={t("json")}>
        {(control) => (
          <Textarea
            {...control}
            rows={14}
            spellCheck={false}
            className="font-mono text-sm"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Button className="self-start" onClick={submit} disabled={save.isPending}>
        {t("save")}
      </Button>
      {children}
    </section>
  );
}
