"use server";

import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { currentUser } from "@/server/accounts/current-user";
import { isDomainError } from "@/server/errors";
import { confirmSandboxPayment } from "@/server/payments/confirm-sandbox-payment";
import { createCaller } from "@/server/routers/_app";
import { createContext } from "@/server/trpc";

const input = z.object({ orderNo: z.string().trim().min(1).max(32) });

function pagePath(orderNo: string) {
  return `/pay/sandbox/${encodeURIComponent(orderNo)}`;
}

function orderNoOf(formData: FormData): string {
  const parsed = input.safeParse({ orderNo: formData.get("orderNo") });
  if (!parsed.success) notFound();
  return parsed.data.orderNo;
}

/**
 * "确认支付": plays the provider's part, so it calls the payment service directly rather than our API.
 * A refusal (timed out, closed meanwhile) goes back to the page, which shows the order as it now is.
 */
export async function confirmSandboxPaymentAction(formData: FormData): Promise<void> {
  const orderNo = orderNoOf(formData);
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(pagePath(orderNo))}`);
  let target: string;
  try {
    target = (await confirmSandboxPayment(await getDb(), { orderNo, payerId: user.id })).returnUrl;
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === "NOT_FOUND") notFound();
    target = pagePath(orderNo);
  }
  redirect(target);
}

/** "取消支付": the payer's own request, through the `payments.cancel` procedure like any client's. */
export async function cancelPaymentAction(formData: FormData): Promise<void> {
  const orderNo = orderNoOf(formData);
  const caller = createCaller(
    createContext({ db: await getDb(), user: await currentUser(), headers: new Headers(await headers()) }),
  );
  let target: string;
  try {
    target = (await caller.payments.cancel({ orderNo })).returnUrl;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED") redirect(`/login?next=${encodeURIComponent(pagePath(orderNo))}`);
    if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
    target = pagePath(orderNo);
  }
  redirect(target);
}
