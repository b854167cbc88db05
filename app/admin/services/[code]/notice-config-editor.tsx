"use client";

import { useTranslations } from "next-intl";
import { unitTypes } from "@/server/applications/engine-config";
import { validateNoticeConfig } from "@/server/catalog/validate-service-config";
import type { NoticeConfig } from "@/server/notices/notice-config";
import { JsonConfigEditor } from "./json-config-editor";

/** Where a board without a configuration starts: nobody publishes yet, so it cannot be enabled until edited. */
const blank: NoticeConfig = { version: 1, publishers: [], periodDays: { min: 1, max: 365 }, objections: false };

/**
 * Who publishes on a 公示 board (org unit types), the period a notice must keep in days and whether it takes
 * objections, as JSON. Checked in the browser by the same validateNoticeConfig the server runs on save.
 */
export function NoticeConfigEditor({
  code,
  version,
  config,
  justSaved,
}: {
  code: string;
  version: number;
  config: Record<string, unknown> | null;
  justSaved: boolean;
}) {
  const t = useTranslations("notices.admin");
  const units = useTranslations("serviceConfig.unitTypes");

  return (
    <JsonConfigEditor
      id="notice-config"
      procedure="updateNoticeConfig"
      code={code}
      version={version}
      config={config ?? blank}
      validate={validateNoticeConfig}
      messages="notices.admin"
      justSaved={justSaved}
    >
      <details>
        <summary className="cursor-pointer font-medium">{t("unitTypes")}</summary>
        <ul className="mt-2 flex flex-col gap-2">
          {unitTypes.map((u) => (
            <li key={u}>
              <code>{u}</code> — {units(u)}
            </li>
          ))}
        </ul>
      </details>
    </JsonConfigEditor>
  );
}
