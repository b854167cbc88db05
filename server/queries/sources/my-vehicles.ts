import "server-only";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { vehicles } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { daysUntil } from "@/server/dates/days-until";
import { type QueryRecord, type QueryRunContext, type QueryState, defineQuerySource } from "../query-source";

/** An inspection due within this many days is announced: the booking calendar fills weeks ahead. */
export const inspectionSoonDays = 90;

/** The asker's registered vehicles, oldest registration first. */
export async function ownVehicles({ tx, asker }: QueryRunContext) {
  if (!asker) return [];
  return tx
    .select()
    .from(vehicles)
    .where(eq(vehicles.ownerResidentId, asker.residentId))
    .orderBy(asc(vehicles.registeredAt));
}

type Vehicle = Awaited<ReturnType<typeof ownVehicles>>[number];

/** Where a vehicle stands with its periodic inspection (检验有效期), and whether to book one. */
export function inspectionState(v: Vehicle, ctx: QueryRunContext): { state: QueryState; book: boolean } {
  const k = (key: string, values?: Record<string, string | number>) => ctx.t(`queries.sources.vehicle.${key}`, values);
  const days = daysUntil(v.inspectionDue, chinaToday(ctx.now));
  if (days < 0)
    return {
      state: { label: k("overdue"), tone: "urgent", meaning: k("overdueMeaning", { date: v.inspectionDue }) },
      book: true,
    };
  if (days <= inspectionSoonDays)
    return {
      state: {
        label: k("dueSoon", { days }),
        tone: "attention",
        meaning: v.inspectionExempt
          ? k("exemptMeaning", { date: v.inspectionDue })
          : k("dueSoonMeaning", { date: v.inspectionDue }),
      },
      book: !v.inspectionExempt,
    };
  return {
    state: { label: k("valid"), tone: "ok", meaning: k("validMeaning", { date: v.inspectionDue }) },
    book: false,
  };
}

export function vehicleTitle(v: Vehicle) {
  return `${v.plateNumber}（${v.brand}）`;
}

/** JJ015 本人机动车信息查询: the vehicles registered in one's name with their registration facts. */
export const myVehicles = defineQuerySource({
  key: "my_vehicles",
  register: { name: "机动车登记", nameEn: "Motor vehicle register" },
  access: "own",
  sensitive: false,
  fields: [],
  nextSteps: { inspection_booking: { name: "预约机动车检验", nameEn: "Book an inspection" } },
  input: z.strictObject({}),
  async run(ctx) {
    const k = (key: string) => ctx.t(`queries.sources.vehicle.${key}`);
    const records: QueryRecord[] = (await ownVehicles(ctx)).map((v) => {
      const { state, book } = inspectionState(v, ctx);
      return {
        title: vehicleTitle(v),
        subtitle: v.vehicleType,
        fields: [
          { label: k("colour"), value: v.colour },
          { label: k("vin"), value: `${v.vin.slice(0, 3)}…${v.vin.slice(-6)}` },
          { label: k("registeredAt"), value: v.registeredAt },
          { label: k("inspectionDue"), value: v.inspectionDue },
          ...(v.insuranceValidUntil ? [{ label: k("insurance"), value: v.insuranceValidUntil }] : []),
        ],
        state,
        actions: book ? [{ kind: "step", step: "inspection_booking" }] : [],
      };
    });
    return { records, emptyText: k("none") };
  },
});
