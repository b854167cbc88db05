import "server-only";
import { getDb } from "@/db/client";
import { isDomainError } from "@/server/errors";
import { logError, logInfo } from "@/server/log";
import { handlePaymentNotification } from "@/server/payments/handle-payment-notification";
import { paymentProviderNamed } from "@/server/payments/payment-provider";

/** Alipay's convention: the body is exactly "success", or the provider delivers the notification again. */
function reply(body: "success" | "failure", status: number) {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * A provider's asynchronous notification (form-encoded POST). Only the signature makes it trustworthy,
 * so nothing about the caller is checked; a refused one is logged and answered "failure".
 */
export async function POST(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const { provider: name } = await params;
  const provider = paymentProviderNamed(name);
  if (!provider) return reply("failure", 404);
  let fields: Record<string, string>;
  try {
    const form = await request.formData();
    fields = {};
    for (const [key, value] of form) if (typeof value === "string") fields[key] = value;
  } catch {
    return reply("failure", 400);
  }
  try {
    await handlePaymentNotification(await getDb(), fields, provider);
    return reply("success", 200);
  } catch (error) {
    if (isDomainError(error)) {
      logInfo("payment notification refused", { provider: name, code: error.code });
      return reply("failure", 400);
    }
    logError("payment notification failed", error, { provider: name });
    return reply("failure", 500);
  }
}
