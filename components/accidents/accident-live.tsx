"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FileDown, ShieldCheck } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormField } from "@/components/ui/form-field";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { SelectField } from "@/components/ui/select-field";
import type { Liability } from "@/db/schema/accidents";
import { liabilitiesConsistent, partyLetters, partyLettersEn } from "@/server/accidents/accident-rules";
import { PhotoSlot } from "./photo-slot";
import { slotTitle } from "./slot-title";
import { fenToYuan } from "@/server/money/fen-to-yuan";
import { DocumentPdfLink } from "@/components/documents/document-pdf-link";

const liabilityChoices: Liability[] = ["full", "main", "equal", "secondary", "none"];
/** Within the 5 seconds the parties expect to see each other's steps. */
const pollMs = 3000;

/**
 * A party's accident page. It polls the accident's change counter every few seconds and reloads the
 * accident only when it moved, so joins, photos, signatures and the officer's decision appear by themselves.
 */
export function AccidentLive({ id, qrDataUrl }: { id: string; qrDataUrl: string | null }) {
  const t = useTranslations("accidents");
  const en = useLocale() === "en";
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accident = useQuery(trpc.accidents.get.queryOptions({ id }));
  const version = useQuery({ ...trpc.accidents.version.queryOptions({ id }), refetchInterval: pollMs });
  const a = accident.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.accidents.get.queryKey({ id }) });

  const latest = version.data?.version;
  const shown = a?.version;
  useEffect(() => {
    if (latest !== undefined && shown !== undefined && latest !== shown) {
      void queryClient.invalidateQueries({ queryKey: trpc.accidents.get.queryKey({ id }) });
    }
  }, [latest, shown, queryClient, trpc, id]);

  if (!a) return accident.error ? <Alert variant="destructive">{accident.error.message}</Alert> : null;
  const letter = (position: number) => (en ? partyLettersEn : partyLetters)[position - 1] ?? "";
  const me = a.parties.find((p) => p.id === a.myPartyId);
  const photosDone = a.slots.filter((s) => s.blobId).length;
  const complete = a.parties.length === a.partyCount && photosDone === a.slots.length;
  const settled = a.status === "agreed" || a.status === "determined";
  /** Who photographs a slot: each driver their own licences and plate, anyone the scene. */
  const takerOf = (slot: string) => {
    const position = /^p(\d)\./.exec(slot)?.[1];
    if (!position) return t("slot.byAnyone");
    const party = a.parties.find((p) => p.position === Number(position));
    if (party && party.id === a.myPartyId) return t("slot.byYou");
    return t("slot.byParty", { letter: letter(Number(position)), name: party?.name ?? "" });
  };

  return (
    <div className="flex flex-col gap-5" data-testid="accident-live" data-status={a.status}>
      <div className="flex flex-wrap items-center gap-3">
        <Badge
          variant={settled ? "success" : a.status === "retake" ? "warning" : "neutral"}
          data-testid="accident-status"
        >
          {t(`statuses.${a.status}`)}
        </Badge>
        <span className="text-sm text-muted-foreground">{t("live.updated")}</span>
      </div>

      {a.status === "awaiting_determination" ? (
        // On a roadside the one thing to know first: where things stand and to wait somewhere safe.
        <Alert variant="info" title={t("live.awaitingTitle")} data-testid="accident-waiting">
          {t("liability.waitingOfficer")}
        </Alert>
      ) : null}

      {a.status === "gathering" && a.parties.length < a.partyCount ? (
        <Card>
          <CardContent className="flex flex-col items-center gap-3 pt-5 text-center">
            <p className="text-muted-foreground">{t("live.code")}</p>
            <p className="font-mono text-4xl font-bold tracking-[0.3em]" data-testid="accident-code">
              {a.code}
            </p>
            {/* A data: URL made on the server; nothing to optimise. */}
            {qrDataUrl ? <img src={qrDataUrl} alt={t("live.qrAlt")} className="size-48" /> : null}
            <p className="text-sm text-muted-foreground">{t("live.codeHint")}</p>
          </CardContent>
        </Card>
      ) : null}

      {a.status === "retake" && a.retakeSlot ? (
        <Alert
          variant="warning"
          title={t("live.retakeTitle", { shot: slotTitle(a.retakeSlot, t as never, en) })}
          data-testid="accident-waiting"
        >
          {a.retakeNote ? <p>{t("live.retakeNote", { note: a.retakeNote })}</p> : null}
          <p>{t("liability.waitingOfficer")}</p>
        </Alert>
      ) : null}

      {settled ? (
        <Alert variant="success" title={t("live.settledTitle")} data-testid="accident-settled">
          <ul className="flex flex-col gap-1">
            {a.parties.map((p) => (
              <li key={p.id}>
                {t("position", { letter: letter(p.position) })} {p.name}：
                {p.liability ? t(`liabilities.${p.liability}`) : "—"}
              </li>
            ))}
          </ul>
          {a.decisionRule ? (
            <p className="mt-2">
              {t("live.rule")}：{a.decisionRule}
            </p>
          ) : null}
          {a.decisionNote ? (
            <p>
              {t("live.note")}：{a.decisionNote}
            </p>
          ) : null}
          {a.document ? (
            <div className="mt-3 flex flex-wrap gap-3">
              <DocumentPdfLink blobId={a.document.pdfBlobId} className={buttonVariants({ size: "sm" })}>
                <FileDown aria-hidden="true" />
                {t(`live.document.${a.document.kind as "accident_agreement"}`)}
              </DocumentPdfLink>
              <Link href={`/verify/${a.document.code}`} className={buttonVariants({ variant: "outline", size: "sm" })}>
                <ShieldCheck aria-hidden="true" />
                {t("live.verify")}
              </Link>
            </div>
          ) : null}
        </Alert>
      ) : null}

      {settled && me ? (
        <Card aria-labelledby="accident-claim">
          <CardHeader>
            <CardTitle id="accident-claim">{t("live.claimTitle")}</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-1" data-testid="accident-claim">
            <p>{me.insurer[en ? "nameEn" : "name"]}</p>
            {me.assessedLossFen !== null ? (
              <p>{t("live.assessed", { amount: fenToYuan(me.assessedLossFen) })}</p>
            ) : (
              <p>{t("live.notAssessed")}</p>
            )}
            {me.paidFen !== null ? (
              <p className="font-medium">{t("live.paid", { amount: fenToYuan(me.paidFen) })}</p>
            ) : null}
          </CardContent>
        </Card>
      ) : null}

      <Card aria-labelledby="accident-parties">
        <CardHeader>
          <CardTitle id="accident-parties">
            {t("live.parties", { joined: a.parties.length, total: a.partyCount })}
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="flex flex-col gap-3" data-testid="accident-parties">
            {a.parties.map((p) => (
              <li key={p.id} className="rounded-md border border-border p-3">
                <p className="font-semibold">
                  {t("position", { letter: letter(p.position) })} {p.name}
                  {p.id === a.myPartyId ? t("live.you") : ""}
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
                  {a.status === "agreeing" ? (
                    <>
                      <dt className="text-muted-foreground">{t("live.claimed")}</dt>
                      <dd>
                        {p.claimedLiability ? t(`liabilities.${p.claimedLiability}`) : "—"} ·{" "}
                        {p.signed ? t("live.signed") : t("live.unsigned")}
                      </dd>
                    </>
                  ) : null}
                </dl>
              </li>
            ))}
            {Array.from({ length: a.partyCount - a.parties.length }, (_, i) => (
              <li
                key={`waiting-${i}`}
                className="rounded-md border border-dashed border-border p-3 text-muted-foreground"
              >
                {t("live.waitingParty", { letter: letter(a.parties.length + i + 1) })}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>

      <Card aria-labelledby="accident-photos">
        <CardHeader>
          <CardTitle id="accident-photos">{t("live.photos", { done: photosDone, total: a.slots.length })}</CardTitle>
          <p className="text-muted-foreground">{t("live.photosLead")}</p>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-3 sm:grid-cols-2">
            {a.slots.map((s) => (
              <PhotoSlot
                key={s.slot}
                accidentId={a.id}
                slot={s.slot}
                takenBy={takerOf(s.slot)}
                blobId={s.blobId}
                en={en}
                open={a.status === "gathering" || (a.status === "retake" && a.retakeSlot === s.slot)}
                onUploaded={() => void refresh()}
              />
            ))}
          </ul>
        </CardContent>
      </Card>

      {!settled ? (
        <LiabilityPanel
          id={a.id}
          status={a.status}
          complete={complete}
          mine={me ? { claimed: me.claimedLiability, signed: me.signed, statement: me.statement } : null}
          claims={a.parties.map((p) => p.claimedLiability)}
          onChanged={() => void refresh()}
        />
      ) : null}
    </div>
  );
}

function LiabilityPanel(p: {
  id: string;
  status: string;
  complete: boolean;
  mine: { claimed: Liability | null; signed: boolean; statement: string | null } | null;
  claims: (Liability | null)[];
  onChanged: () => void;
}) {
  const t = useTranslations("accidents");
  const trpc = useTRPC();
  const [choice, setChoice] = useState<Liability | "">(p.mine?.claimed ?? "");
  const [statement, setStatement] = useState(p.mine?.statement ?? "");
  const [code, setCode] = useState("");
  const [codeSent, setCodeSent] = useState(false);
  const done = { onSuccess: p.onChanged };
  const claim = useMutation(trpc.accidents.claimLiability.mutationOptions(done));
  const sendCode = useMutation(trpc.accidents.requestSignCode.mutationOptions({ onSuccess: () => setCodeSent(true) }));
  const sign = useMutation(trpc.accidents.sign.mutationOptions(done));
  const ask = useMutation(trpc.accidents.askDetermination.mutationOptions(done));
  const error = claim.error ?? sendCode.error ?? sign.error ?? ask.error;
  const allClaimed = p.claims.every((c) => c !== null);
  const consistent = allClaimed && liabilitiesConsistent(p.claims.filter((c) => c !== null));

  return (
    <Card aria-labelledby="accident-liability">
      <CardHeader>
        <CardTitle id="accident-liability">{t("liability.title")}</CardTitle>
        <p className="text-muted-foreground">{t("liability.lead")}</p>
      </CardHeader>
      <CardContent className="flex flex-col gap-4" data-testid="accident-liability">
        {error ? <Alert variant="destructive">{error.message}</Alert> : null}
        {p.status === "awaiting_determination" || p.status === "retake" ? (
          <p className="text-muted-foreground">{t("liability.askedOfficer")}</p>
        ) : !p.complete ? (
          <p className="text-muted-foreground">{t("liability.incomplete")}</p>
        ) : (
          <>
            <form
              className="flex flex-col gap-3"
              onSubmit={(e) => {
                e.preventDefault();
                if (choice) claim.mutate({ id: p.id, liability: choice, statement });
              }}
            >
              <SelectField
                id="my-liability"
                label={t("liability.mine")}
                value={choice}
                onChange={(e) => setChoice(e.target.value as Liability)}
                emptyOption="—"
                options={liabilityChoices.map((l) => ({ value: l, label: t(`claimedOptions.${l}`) }))}
              />
              <Field id="my-statement" label={t("liability.statement")} hint={t("liability.statementHint")}>
                {(control) => (
                  <Textarea
                    {...control}
                    rows={3}
                    maxLength={500}
                    value={statement}
                    onChange={(e) => setStatement(e.target.value)}
                  />
                )}
              </Field>
              <Button type="submit" variant="secondary" disabled={!choice || claim.isPending}>
                {t("liability.save")}
              </Button>
            </form>

            {p.status === "agreeing" && allClaimed && !consistent ? (
              <Alert variant="warning">{t("liability.inconsistent")}</Alert>
            ) : null}
            {p.status === "agreeing" && !allClaimed && p.mine?.claimed ? (
              <p role="status">{t("liability.waiting")}</p>
            ) : null}
            {p.status === "agreeing" && consistent && p.mine?.signed ? (
              <p role="status">{t("liability.signedWait")}</p>
            ) : null}
            {p.status === "agreeing" && consistent && !p.mine?.signed ? (
              <form
                className="flex flex-col gap-3"
                onSubmit={(e) => {
                  e.preventDefault();
                  sign.mutate({ id: p.id, code });
                }}
              >
                <Button
                  type="button"
                  variant="outline"
                  disabled={sendCode.isPending}
                  onClick={() => sendCode.mutate({ id: p.id })}
                >
                  {t("liability.sendCode")}
                </Button>
                {codeSent ? <p role="status">{t("liability.codeSent")}</p> : null}
                <FormField
                  id="sign-code"
                  label={t("liability.code")}
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={6}
                  value={code}
                  onChange={(e) => setCode(e.target.value.replace(/\D/g, ""))}
                />
                <Button type="submit" disabled={code.length !== 6 || sign.isPending}>
                  {t("liability.sign")}
                </Button>
              </form>
            ) : null}

            <div className="flex flex-col gap-2 border-t border-border pt-4">
              <p className="text-sm text-muted-foreground">{t("liability.askOfficerHint")}</p>
              <Button
                type="button"
                variant="outline"
                disabled={ask.isPending}
                onClick={() => ask.mutate({ id: p.id, statement })}
              >
                {t("liability.askOfficer")}
              </Button>
            </div>
          </>
        )}
      </CardContent>
    </Card>
  );
}
