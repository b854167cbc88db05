"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { validateQueryConfig } from "@/server/catalog/validate-service-config";
import type { QuerySourceMeta } from "@/server/queries/query-source";
import { JsonConfigEditor } from "./json-config-editor";

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
  const context = useMemo(
    () => ({
      sources: new Map(sources.map((s) => [s.key, s])),
      services: new Map(services.map((s) => [s.code, s.kind])),
    }),
    [sources, services],
  );

  return (
    <JsonConfigEditor
      id="query-config"
      procedure="updateQueryConfig"
      code={code}
      version={version}
      config={config ?? {}}
      validate={(value) => validateQueryConfig(value, context)}
      messages="queries.admin"
      justSaved={justSaved}
    >
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
    </JsonConfigEditor>
  );
}
