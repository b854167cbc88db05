"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

type Unit = { id: number; code: string; name: string; nameEn: string | null; level: string; parentId: number | null };

/** Rename any unit; move a station to another county bureau. One form open at a time. */
export function OrgUnitActions({ unit, counties }: { unit: Unit; counties: { id: number; label: string }[] }) {
  const t = useTranslations("orgAdmin");
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<"idle" | "rename" | "move">("idle");
  const [name, setName] = useState(unit.name);
  const [nameEn, setNameEn] = useState(unit.nameEn ?? "");
  const [parentId, setParentId] = useState(String(unit.parentId ?? ""));
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string) => {
    setMode("idle");
    setDone(message);
    router.refresh();
  };
  const rename = useMutation(trpc.orgAdmin.rename.mutationOptions({ onSuccess: () => finish(t("actions.renamed")) }));
  const move = useMutation(trpc.orgAdmin.move.mutationOptions({ onSuccess: () => finish(t("actions.moved")) }));
  const error = rename.error ?? move.error;
  const fieldErrors = trpcFieldErrors(rename.error);
  const start = (next: typeof mode) => {
    rename.reset();
    move.reset();
    setDone(null);
    setMode(next);
  };
  return (
    <div className="flex min-w-48 flex-col gap-2">
      {done ? <Alert variant="success">{done}</Alert> : null}
      {error && !Object.keys(fieldErrors).length ? <Alert variant="destructive">{error.message}</Alert> : null}
      {mode === "rename" ? (
        <form
          className="flex flex-col gap-2"
          noValidate
          aria-label={t("actions.renameOf", { code: unit.code })}
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate({ unitId: unit.id, name: name.trim(), nameEn: nameEn.trim() });
          }}
        >
          <FormField
            id={`rename-${unit.id}`}
            label={t("create.name")}
            value={name}
            maxLength={64}
            onChange={(e) => setName(e.target.value)}
            error={fieldErrors.name}
          />
          <FormField
            id={`rename-en-${unit.id}`}
            label={t("create.nameEn")}
            value={nameEn}
            maxLength={128}
            onChange={(e) => setNameEn(e.target.value)}
            error={fieldErrors.nameEn}
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={rename.isPending}>
              {t("actions.save")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setMode("idle")}>
              {t("actions.cancel")}
            </Button>
          </div>
        </form>
      ) : mode === "move" ? (
        <form
          className="flex flex-col gap-2"
          aria-label={t("actions.moveOf", { code: unit.code })}
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate({ unitId: unit.id, parentId: Number(parentId) });
          }}
        >
          <Label htmlFor={`move-${unit.id}`}>{t("actions.newParent")}</Label>
          <Select id={`move-${unit.id}`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
            {counties.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={move.isPending}>
              {t("actions.move")}
            </Button>
            <Button type="button" size="sm" variant="ghost" onClick={() => setMode("idle")}>
              {t("actions.cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button type="button" size="sm" variant="secondary" onClick={() => start("rename")}>
            {t("actions.rename")}
          </Button>
          {unit.level === "station" ? (
            <Button type="button" size="sm" variant="secondary" onClick={() => start("move")}>
              {t("actions.move")}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
