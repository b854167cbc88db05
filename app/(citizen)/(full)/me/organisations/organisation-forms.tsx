"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";

/** Bind a company by its code and name; only the register's legal representative gets through. */
export function BindOrganisationForm() {
  const t = useTranslations("organisations.bind");
  const trpc = useTRPC();
  const router = useRouter();
  const [uscc, setUscc] = useState("");
  const [name, setName] = useState("");
  const bind = useMutation(
    trpc.organisations.bind.mutationOptions({
      onSuccess: () => {
        setUscc("");
        setName("");
        router.refresh();
      },
    }),
  );
  const fields = trpcFieldErrors(bind.error);
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      aria-labelledby="bind-organisation"
      onSubmit={(e) => {
        e.preventDefault();
        bind.mutate({ uscc, name });
      }}
    >
      <h2 id="bind-organisation" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-muted-foreground">{t("help")}</p>
      <FormField
        id="bind-uscc"
        label={t("uscc")}
        hint={t("usccHint")}
        error={fields.uscc}
        value={uscc}
        onChange={(e) => setUscc(e.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={30}
        required
      />
      <FormField
        id="bind-name"
        label={t("name")}
        hint={t("nameHint")}
        error={fields.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="organization"
        maxLength={100}
        required
      />
      {bind.isSuccess ? (
        <Alert variant="success" role="status">
          {t("done", { name: bind.data.name })}
        </Alert>
      ) : null}
      {bind.error && !Object.keys(fields).length ? <Alert variant="destructive">{bind.error.message}</Alert> : null}
      <div>
        <Button type="submit" disabled={bind.isPending}>
          {bind.isPending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

/** The legal representative names a verified person by name and ID number to act for the company. */
export function AuthoriseMemberForm({ organisationId, companyName }: { organisationId: string; companyName: string }) {
  const t = useTranslations("organisations.authorise");
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState("");
  const [idNumber, setIdNumber] = useState("");
  const [authorised, setAuthorised] = useState<string | null>(null);
  const authorise = useMutation(
    trpc.organisations.authorise.mutationOptions({
      onSuccess: () => {
        setAuthorised(name.trim());
        setName("");
        setIdNumber("");
        router.refresh();
      },
    }),
  );
  const fields = trpcFieldErrors(authorise.error);
  const prefix = `authorise-${organisationId}`;
  return (
    <form
      className="flex flex-col gap-4 rounded-md border border-border p-4"
      noValidate
      aria-label={`${t("title")}：${companyName}`}
      onSubmit={(e) => {
        e.preventDefault();
        setAuthorised(null);
        authorise.mutate({ organisationId, name, idNumber });
      }}
    >
      <h4 className="font-semibold">{t("title")}</h4>
      <p className="text-sm text-muted-foreground">{t("help")}</p>
      <FormField
        id={`${prefix}-name`}
        label={t("name")}
        error={fields.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="off"
        maxLength={40}
        required
      />
      <FormField
        id={`${prefix}-id`}
        label={t("idNumber")}
        error={fields.idNumber}
        value={idNumber}
        onChange={(e) => setIdNumber(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        maxLength={24}
        required
      />
      {authorised && authorise.isSuccess ? (
        <Alert variant="success" role="status">
          {t("done", { name: authorised })}
        </Alert>
      ) : null}
      {authorise.error && !Object.keys(fields).length ? (
        <Alert variant="destructive">{authorise.error.message}</Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={authorise.isPending}>
          {authorise.isPending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}

/** Ends a membership: the legal representative revokes a person, or a member unbinds themselves. */
export function EndMembershipButton({
  organisationId,
  memberId,
  label,
  accessibleName,
  pendingLabel,
}: {
  organisationId: string;
  memberId: string;
  label: string;
  accessibleName: string;
  pendingLabel: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const revoke = useMutation(trpc.organisations.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="flex flex-col gap-1">
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        aria-label={accessibleName}
        disabled={revoke.isPending}
        onClick={() => revoke.mutate({ organisationId, memberId })}
      >
        {revoke.isPending ? pendingLabel : label}
      </Button>
      {revoke.error ? (
        <p role="alert" className="text-sm text-destructive">
          {revoke.error.message}
        </p>
      ) : null}
    </div>
  );
}
