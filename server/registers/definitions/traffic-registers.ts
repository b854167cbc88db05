import "server-only";
import { trafficSeizures } from "@/db/schema";
import { seizedItemKind, seizureStatus } from "@/db/schema/traffic";
import { checkPlateNumber } from "@/server/traffic/plate-number";
import { type RegisterDefinition, stored } from "../register-definition";
import { choice, date, idNumber, text } from "../register-fields";

/** A plate as stored (豫A12345), from what was typed: an ordinary plate, else a new-energy one. */
function plate(typed: string): string | null {
  for (const type of ["02", "52"] as const) {
    const check = checkPlateNumber(typed, type);
    if (check.ok) return check.plate;
  }
  return null;
}

/**
 * 暂扣车辆和证件 (JJ051): what the vehicle administration office holds, where it is collected and on what
 * conditions; the party follows it with their own query, so the party is the person in the register.
 */
export const trafficSeizuresRegister: RegisterDefinition = {
  key: "traffic_seizures",
  table: trafficSeizures,
  id: trafficSeizures.id,
  unit: trafficSeizures.heldBy,
  roles: ["traffic_officer", "station_officer"],
  keepers: ["vehicle_admin"],
  fields: [
    { ...idNumber("party"), residentColumn: trafficSeizures.residentId },
    stored(choice("itemKind", seizedItemKind.enumValues), trafficSeizures.itemKind),
    stored(
      text("plateNumber", 7, 12, { optional: true, normalise: plate, message: "form.plateNumber" }),
      trafficSeizures.plateNumber,
    ),
    stored(text("reason", 4, 200, { multiline: true }), trafficSeizures.reason),
    stored(date("seizedOn", { notFuture: true }), trafficSeizures.seizedOn),
    stored(text("collectAt", 4, 120), trafficSeizures.collectAt),
    stored(text("releaseConditions", 2, 200, { multiline: true }), trafficSeizures.releaseConditions),
  ],
  listFields: ["itemKind", "plateNumber", "party", "reason", "seizedOn"],
  search: [trafficSeizures.plateNumber, trafficSeizures.reason],
  orderBy: trafficSeizures.seizedOn,
  unique: [],
  creates: true,
  status: {
    column: trafficSeizures.status,
    values: seizureStatus.enumValues,
    initial: "held",
    transitions: { held: ["released"] },
    tones: { held: "warning", released: "success" },
    effects: { released: { stamp: trafficSeizures.releasedOn } },
  },
  // Everything but a driving licence carries the plate it belongs to.
  refine: (values) =>
    values.itemKind !== "driving_licence" && !values.plateNumber
      ? { errors: { plateNumber: "registers.plateRequired" } }
      : { values },
  queries: ["JJ051"],
};
