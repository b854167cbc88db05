import type { SmsProvider } from "./sms-provider";

/**
 * The embedded default: nothing leaves the machine. The message row itself is the delivery — it is
 * marked delivered and a person reads it in the dev inbox (/dev/sms).
 */
export const outboxSmsProvider: SmsProvider = {
  name: "outbox",
  async send() {
    return { status: "delivered", providerMessageId: null };
  },
};
