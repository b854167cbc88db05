import { currentUser } from "@/server/accounts/current-user";
import { isCitizen } from "@/server/accounts/session-user";
import { GuideOpenedBeacon } from "./guide-opened-beacon";

/** On a guide page: a signed-in citizen's opening of the guide counts as a use of the service. */
export async function GuideOpened({ serviceId }: { serviceId: number }) {
  return isCitizen(await currentUser()) ? <GuideOpenedBeacon serviceId={serviceId} /> : null;
}
