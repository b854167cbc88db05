"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { maskIdNumber, maskPhone } from "@/server/crypto/mask";
import { QuerySlip, type SlipData } from "./query-slip";

export type CasePerson = {
  id: string;
  relation: "party" | "family";
  familyRelation: string | null;
  idNumber: string;
  phone: string;
  queryNumberIssuedAt: Date;
  revokedAt: Date | null;
};

/**
 * The case's query persons: add one (its query number shows once, on a printable slip), re-issue a lost
 * number, revoke. The list itself comes from the server page, masked.
 */
export function CasePersons({
  caseId,
  caseTitle,
  unitName,
  persons,
}: {
  caseId: string;
  caseTitle: string;
  unitName: string;
  persons: CasePerson[];
}) {
  const t = useTranslations("cases");
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const [slip, setSlip] = useState<SlipData | null>(null);
  const [idNumber, setIdNumber] = useState("");
  const [phone, setPhone] = useState("");
  const [relation, setRelation] = useState<"party" | "family">("party");
  const [familyRelation, setFamilyRelation] = useState("");

  const add = useMutation(
    trpc.cases.addPerson.mutationOptions({
      onSuccess: (result, input) => {
        setSlip({
          caseTitle,
          unitName,
          queryNumber: result.queryNumber,
          idNumber: maskIdNumber(input.idNumber),
          phone: maskPhone(input.phone),
        });
        setIdNumber("");
        setPhone("");
        setFamilyRelation("");
        router.refresh();
      },
    }),
  );
  const reissue = useMutation(trpc.cases.reissueNumber.mutationOptions());
  const revoke = useMutation(trpc.cases.revokePerson.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = trpcFieldErrors(add.error);
  const hasFieldErrors = Object.keys(errors).length > 0;
  const actionError = reissue.error ?? revoke.error;

  return (
    <div className="flex flex-col gap-6">
      {slip ? <QuerySlip slip={slip} onClose={() => setSlip(null)} /> : null}
      {actionError ? <Alert variant="destructive">{actionError.message}</Alert> : null}

      {persons.length === 0 ? (
        <p className="text-muted-foreground">{t("detail.personsEmpty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="query-persons">
          {persons.map((p) => (
            <li
              key={p.id}
              className="flex flex-col gap-3 rounded-lg border border-border p-4 sm:flex-row sm:items-start sm:justify-between"
            >
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1">
                <dt className="text-muted-foreground">{t("detail.relation")}</dt>
                <dd>
                  {t(`relations.${p.relation}`)}
                  {p.familyRelation ? `（${p.familyRelation}）` : ""}
                </dd>
                <dt className="text-muted-foreground">{t("detail.idNumber")}</dt>
                <dd className="font-mono break-all">{p.idNumber}</dd>
                <dt className="text-muted-foreground">{t("detail.phone")}</dt>
                <dd className="font-mono">{p.phone}</dd>
                <dt className="text-muted-foreground">{t("detail.issuedAt")}</dt>
                <dd>{format.dateTime(p.queryNumberIssuedAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                <dt className="text-muted-foreground">{t("detail.status")}</dt>
                <dd>
                  <Badge variant={p.revokedAt ? "neutral" : "success"}>
                    {p.revokedAt ? t("detail.revoked") : t("detail.active")}
                  </Badge>
                </dd>
              </dl>
              {p.revokedAt ? null : (
                <div className="flex flex-wrap gap-2">
                  <Button
                    variant="outline"
                    size="sm"
                    aria-label={t("detail.reissueNamed", { idNumber: p.idNumber })}
                    disabled={reissue.isPending}
                    onClick={() => {
                      if (!window.confirm(t("detail.reissueConfirm"))) return;
                      reissue.mutate(
                        { personId: p.id },
                        {
                          onSuccess: (result) => {
                            setSlip({
                              caseTitle,
                              unitName,
                              queryNumber: result.queryNumber,
                              idNumber: p.idNumber,
                              phone: p.phone,
                            });
                            router.refresh();
                          },
                        },
                      );
                    }}
                  >
                    {t("detail.reissue")}
                  </Button>
                  <Button
                    variant="destructive"
                    size="sm"
                    aria-label={t("detail.revokeNamed", { idNumber: p.idNumber })}
                    disabled={revoke.isPending}
                    onClick={() => {
                      if (window.confirm(t("detail.revokeConfirm"))) revoke.mutate({ personId: p.id });
                    }}
                  >
                    {t("detail.revoke")}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <form
        noValidate
        aria-labelledby="add-person-title"
        className="flex flex-col gap-4 border-t border-border pt-4"
        onSubmit={(e) => {
          e.preventDefault();
          setSlip(null);
          add.mutate({
            caseId,
            idNumber: idNumber.trim(),
            phone: phone.trim(),
            relation,
            familyRelation: relation === "family" ? familyRelation.trim() : undefined,
          });
        }}
      >
        <h3 id="add-person-title" className="text-lg font-semibold">
          {t("detail.addPersonTitle")}
        </h3>
        {add.error && !hasFieldErrors ? <Alert variant="destructive">{add.error.message}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id="person-id-number"
            name="idNumber"
            label={t("detail.idNumber")}
            autoComplete="off"
            maxLength={18}
            required
            value={idNumber}
            onChange={(e) => setIdNumber(e.target.value)}
            error={errors.idNumber}
          />
          <FormField
            id="person-phone"
            name="phone"
            type="tel"
            inputMode="numeric"
            label={t("detail.phone")}
            autoComplete="off"
            maxLength={11}
            required
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            error={errors.phone}
          />
          <Field id="person-relation" label={t("detail.relation")}>
            {(control) => (
              <Select
                {...control}
                name="relation"
                value={relation}
                onChange={(e) => setRelation(e.target.value as "party" | "family")}
              >
                <option value="party">{t("relations.party")}</option>
                <option value="family">{t("relations.family")}</option>
              </Select>
            )}
          </Field>
          {relation === "family" ? (
            <FormField
              id="person-family-relation"
              name="familyRelation"
              label={t("detail.familyRelation")}
              hint={t("detail.familyRelationHint")}
              maxLength={20}
              required
              value={familyRelation}
              onChange={(e) => setFamilyRelation(e.target.value)}
              error={errors.familyRelation}
            />
          ) : null}
        </div>
        <Button type="submit" className="self-start" disabled={add.isPending}>
          {add.isPending ? t("detail.adding") : t("detail.addPerson")}
        </Button>
      </form>
    </div>
  );
}
