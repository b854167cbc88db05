import type { TravelDocument } from "@/db/schema";

/** The documents' official names, as an SMS names them (SMS text is never localised: see notify/templates.ts). */
export const travelDocumentNames: Record<TravelDocument["type"], string> = {
  passport: "普通护照",
  hk_macau_permit: "往来港澳通行证",
  taiwan_permit: "往来台湾通行证",
};
