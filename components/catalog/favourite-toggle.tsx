import { getTranslations } from "next-intl/server";
import { getQueryClient, trpc } from "@/components/trpc/server";
import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { FavouriteButton } from "./favourite-button";
import { toggleFavouriteAction } from "./toggle-favourite-action";

/**
 * Star / unstar a service, for signed-in citizens (nothing for anyone else). Pass `favourite` when the
 * page already knows it (the home does, for every tile); otherwise it is looked up.
 */
export async function FavouriteToggle({
  serviceId,
  serviceName,
  favourite,
}: {
  serviceId: number;
  serviceName?: string;
  favourite?: boolean;
}) {
  const user = await currentUser();
  if (!isCitizen(user)) return null;
  const [t, on] = await Promise.all([
    getTranslations("personalHome"),
    favourite ?? getQueryClient().fetchQuery(trpc.catalog.isFavourite.queryOptions({ serviceId })),
  ]);
  const label = serviceName ? t("favouriteAdd", { name: serviceName }) : t("favouriteThis");
  return (
    <form action={toggleFavouriteAction}>
      <input type="hidden" name="serviceId" value={serviceId} />
      <input type="hidden" name="favourite" value={on ? "0" : "1"} />
      <FavouriteButton
        pressed={on}
        label={label}
        hint={serviceName ? t(on ? "favouriteRemove" : "favouriteAdd", { name: serviceName }) : label}
      />
    </form>
  );
}
