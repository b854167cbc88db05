import { getTranslations } from "next-intl/server";
import type { AccidentView } from "@/server/accidents/accident-view";
import { partyLetters, partyLettersEn } from "@/server/accidents/accident-rules";
import type { RegisterCheck } from "@/server/accidents/get-accident-for-officer";

/** The parties as officers and insurers read them: details (masked), statements, liabilities, register data. */
export async function AccidentPartiesFacts({
  accident,
  register,
  en,
  highlight,
}: {
  accident: AccidentView;
  register?: RegisterCheck[];
  en: boolean;
  highlight?: string;
}) {
  const t = await getTranslations("accidents");
  const letter = (position: number) => (en ? partyLettersEn : partyLetters)[position - 1] ?? "";
  return (
    <ul className="flex flex-col gap-3" data-testid="accident-party-facts">
      {accident.parties.map((p) => {
        const reg = register?.find((r) => r.partyId === p.id);
        return (
          <li key={p.id} className={`rounded-md border p-3 ${highlight === p.id ? "border-primary" : "border-border"}`}>
            <p className="font-semibold">
              {t("position", { letter: letter(p.position) })} {p.name}
            </p>
            <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
              <dt className="text-muted-foreground">{t("live.plate")}</dt>
              <dd>{p.plateNumber}</dd>
              <dt className="text-muted-foreground">{t("live.licence")}</dt>
              <dd className="break-all">{p.licenceNumber}</dd>
              <dt className="text-muted-foreground">{t("live.insurer")}</dt>
              <dd>{en ? p.insurer.nameEn : p.insurer.name}</dd>
              <dt className="text-muted-foreground">{t("live.phone")}</dt>
              <dd>{p.phone}</dd>
              <dt className="text-muted-foreground">{t("live.statement")}</dt>
              <dd className="break-words">{p.statement ?? "—"}</dd>
              {p.liability ? (
                <>
                  <dt className="text-muted-foreground">{t("live.liability")}</dt>
                  <dd>{t(`liabilities.${p.liability}`)}</dd>
                </>
              ) : null}
            </dl>
            {reg ? (
              <div
                className="mt-2 flex flex-col gap-1 border-t border-border pt-2 text-sm"
                data-testid="register-check"
              >
                <p className="font-medium">{t("officer.register")}</p>
                <p>
                  {reg.licence
                    ? t("officer.licence", {
                        status: t(`officer.licenceStatuses.${reg.licence.status as "valid"}`),
                        classes: reg.licence.vehicleClasses,
                        until: reg.licence.validUntil ?? t("officer.longTerm"),
                        points: reg.licence.points,
                      })
                    : t("officer.noLicence")}
                </p>
                {reg.vehicles.length ? (
                  reg.vehicles.map((v, i) => (
                    <p key={i}>
                      {t("officer.vehicle", {
                        brand: v.brand,
                        colour: v.colour,
                        type: v.vehicleType,
                        status: t(`officer.vehicleStatuses.${v.status as "normal"}`),
                        due: v.inspectionDue,
                        owner: v.ownerName ?? "—",
                      })}
                      {v.ownerIsDriver ? t("officer.ownerIsDriver") : ""}
                    </p>
                  ))
                ) : (
                  <p>{t("officer.noVehicle")}</p>
                )}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
