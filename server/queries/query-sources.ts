import "server-only";
import { publicQuerySources } from "./public-query-sources";
import type { QuerySource, QuerySourceMeta } from "./query-source";
import { licencePoints } from "./sources/licence-points";

/**
 * Every register source by key. A query configuration naming a key without a source here is refused on save
 * (validateQueryConfig), and the page of a service whose source has gone says it is being reconfigured.
 */
export const querySources: Readonly<Record<string, QuerySource>> = {
  ...publicQuerySources,
  [licencePoints.key]: licencePoints,
};

/** What the validation and the admin editor need of each source, without its code. */
export function querySourceMetas(): Map<string, QuerySourceMeta> {
  return new Map(
    Object.values(querySources).map(({ key, register, access, sensitive, fields, nextSteps }) => [
      key,
      { key, register, access, sensitive, fields, nextSteps },
    ]),
  );
}
