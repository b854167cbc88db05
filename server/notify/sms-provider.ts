import { env } from "@/server/env";
import { aliyunSmsProvider } from "./aliyun-sms-provider";
import { outboxSmsProvider } from "./outbox-sms-provider";
import type { SmsTemplate } from "./templates";

export type SmsSendResult = {
  /** `delivered` when the provider confirms delivery on the spot; `sent` when it only accepted the message. */
  status: "sent" | "delivered";
  providerMessageId: string | null;
};

/** Where queued messages go. `body` is the rendered text; template providers send `template` + `params` instead. */
export interface SmsProvider {
  readonly name: string;
  send(phone: string, body: string, template: SmsTemplate, params: Record<string, string>): Promise<SmsSendResult>;
}

/** The provider SMS_PROVIDER names; the embedded outbox when unset. */
export function smsProvider(): SmsProvider {
  const e = env();
  if (e.SMS_PROVIDER === "outbox") return outboxSmsProvider;
  if (!e.ALIYUN_SMS_ACCESS_KEY_ID || !e.ALIYUN_SMS_ACCESS_KEY_SECRET || !e.ALIYUN_SMS_SIGN_NAME) {
    throw new Error(
      "SMS_PROVIDER=aliyun needs ALIYUN_SMS_ACCESS_KEY_ID, ALIYUN_SMS_ACCESS_KEY_SECRET and ALIYUN_SMS_SIGN_NAME",
    );
  }
  return aliyunSmsProvider({
    accessKeyId: e.ALIYUN_SMS_ACCESS_KEY_ID,
    accessKeySecret: e.ALIYUN_SMS_ACCESS_KEY_SECRET,
    signName: e.ALIYUN_SMS_SIGN_NAME,
    endpoint: e.ALIYUN_SMS_ENDPOINT,
    regionId: e.ALIYUN_SMS_REGION,
    templateCodes: e.ALIYUN_SMS_TEMPLATE_CODES,
  });
}
