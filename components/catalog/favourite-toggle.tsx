import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { FavouriteButton } from "./favourite-button";

/** Star / unstar one service on its own page, for signed-in citizens (nothing for anyone else). */
export async function FavouriteToggle({ serviceId, serviceName }: { serviceId: number; serviceName?: string }) {
  const user = await currentUser();
  if (!isCitizen(user)) return null;
  const [t, on] = await Promise.all([
    getTranslations("personalHome"),
    getQueryClient().fetchQuery(trpc.catalog.isFavourite.queryOptions({ serviceId })),
  ]);
  const label = serviceName ? t("favouriteAdd", { name: serviceName }) : t("favouriteThis");
  const hint = serviceName ? t(on ? "favouriteRemove" : "favouriteAdd", { name: serviceName }) : label;
  return <FavouriteButton serviceId={serviceId} pressed={on} label={label} hint={hint === label ? undefined : hint} />;
}
