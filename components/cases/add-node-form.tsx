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
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { SelectField } from "@/components/ui/select-field";
import { type CaseNodeKind, type CoerciveMeasure, caseNodeKinds, coerciveMeasures } from "@/db/schema/case-vocabulary";

/** Records a progress step; the server texts every active query person that there is news. */
export function AddNodeForm({ caseId, today }: { caseId: string; today: string }) {
  const t = useTranslations("cases");
  const trpc = useTRPC();
  const router = useRouter();
  const [kind, setKind] = useState<CaseNodeKind>("accepted");
  const [measure, setMeasure] = useState<CoerciveMeasure | "">("");
  const [occurredOn, setOccurredOn] = useState(today);
  const [remark, setRemark] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const add = useMutation(
    trpc.cases.addNode.mutationOptions({
      onSuccess: (result) => {
        setDone(t("detail.nodeAdded", { count: result.notified }));
        setRemark("");
        router.refresh();
      },
    }),
  );
  const errors = trpcFieldErrors(add.error);
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form
      noValidate
      aria-labelledby="add-node-title"
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        add.mutate({
          caseId,
          kind,
          measure: kind === "coercive_measure" && measure ? measure : null,
          occurredOn,
          remark: remark.trim(),
        });
      }}
    >
      <h3 id="add-node-title" className="text-lg font-semibold">
        {t("detail.addNodeTitle")}
      </h3>
      {done ? <Alert variant="success">{done}</Alert> : null}
      {add.error && !hasFieldErrors ? <Alert variant="destructive">{add.error.message}</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="node-kind"
          label={t("detail.kind")}
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as CaseNodeKind)}
          options={caseNodeKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        {kind === "coercive_measure" ? (
          <Field id="node-measure" label={t("detail.measure")} error={errors.measure}>
            {(control) => (
              <Select
                {...control}
                name="measure"
                required
                value={measure}
                onChange={(e) => setMeasure(e.target.value as CoerciveMeasure | "")}
              >
                <option value="">{t("desk.choose")}</option>
                {coerciveMeasures.map((m) => (
                  <option key={m} value={m}>
                    {t(`measures.${m}`)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        ) : null}
        <FormField
          id="node-date"
          name="occurredOn"
          type="date"
          label={t("detail.occurredOn")}
          max={today}
          required
          value={occurredOn}
          onChange={(e) => setOccurredOn(e.target.value)}
          error={errors.occurredOn}
        />
      </div>
      <Field id="node-remark" label={t("detail.remark")} hint={t("detail.remarkHint")}>
        {(control) => (
          <Textarea
            {...control}
            name="remark"
            rows={3}
            maxLength={200}
            value={remark}
            onChange={(e) => setRemark(e.target.value)}
          />
        )}
      </Field>
      <Button type="submit" className="self-start" disabled={add.isPending}>
        {add.isPending ? t("detail.addingNode") : t("detail.addNode")}
      </Button>
    </form>
  );
}
