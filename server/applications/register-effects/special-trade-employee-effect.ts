import "server-only";
import { and, eq } from "drizzle-orm";
import { specialTradeEmployees } from "@/db/schema";
import { chinaToday } from "@/server/dates/china-today";
import { fact, lockApplicant, registerChanged, text } from "./effect-registers";
import type { RegisterEffect } from "./register-effect";

/**
 * 特种行业从业人员信息登记: the applicant entered as employed at the named employer from the start date
 * (today when none is given). Form fields: "employerName", "trade", "position", "startDate".
 */
export const specialTradeEmployeeEffect: RegisterEffect = {
  key: "special_trade_employee",
  async apply(tx, p) {
    const holder = await lockApplicant(tx, p.applicant.residentId);
    const employerName = text(p.values, "employerName");
    if (holder.status !== "active" || employerName.length < 2) return registerChanged(holder.name);
    const [current] = await tx
      .select({ id: specialTradeEmployees.id })
      .from(specialTradeEmployees)
      .where(
        and(
          eq(specialTradeEmployees.residentId, holder.id),
          eq(specialTradeEmployees.employerName, employerName),
          eq(specialTradeEmployees.status, "employed"),
        ),
      );
    if (current) return registerChanged(holder.name);
    const startedOn = /^\d{4}-\d{2}-\d{2}$/.test(text(p.values, "startDate"))
      ? text(p.values, "startDate")
      : chinaToday(p.now);
    const trade = text(p.values, "trade");
    const position = text(p.values, "position");
    await tx.insert(specialTradeEmployees).values({
      residentId: holder.id,
      employerName,
      trade,
      position,
      startedOn,
      applicationNumber: p.applicationNumber,
      orgUnitId: p.handlingUnitId,
    });
    return {
      documentKind: "special_trade_employee",
      title: "特种行业从业人员信息登记回执",
      holderName: holder.name,
      facts: [
        fact("登记事项", "Registration", "特种行业从业人员信息登记"),
        fact("公民身份号码", "Citizen ID number", holder.maskedIdNumber),
        fact("从业单位", "Employer", employerName),
        ...(trade ? [fact("行业", "Trade", trade)] : []),
        ...(position ? [fact("岗位", "Position", position)] : []),
        fact("从业起始日期", "Employed from", startedOn),
        fact("受理编号", "Application number", p.applicationNumber),
      ],
    };
  },
};
