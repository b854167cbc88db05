import type { Db } from "@/db/client";
import { type CitizenHome, gridOf, loadCatalogue, toHomeService } from "./build-home";
import { getServiceLayout } from "./get-service-layout";

/**
 * A member's home as the group's layout shapes it, for an admin checking that layout: the group's pins on
 * top, its hidden services gone from the grid. It belongs to no one, so it shows none of a person's own
 * to-dos, favourites or register-based recommendations, and reads no personal data (nothing to audit).
 */
export async function previewGroupHome(
  db: Db,
  p: { groupId: number },
): Promise<{ group: { id: number; name: string }; home: CitizenHome }> {
  const [layout, catalogue] = await Promise.all([
    getServiceLayout(db, { owner: { groupId: p.groupId } }),
    loadCatalogue(db),
  ]);
  if (layout.owner.kind !== "group") throw new Error("previewGroupHome: a group's layout was expected");
  const { id, name } = layout.owner.group;
  const hidden = new Set(layout.hidden.map((s) => s.id));
  const visible = new Map(catalogue.rows.filter((r) => !hidden.has(r.id)).map((r) => [r.id, toHomeService(r, false)]));
  return {
    group: { id, name },
    home: {
      audience: "citizen",
      actions: [],
      recommendations: layout.pinned.flatMap((s) => {
        const service = visible.get(s.id);
        return service ? [{ service, reason: { code: "pinned" as const }, pinned: true }] : [];
      }),
      favourites: [],
      grid: gridOf(catalogue, visible),
      groups: [{ id, name }],
    },
  };
}
