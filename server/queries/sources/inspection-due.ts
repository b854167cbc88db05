import "server-only";
import { z } from "zod";
import { type QueryRecord, defineQuerySource } from "../query-source";
import { inspectionState, ownVehicles, vehicleTitle } from "./my-vehicles";

/** JJ016 机动车检验有效期查询: each own vehicle's inspection date, and the booking link when it is due. */
export const inspectionDue = defineQuerySource({
  key: "inspection_due",
  register: { name: "机动车登记（检验有效期）", nameEn: "Motor vehicle register (inspection validity)" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: {
    inspection_booking: { name: "预约机动车检验", nameEn: "Book an inspection" },
    exemption_label: { name: "申领免检标志", nameEn: "Inspection-exempt label" },
  },
  input: z.strictObject({}),
  async run(ctx) {
    const k = (key: string) => ctx.t(`queries.sources.vehicle.${key}`);
    const records: QueryRecord[] = (await ownVehicles(ctx)).map((v) => {
      const { state, book } = inspectionState(v, ctx);
      const due = state.tone !== "ok";
      return {
        title: vehicleTitle(v),
        fields: [
          { label: k("inspectionDue"), value: v.inspectionDue },
          { label: k("exempt"), value: k(v.inspectionExempt ? "yes" : "no") },
        ],
        state,
        actions: [
          ...(book ? [{ kind: "step" as const, step: "inspection_booking" }] : []),
          ...(due && v.inspectionExempt ? [{ kind: "step" as const, step: "exemption_label" }] : []),
        ],
      };
    });
    return { records, emptyText: k("none") };
  },
});
