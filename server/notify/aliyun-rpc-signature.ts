import { createHmac } from "node:crypto";

/**
 * Aliyun's RPC percent-encoding: RFC 3986 unreserved characters stay, everything else is %XX of its
 * UTF-8 bytes in upper case — so space is %20 (never +), `*` is %2A and `~` stays.
 */
export function aliyunPercentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The sorted, encoded `k=v&…` string the signature covers (every parameter except Signature). */
export function aliyunCanonicalQuery(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== "Signature")
    .sort()
    .map((k) => `${aliyunPercentEncode(k)}=${aliyunPercentEncode(params[k] as string)}`)
    .join("&");
}

/**
 * Signature version 1.0 of Aliyun's RPC APIs (SMS among them):
 * Base64(HMAC-SHA1(secret + "&", METHOD + "&" + enc("/") + "&" + enc(canonical query))).
 */
export function aliyunRpcSignature(
  method: "GET" | "POST",
  params: Record<string, string>,
  accessKeySecret: string,
): string {
  const stringToSign = `${method}&${aliyunPercentEncode("/")}&${aliyunPercentEncode(aliyunCanonicalQuery(params))}`;
  return createHmac("sha1", `${accessKeySecret}&`).update(stringToSign, "utf8").digest("base64");
}
