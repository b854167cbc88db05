"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { StaffRole } from "@/server/accounts/staff-account-rules";
import { type RoleOption, RoleCheckboxes } from "./role-checkboxes";

type Officer = { id: string; maskedName: string; roles: StaffRole[]; status: "active" | "disabled" };
type Mode = "idle" | "roles" | "confirmDisable" | "confirmResetTotp";

/**
 * One officer's actions in the list. Disabling and resetting TOTP end the officer's sessions, so they ask
 * for a second click; the server refuses an admin disabling themselves or dropping their own admin role
 * whatever this shows.
 */
export function OfficerActions({
  officer,
  isSelf,
  roleOptions,
}: {
  officer: Officer;
  isSelf: boolean;
  roleOptions: RoleOption[];
}) {
  const t = useTranslations("officers");
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<Mode>("idle");
  const [roles, setRoles] = useState<StaffRole[]>(officer.roles);
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setMode("idle");
    setDone(message);
    router.refresh();
  };
  const setRolesMutation = useMutation(
    trpc.staff.setRoles.mutationOptions({ onSuccess: () => finish(t("actions.rolesSaved")) }),
  );
  const setStatus = useMutation(
    trpc.staff.setStatus.mutationOptions({
      onSuccess: (r) => finish(r.status === "disabled" ? t("actions.disabled") : t("actions.enabled")),
    }),
  );
  const resetTotp = useMutation(
    trpc.staff.resetTotp.mutationOptions({ onSuccess: () => finish(t("actions.totpReset")) }),
  );
  const pending = setRolesMutation.isPending || setStatus.isPending || resetTotp.isPending;
  const error = setRolesMutation.error ?? setStatus.error ?? resetTotp.error;
  const rolesError = trpcFieldErrors(setRolesMutation.error).roles;
  const start = (next: Mode) => {
    setRolesMutation.reset();
    setStatus.reset();
    resetTotp.reset();
    setDone(null);
    setRoles(officer.roles);
    setMode(next);
  };
  const name = officer.maskedName;

  return (
    <div className="flex min-w-56 flex-col gap-2">
      {done ? <Alert variant="success">{done}</Alert> : null}
      {error && !rolesError ? <Alert variant="destructive">{error.message}</Alert> : null}

      {mode === "roles" ? (
        <form
          className="flex flex-col gap-2"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setRolesMutation.mutate({ userId: officer.id, roles });
          }}
        >
          <RoleCheckboxes
            idPrefix={`roles-${officer.id}`}
            legend={t("actions.rolesLegend", { name })}
            options={roleOptions}
            value={roles}
            onChange={setRoles}
            error={rolesError}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? t("actions.working") : t("actions.saveRoles")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
              {t("actions.cancel")}
            </Button>
          </div>
        </form>
      ) : mode === "confirmDisable" || mode === "confirmResetTotp" ? (
        <div
          className="flex flex-col gap-2"
          role="group"
          aria-label={t(mode === "confirmDisable" ? "actions.disable" : "actions.resetTotp")}
        >
          <p>{t(mode === "confirmDisable" ? "actions.confirmDisable" : "actions.confirmResetTotp", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="destructive"
              disabled={pending}
              onClick={() =>
                mode === "confirmDisable"
                  ? setStatus.mutate({ userId: officer.id, status: "disabled" })
                  : resetTotp.mutate({ userId: officer.id })
              }
            >
              {pending ? t("actions.working") : t("actions.confirm")}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMode("idle")}>
              {t("actions.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="secondary"
            onClick={() => start("roles")}
            aria-label={t("actions.labelFor", { action: t("actions.editRoles"), name })}
          >
            {t("actions.editRoles")}
          </Button>
          {officer.status === "active" ? (
            isSelf ? null : (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => start("confirmDisable")}
                aria-label={t("actions.labelFor", { action: t("actions.disable"), name })}
              >
                {t("actions.disable")}
              </Button>
            )
          ) : (
            <Button
              size="sm"
              variant="secondary"
              disabled={pending}
              onClick={() => {
                start("idle");
                setStatus.mutate({ userId: officer.id, status: "active" });
              }}
              aria-label={t("actions.labelFor", { action: t("actions.enable"), name })}
            >
              {t("actions.enable")}
            </Button>
          )}
          <Button
            size="sm"
            variant="secondary"
            onClick={() => start("confirmResetTotp")}
            aria-label={t("actions.labelFor", { action: t("actions.resetTotp"), name })}
          >
            {t("actions.resetTotp")}
          </Button>
        </div>
      )}
    </div>
  );
}
