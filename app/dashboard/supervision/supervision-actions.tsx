"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

/** Reassign an overdue item to a named officer, or escalate it to the unit above. */
export function SupervisionActions({
  item,
}: {
  item: { id: string; number: string | null; candidates: { id: string; name: string }[] };
}) {
  const t = useTranslations("supervision.actions");
  const trpc = useTRPC();
  const router = useRouter();
  // No officer is preselected: one click must never hand an item to someone the supervisor did not choose.
  const [officerId, setOfficerId] = useState("");
  const [comment, setComment] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const reassign = useMutation(
    trpc.supervision.reassign.mutationOptions({
      onSuccess: () => {
        setDone(t("reassigned", { name: item.candidates.find((c) => c.id === officerId)?.name ?? "" }));
        router.refresh();
      },
    }),
  );
  const escalate = useMutation(
    trpc.supervision.escalate.mutationOptions({
      onSuccess: (r) => {
        setDone(t("escalated", { unit: r.escalatedTo.name }));
        setComment("");
        router.refresh();
      },
    }),
  );
  const error = reassign.error ?? escalate.error;
  const label = item.number ?? item.id;
  return (
    <div className="flex min-w-60 flex-col gap-3">
      {done ? <Alert variant="success">{done}</Alert> : null}
      {error ? <Alert variant="destructive">{error.message}</Alert> : null}
      <form
        className="flex flex-col gap-2"
        aria-label={t("reassignOf", { number: label })}
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          escalate.reset();
          reassign.mutate({ applicationId: item.id, officerId });
        }}
      >
        <Label htmlFor={`reassign-${item.id}`}>{t("officer")}</Label>
        <Select id={`reassign-${item.id}`} value={officerId} onChange={(e) => setOfficerId(e.target.value)} required>
          <option value="">{t("chooseOfficer")}</option>
          {item.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
        <Button type="submit" size="sm" disabled={!officerId || reassign.isPending}>
          {t("reassign")}
        </Button>
      </form>
      <form
        className="flex flex-col gap-2"
        aria-label={t("escalateOf", { number: label })}
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          reassign.reset();
          escalate.mutate({ applicationId: item.id, comment });
        }}
      >
        <Label htmlFor={`escalate-${item.id}`}>{t("comment")}</Label>
        <Input
          id={`escalate-${item.id}`}
          value={comment}
          maxLength={500}
          onChange={(e) => setComment(e.target.value)}
        />
        <Button type="submit" size="sm" variant="secondary" disabled={escalate.isPending}>
          {t("escalate")}
        </Button>
      </form>
    </div>
  );
}
