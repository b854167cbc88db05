import "server-only";
import type { Db } from "@/db/client";
import { loadQueryService } from "./load-query-service";
import type { QueryAccess, QueryField } from "./query-source";

export type QueryForm =
  | { kind: "page"; code: string; name: string; nameEn: string; path: string }
  | {
      kind: "source";
      code: string;
      name: string;
      nameEn: string;
      access: QueryAccess;
      sensitive: boolean;
      fields: QueryField[];
    };

/** What the generic query page shows before asking: the form of the service's source, or where it is answered. */
export async function getQueryForm(db: Db, code: string): Promise<QueryForm> {
  const { config, source, name, nameEn } = await loadQueryService(db, code);
  if (config.kind === "page" || !source) {
    return { kind: "page", code, name, nameEn, path: config.kind === "page" ? config.path : `/services/${code}` };
  }
  return {
    kind: "source",
    code,
    name,
    nameEn,
    access: source.access,
    sensitive: source.sensitive || config.sensitive,
    fields: source.fields,
  };
}
