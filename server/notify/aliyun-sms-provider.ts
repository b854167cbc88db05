import { randomUUID } from "node:crypto";
import { aliyunCanonicalQuery, aliyunPercentEncode, aliyunRpcSignature } from "./aliyun-rpc-signature";
import type { SmsProvider } from "./sms-provider";
import { SmsSendError } from "./sms-send-error";
import type { SmsTemplate } from "./templates";

export type AliyunSmsConfig = {
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved signature, e.g. 河南警民通 (the carrier adds the 【】). */
  signName: string;
  endpoint: string;
  regionId: string;
  /** Our template name → the code of the matching template approved at Aliyun. */
  templateCodes: Partial<Record<SmsTemplate | (string & {}), string>>;
  timeoutMs?: number;
};

type SendSmsResponse = { Code?: string; Message?: string; RequestId?: string; BizId?: string };

/**
 * Codes that name a problem with this message or its template: sending it again cannot succeed. Every
 * other failure (flow control, arrears, a bad key during a rotation, network) is retried with backoff.
 */
const permanentCodes = new Set([
  "isv.MOBILE_NUMBER_ILLEGAL",
  "isv.MOBILE_COUNT_OVER_LIMIT",
  "isv.TEMPLATE_MISSING_PARAMETERS",
  "isv.TEMPLATE_PARAMS_ILLEGAL",
  "isv.SMS_TEMPLATE_ILLEGAL",
  "isv.SMS_SIGNATURE_ILLEGAL",
  "isv.SMS_SIGN_ILLEGAL",
  "isv.INVALID_PARAMETERS",
  "isv.INVALID_JSON_PARAM",
  "isv.PARAM_LENGTH_LIMIT",
  "isv.PARAM_NOT_SUPPORT_URL",
  "isv.BLACK_KEY_CONTROL_LIMIT",
  "isv.EXTEND_CODE_ERROR",
  "isv.DOMESTIC_NUMBER_NOT_SUPPORTED",
]);

/** Aliyun SMS (dysmsapi 2017-05-25 `SendSms`), signed RPC over HTTPS POST. */
export function aliyunSmsProvider(config: AliyunSmsConfig): SmsProvider {
  return {
    name: "aliyun",
    async send(phone, _body, template, params) {
      const templateCode = config.templateCodes[template];
      if (!templateCode) {
        throw new SmsSendError(`no Aliyun template code configured for "${template}" (ALIYUN_SMS_TEMPLATE_CODES)`, {
          retryable: false,
        });
      }
      const request: Record<string, string> = {
        AccessKeyId: config.accessKeyId,
        Action: "SendSms",
        Format: "JSON",
        RegionId: config.regionId,
        SignatureMethod: "HMAC-SHA1",
        SignatureNonce: randomUUID(),
        SignatureVersion: "1.0",
        Timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
        Version: "2017-05-25",
        PhoneNumbers: phone,
        SignName: config.signName,
        TemplateCode: templateCode,
        TemplateParam: JSON.stringify(params),
      };
      const signature = aliyunRpcSignature("POST", request, config.accessKeySecret);
      // The phone travels in the body, not the URL, so proxies and access logs never record it.
      const form = `Signature=${aliyunPercentEncode(signature)}&${aliyunCanonicalQuery(request)}`;

      let response: Response;
      try {
        response = await fetch(config.endpoint, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8", accept: "application/json" },
          body: form,
          signal: AbortSignal.timeout(config.timeoutMs ?? 10_000),
        });
      } catch (error) {
        throw new SmsSendError(`Aliyun SMS unreachable: ${error instanceof Error ? error.message : String(error)}`, {
          retryable: true,
        });
      }
      let payload: SendSmsResponse;
      try {
        payload = (await response.json()) as SendSmsResponse;
      } catch {
        throw new SmsSendError(`Aliyun SMS answered HTTP ${response.status} without JSON`, { retryable: true });
      }
      if (response.ok && payload.Code === "OK") {
        return { status: "sent", providerMessageId: payload.BizId ?? null };
      }
      const code = payload.Code ?? `HTTP_${response.status}`;
      throw new SmsSendError(`Aliyun SMS ${code}: ${payload.Message ?? ""} (RequestId ${payload.RequestId ?? "-"})`, {
        retryable: !permanentCodes.has(code),
        providerCode: code,
      });
    },
  };
}
