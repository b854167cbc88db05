import { publicBaseUrl } from "@/server/env";

/** What the QR code on a printed document encodes: the public page that checks it. */
export function verifyUrl(code: string, baseUrl: string = publicBaseUrl()): string {
  return `${baseUrl.replace(/\/+$/, "")}/verify/${encodeURIComponent(code)}`;
}
