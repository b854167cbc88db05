import { catalogCategories } from "@/server/seed/catalog/catalog-categories";
import { noticeConfigs } from "@/server/seed/catalog/notice-configs";
import { buildNoticeTable } from "./notice-table";

/** The table as the seed's configurations give it, in catalogue order. */
export function currentNoticeTable(): string {
  return buildNoticeTable(
    catalogCategories.flatMap((c) => c.services),
    noticeConfigs,
  );
}
