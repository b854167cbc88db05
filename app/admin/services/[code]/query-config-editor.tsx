"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { readTrpcError } from "@/components/auth/read-trpc-error";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { validateQueryConfig } from "@/server/catalog/validate-service-config";
import type { QuerySourceMeta } from "@/server/queries/query-source";

type Problem = { path: string; message: string };

/**
 * How a 查询 service answers, as JSON: the register source, whether to confirm by SMS, the services its next
 * steps lead to. Checked in the browser by the same validateQueryConfig the server runs on save.
 */
export function QueryConfigEditor({
  code,
  version,
  config,
  sources,
  services,
  justSaved,
}: {
  code: string;
  version: number;
  config: Record<string, unknown> | null;
  sources: QuerySourceMeta[];
  services: { code: string; kind: "handle" | "appointment" | "query" | "notice" }[];
  justSaved: boolean;
}) {
  const t = useTranslations("queries.admin");
  const tv = useTranslations("serviceConfig.validation");
  const trpc = useTRPC();
  const router = useRouter();
  const [text, setText] = useState(() => JSON.stringify(config ?? {}, null, 2));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [notice, setNotice] = useState<"saved" | "unchanged" | null>(justSaved ? "saved" : null);
  const context = useMemo(
    () => ({
      sources: new Map(sources.map((s) => [s.key, s])),
      services: new Map(services.map((s) => [s.code, s.kind])),
    }),
    [sources, services],
  );
  const save = useMutation(
    trpc.catalogAdmin.updateQueryConfig.mutationOptions({
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
    const checked = validateQueryConfig(parsed, context);
    if (!checked.success) {
      return setProblems(
        checked.error.issues.map((i) => ({
          path: i.path.join("."),
          message: i.message.startsWith("i18n:serviceConfig.validation.")
            ? tv(i.message.slice("i18n:serviceConfig.validation.".length) as never)
            : tv("invalid"),
        })),
      );
    }
    setProblems([]);
    save.mutate({ code, expectedVersion: version, config: checked.data as unknown as Record<string, unknown> });
  };

  return (
    <section aria-labelledby="query-config-title" className="flex max-w-4xl flex-col gap-4">
      <h2 id="query-config-title" className="text-xl font-semibold">
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
      <Field id="query-config-json" label={t("json")}>
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
      <details>
        <summary className="cursor-pointer font-medium">{t("sources")}</summary>
        <ul className="mt-2 flex flex-col gap-2">
          {sources.map((s) => (
            <li key={s.key}>
              <code>{s.key}</code> — {s.register.name}（{t(`access.${s.access}`)}
              {s.sensitive ? `，${t("sensitive")}` : ""}）
              {Object.keys(s.nextSteps).length ? (
                <span className="text-muted-foreground">
                  {" "}
                  {t("steps")}:{" "}
                  {Object.entries(s.nextSteps)
                    .map(([k, v]) => `${k}（${v.name}）`)
                    .join("、")}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
