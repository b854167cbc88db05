// @vitest-environment happy-dom
import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { ReportForm as ReportFormConfig } from "@/server/reports/get-report-form";
import { renderUi, TrpcRefusal } from "@/test/render-ui";
import { ReportForm } from "./report-form";

const form = (anonymousAllowed: boolean): ReportFormConfig => ({
  code: "ZA040",
  name: "治安违法行为举报",
  nameEn: "Report a public order offence",
  anonymousAllowed,
  emergencyBanner: false,
  slaDays: 15,
  formSchema: {
    version: 1,
    routing: { kind: "station_field", field: "place" },
    sections: [
      {
        key: "report",
        title: "举报内容",
        titleEn: "Your report",
        fields: [{ key: "facts", type: "textarea", label: "举报内容", labelEn: "Details", required: true }],
      },
    ],
  },
});

const filed = (followUpToken: string | null) => ({
  id: "8f0c1f6e-0000-4000-8000-000000000001",
  number: "JB20261207000001",
  unitName: "花园路派出所",
  dueAt: new Date("2026-12-28T02:00:00Z"),
  followUpToken,
});

afterEach(cleanup);

describe("ReportForm", () => {
  it("files anonymously where allowed and shows the follow-up code once, with no link to an account's page", async () => {
    const { calls } = renderUi(<ReportForm form={form(true)} />, {
      namespaces: ["reports", "applicationForm"],
      trpc: { "reports.submit": () => filed("ABCD-EFGH-JKMN-PQRS-TV12") },
    });
    await userEvent.type(screen.getByLabelText(/举报内容/), "每晚聚赌");
    await userEvent.click(screen.getByRole("checkbox", { name: "匿名提交" }));
    await userEvent.click(screen.getByRole("button", { name: "提交" }));
    expect((await screen.findByTestId("follow-up-token")).textContent).toBe("ABCD-EFGH-JKMN-PQRS-TV12");
    expect(calls.find((c) => c.path === "reports.submit")?.input).toEqual({
      serviceCode: "ZA040",
      answers: { facts: "每晚聚赌" },
      anonymous: true,
    });
    expect(screen.queryByRole("link", { name: "查看详情" })).toBeNull();
    expect(screen.getByRole("link", { name: "凭跟进码查看" }).getAttribute("href")).toBe("/reports/follow-up");
  });

  it("offers no anonymity where the law asks for a name, and shows the server's message at the field", async () => {
    renderUi(<ReportForm form={form(false)} />, {
      namespaces: ["reports", "applicationForm"],
      trpc: {
        "reports.submit": () => {
          throw new TrpcRefusal("请检查标出的内容。", "BAD_REQUEST", { facts: "请填写此项。" });
        },
      },
    });
    expect(screen.queryByRole("checkbox", { name: "匿名提交" })).toBeNull();
    screen.getByText("此事项依法须实名提交，办理单位可联系您核实。");
    await userEvent.click(screen.getByRole("button", { name: "提交" }));
    await screen.findByText("请填写此项。");
    expect(screen.getByLabelText(/举报内容/).getAttribute("aria-invalid")).toBe("true");
  });
});
