import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { TRPCProvider } from "@/components/trpc/client";
import type { AppRouter } from "@/server/routers/_app";
import { householdForms } from "@/server/household/household-forms";
import { messages } from "@/server/i18n/messages";
import type { CountyStations } from "@/server/orgs/list-stations";
import { ApplicationFormFields } from "./application-form-fields";

const jinshui: CountyStations = {
  id: 40,
  code: "410105",
  name: "金水区公安分局",
  nameEn: "Jinshui Branch, Zhengzhou Public Security Bureau",
  cityName: "郑州市公安局",
  cityNameEn: "Zhengzhou Public Security Bureau",
  stations: [
    {
      id: 41,
      code: "41010501",
      name: "花园路派出所",
      nameEn: "Huayuan Road Police Station",
      address: "河南省郑州市金水区花园路62号",
    },
    {
      id: 43,
      code: "41010503",
      name: "文化路派出所",
      nameEn: "Wenhua Road Police Station",
      address: "河南省郑州市金水区文化路76号",
    },
  ],
};

/** Server-rendered markup, with the station list already in the query cache (no request is ever made). */
function render(
  code: string,
  values: Record<string, unknown>,
  errors: Record<string, string> = {},
  locale: "zh-CN" | "en" = "zh-CN",
) {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: "http://127.0.0.1:9/api/trpc", transformer: superjson })],
  });
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.org.stations.queryKey(), [jinshui]);
  return renderToStaticMarkup(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <NextIntlClientProvider
          locale={locale}
          messages={{ applicationForm: messages[locale].applicationForm }}
          timeZone="Asia/Shanghai"
        >
          <ApplicationFormFields
            schema={householdForms[code]!}
            values={values}
            onChange={() => {}}
            errors={errors}
            locale={locale}
          />
        </NextIntlClientProvider>
      </TRPCProvider>
    </QueryClientProvider>,
  );
}

function element(html: string, id: string): string {
  const match = new RegExp(`<(input|select|textarea)[^>]*id="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`no control with id ${id}`);
  return match[0];
}

const idOf = (html: string, key: string) => /id="([^"]+)"/.exec(element(html, `[^"]*-${key}`))![1]!;

describe("ApplicationFormFields", () => {
  it("labels every control and ties hints and errors to it", () => {
    const html = render(
      "HZ001",
      {},
      { birthDate: "日期不能晚于今天。", father: "此人在户籍登记中的性别与本项不符，请核对是否填反。" },
    );
    for (const key of [
      "childName",
      "birthDate",
      "birthPlace",
      "birthCertificateNumber",
      "lateReason",
      "father-id",
      "father-name",
    ]) {
      expect(html, key).toContain(`for="${idOf(html, key)}"`);
    }
    const date = element(html, idOf(html, "birthDate"));
    expect(date).toContain('aria-invalid="true"');
    expect(date).toContain(`aria-describedby="${idOf(html, "birthDate")}-error"`);
    expect(html).toContain("日期不能晚于今天。");
    const fatherId = element(html, idOf(html, "father-id"));
    expect(fatherId).toContain('aria-invalid="true"');
    expect(fatherId).toMatch(/aria-describedby="[^"]*-father-hint [^"]*-father-error"/);
    expect(element(html, idOf(html, "childName"))).not.toContain('aria-invalid="');
    expect(html).toContain('role="radiogroup"');
  });

  it("shows conditional fields only when their condition holds", () => {
    const unregistered = render("HZ002", { adopteeRegistered: "no" });
    expect(unregistered).toContain("被收养人姓名");
    expect(unregistered).not.toContain("收养后使用的姓名");
    const registered = render("HZ002", { adopteeRegistered: "yes" });
    expect(registered).toContain("收养后使用的姓名");
    expect(registered).not.toContain("被收养人姓名");
    expect(render("HZ002", {})).not.toContain("被收养人姓名");
  });

  it("speaks English when asked", () => {
    const html = render("HZ001", {}, {}, "en");
    expect(html).toContain("Child&#x27;s name");
    expect(html).toContain("Citizen ID number");
    expect(html).not.toContain("新生儿姓名");
  });

  it("picks a station by county, showing the chosen station's county and address", () => {
    const empty = render("HZ003", {});
    expect(empty).toContain('<optgroup label="郑州市公安局">');
    expect(element(empty, idOf(empty, "targetStation-station"))).toContain("disabled");
    expect(empty).toContain("请先选择区县");

    const chosen = render("HZ003", { targetStation: 43 });
    expect(chosen).toMatch(/<option value="40" selected="">金水区公安分局<\/option>/);
    expect(chosen).toMatch(/<option value="43" selected="">文化路派出所<\/option>/);
    expect(chosen).toContain("派出所地址：河南省郑州市金水区文化路76号");
  });
});
