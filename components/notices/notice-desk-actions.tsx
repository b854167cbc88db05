"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextReplyForm } from "@/components/forms/text-reply-form";
import { trpcFieldErrors } from "@/components/forms/trpc-field-errors";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { NoticeState } from "@/db/schema/notice-vocabulary";

/**
 * What the desk can do with the notice now: send a draft for approval; approve or return one awaiting it (the
 * server decides who may); withdraw a published one with a reason; archive an expired one.
 */
export function NoticeDeskActions({
  noticeId,
  state,
  canApprove,
}: {
  noticeId: string;
  state: NoticeState;
  canApprove: boolean;
}) {
  const t = useTranslations("notices.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const after = (what: string) => ({
    onSuccess: () => {
      setDone(what);
      router.refresh();
    },
  });
  const submit = useMutation(trpc.notices.submit.mutationOptions(after("submitted")));
  const approve = useMutation(trpc.notices.approve.mutationOptions(after("approved")));
  const sendBack = useMutation(trpc.notices.return.mutationOptions(after("returned")));
  const withdraw = useMutation(trpc.notices.withdraw.mutationOptions(after("withdrawn")));
  const archive = useMutation(trpc.notices.archive.mutationOptions(after("archived")));
  const all = [submit, approve, sendBack, withdraw, archive];
  const failed = all.find((m) => m.error && !trpcFieldErrors(m.error).reason);
  const start = () => {
    setDone(null);
    for (const m of all) m.reset();
  };

  return (
    <section aria-labelledby="notice-actions" className="flex flex-col gap-4">
      <h2 id="notice-actions" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {done ? <Alert variant="success">{t(`done.${done}`)}</Alert> : null}
      {failed?.error ? <Alert variant="destructive">{failed.error.message}</Alert> : null}
      {state === "draft" ? (
        <Button
          type="button"
          className="self-stretch sm:self-start"
          disabled={submit.isPending}
          onClick={() => {
            start();
            submit.mutate({ id: noticeId });
          }}
        >
          {t("submit")}
        </Button>
      ) : null}
      {state === "pending_approval" && canApprove ? (
        <>
          <Button
            type="button"
            className="self-stretch sm:self-start"
            disabled={approve.isPending}
            onClick={() => {
              start();
              approve.mutate({ id: noticeId });
            }}
          >
            {t("approve")}
          </Button>
          <TextReplyForm
            id="return-reason"
            label={t("returnReason")}
            submit={t("return")}
            pending={sendBack.isPending}
            error={trpcFieldErrors(sendBack.error).reason}
            rows={3}
            maxLength={500}
            variant="secondary"
            onSubmit={(reason) => {
              start();
              sendBack.mutate({ id: noticeId, reason });
            }}
          />
        </>
      ) : null}
      {state === "pending_approval" && !canApprove ? <p className="text-muted-foreground">{t("awaiting")}</p> : null}
      {state === "published" ? (
        <TextReplyForm
          id="withdraw-reason"
          label={t("withdrawReason")}
          submit={t("withdraw")}
          pending={withdraw.isPending}
          error={trpcFieldErrors(withdraw.error).reason}
          rows={3}
          maxLength={500}
          variant="secondary"
          onSubmit={(reason) => {
            start();
            withdraw.mutate({ id: noticeId, reason });
          }}
        />
      ) : null}
      {state === "expired" ? (
        <Button
          type="button"
          variant="secondary"
          className="self-stretch sm:self-start"
          disabled={archive.isPending}
          onClick={() => {
            start();
            archive.mutate({ id: noticeId });
          }}
        >
          {t("archive")}
        </Button>
      ) : null}
    </section>
  );
}

/** The unit's answer to one objection: texted to the citizen and shown in their 我的异议. */
export function AnswerObjectionForm({ objectionId }: { objectionId: string }) {
  const t = useTranslations("notices.actions");
  const trpc = useTRPC();
  const router = useRouter();
  const answer = useMutation(trpc.notices.answerObjection.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = trpcFieldErrors(answer.error);
  return (
    <TextReplyForm
      id={`answer-${objectionId}`}
      name="answer"
      label={t("answer")}
      submit={t("sendAnswer")}
      pending={answer.isPending}
      error={errors.answer}
      onSubmit={(text) => answer.mutate({ id: objectionId, answer: text })}
    >
      {answer.error && !errors.answer ? <Alert variant="destructive">{answer.error.message}</Alert> : null}
    </TextReplyForm>
  );
}
