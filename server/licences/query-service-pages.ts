/**
 * 查询 services answered on pages of their own, with the page and who may open it: "anyone" checks need no
 * account (an employer checking a certificate), "citizen" pages show the signed-in citizen's own data.
 */
const pages = {
  /** 电子证照亮证 */
  ZH022: { path: "/me/licences/show", audience: "citizen" },
  /** 无犯罪记录证明核验: the certificate's code is checked like every issued document's */
  ZA030: { path: "/verify", audience: "anyone" },
  /** 出入境证件真伪核验 */
  CR029: { path: "/verify/travel-document", audience: "anyone" },
} as const satisfies Record<string, { path: string; audience: "anyone" | "citizen" }>;

export type QueryServicePage = { code: keyof typeof pages; path: string; audience: "anyone" | "citizen" };

export function queryServicePage(serviceCode: string): QueryServicePage | undefined {
  if (!Object.hasOwn(pages, serviceCode)) return undefined;
  const code = serviceCode as keyof typeof pages;
  return { code, ...pages[code] };
}
