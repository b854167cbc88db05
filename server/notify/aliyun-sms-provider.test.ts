import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliyunSmsProvider } from "./aliyun-sms-provider";
import { SmsSendError } from "./sms-send-error";

const accessKeyId = "LTAI-test-key";
const accessKeySecret = "test-secret/with+odd=chars";

/**
 * Written from Aliyun's documentation, independently of the adapter: RFC 3986 encoding with %20 and
 * %2A, parameters sorted by name, METHOD&%2F&enc(query), HMAC-SHA1 keyed with secret + "&", Base64.
 */
function expectedSignature(method: string, params: URLSearchParams): string {
  const enc = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const query = [...params.entries()]
    .filter(([k]) => k !== "Signature")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .join("&");
  return createHmac("sha1", `${accessKeySecret}&`)
    .update(`${method}&%2F&${enc(query)}`)
    .digest("base64");
}

type Received = { params: URLSearchParams; url: string };
const received: Received[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => {
      const params = new URLSearchParams(body);
      received.push({ params, url: req.url ?? "" });
      const reply = (status: number, json: Record<string, string>) => {
        res.writeHead(status, { "content-type": "application/json;charset=utf-8" });
        res.end(JSON.stringify(json));
      };
      const requestId = "F655A8D5-B967-440B-8683-DAD6FF8DE990";
      if (
        params.get("Signature") !== expectedSignature(req.method ?? "", params) ||
        params.get("AccessKeyId") !== accessKeyId
      ) {
        return reply(400, {
          RequestId: requestId,
          HostId: "dysmsapi.aliyuncs.com",
          Code: "SignatureDoesNotMatch",
          Message: "Specified signature does not match our calculation.",
          Recommend: "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch",
        });
      }
      const phone = params.get("PhoneNumbers");
      if (phone === "13900000002") {
        return reply(200, {
          RequestId: requestId,
          Code: "isv.BUSINESS_LIMIT_CONTROL",
          Message: "触发小时级流控Permits:5",
        });
      }
      if (phone === "13900000003") {
        return reply(200, { RequestId: requestId, Code: "isv.MOBILE_NUMBER_ILLEGAL", Message: "非法手机号" });
      }
      return reply(200, { RequestId: requestId, Code: "OK", Message: "OK", BizId: "900619746936498440^0" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function provider(overrides: Partial<Parameters<typeof aliyunSmsProvider>[0]> = {}) {
  return aliyunSmsProvider({
    accessKeyId,
    accessKeySecret,
    signName: "河南警民通",
    endpoint,
    regionId: "cn-hangzhou",
    templateCodes: { sign_in_code: "SMS_465000001" },
    ...overrides,
  });
}

async function sendError(promise: Promise<unknown>): Promise<SmsSendError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SmsSendError);
  return error as SmsSendError;
}

describe("Aliyun SMS adapter", () => {
  it("sends a correctly signed SendSms request and returns Aliyun's BizId", async () => {
    const result = await provider().send("13900000001", "(body)", "sign_in_code", { code: "482913" });
    expect(result).toEqual({ status: "sent", providerMessageId: "900619746936498440^0" });

    const { params, url } = received.at(-1) as Received;
    expect(url).toBe("/");
    expect(Object.fromEntries(params)).toMatchObject({
      Action: "SendSms",
      Version: "2017-05-25",
      Format: "JSON",
      RegionId: "cn-hangzhou",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      PhoneNumbers: "13900000001",
      SignName: "河南警民通",
      TemplateCode: "SMS_465000001",
      TemplateParam: '{"code":"482913"}',
    });
    expect(params.get("Timestamp")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(params.get("SignatureNonce")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("uses a fresh nonce for every request, so Aliyun never rejects a resend as a replay", async () => {
    await provider().send("13900000001", "", "sign_in_code", { code: "1" });
    await provider().send("13900000001", "", "sign_in_code", { code: "1" });
    const [a, b] = received.slice(-2).map((r) => r.params.get("SignatureNonce"));
    expect(a).not.toBe(b);
  });

  it("reports flow control as worth retrying later", async () => {
    const error = await sendError(provider().send("13900000002", "", "sign_in_code", { code: "1" }));
    expect(error.retryable).toBe(true);
    expect(error.providerCode).toBe("isv.BUSINESS_LIMIT_CONTROL");
  });

  it("gives up at once on a number Aliyun calls illegal", async () => {
    const error = await sendError(provider().send("13900000003", "", "sign_in_code", { code: "1" }));
    expect(error.retryable).toBe(false);
    expect(error.providerCode).toBe("isv.MOBILE_NUMBER_ILLEGAL");
  });

  it("surfaces Aliyun's signature refusal when the secret is wrong", async () => {
    const error = await sendError(
      provider({ accessKeySecret: "wrong" }).send("13900000001", "", "sign_in_code", { code: "1" }),
    );
    expect(error.providerCode).toBe("SignatureDoesNotMatch");
    expect(error.message).toContain("F655A8D5");
  });

  it("refuses a template that has no approved Aliyun code", async () => {
    const before = received.length;
    const error = await sendError(provider().send("13900000001", "", "register_code", { code: "1" }));
    expect(error.retryable).toBe(false);
    expect(error.message).toContain("ALIYUN_SMS_TEMPLATE_CODES");
    expect(received.length).toBe(before);
  });

  it("treats an unreachable endpoint as temporary", async () => {
    const error = await sendError(
      provider({ endpoint: "http://127.0.0.1:1/" }).send("13900000001", "", "sign_in_code", { code: "1" }),
    );
    expect(error.retryable).toBe(true);
  });
});
